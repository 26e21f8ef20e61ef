/* Hand-written stand-in for the config.h librdkafka's mklove ./configure writes (Linux x86_64, gcc-like
   compiler, OpenSSL, SASL SCRAM and OAUTHBEARER on; no Cyrus SASL, no zstd/lz4 externals). */
#ifndef _CONFIG_H_
#define _CONFIG_H_
#define ARCH "x86_64"
#define CPU "generic"
#define WITHOUT_OPTIMIZATION 0
#define ENABLE_ZSTD 0
#define ENABLE_SSL 1
#define ENABLE_GSSAPI 0
#define ENABLE_LZ4_EXT 0
#define WITH_STATIC_LINKING 0
#define MKL_APP_NAME "librdkafka"
#define MKL_APP_DESC_ONELINE "The Apache Kafka C/C++ library"
#define WITH_GCC 1
#define WITH_GXX 1
#define HAVE_PIC 1
#define WITH_GNULD 1
#define HAVE_ATOMICS_32 1
#define HAVE_ATOMICS_32_ATOMIC 1
#define ATOMIC_OP32(OP1,OP2,PTR,VAL) __atomic_ ## OP1 ## _ ## OP2(PTR, VAL, __ATOMIC_SEQ_CST)
#define HAVE_ATOMICS_64 1
#define HAVE_ATOMICS_64_ATOMIC 1
#define ATOMIC_OP64(OP1,OP2,PTR,VAL) __atomic_ ## OP1 ## _ ## OP2(PTR, VAL, __ATOMIC_SEQ_CST)
#define ATOMIC_OP(OP1,OP2,PTR,VAL) __atomic_ ## OP1 ## _ ## OP2(PTR, VAL, __ATOMIC_SEQ_CST)
#define WITH_PKGCONFIG 1
#define WITH_HDRHISTOGRAM 1
#define WITH_ZLIB 1
#define WITH_LIBDL 1
#define WITH_PLUGINS 1
#define WITH_SSL 1
#define WITH_SASL_SCRAM 1
#define WITH_SASL_OAUTHBEARER 1
#define WITH_CURL 0
#define WITH_OAUTHBEARER_OIDC 0
#define WITH_LZ4_EXT 0
#define WITH_SNAPPY 1
#define WITH_SOCKEM 1
#define HAVE_REGEX 1
#define HAVE_STRNDUP 1
#define HAVE_RAND_R 1
#define HAVE_PTHREAD_SETNAME_GNU 1
#define HAVE_PYTHON 1
#define HAVE_GETRUSAGE 1
#define BUILT_WITH "GCC GXX PKGCONFIG HDRHISTOGRAM ZLIB LIBDL PLUGINS SSL SASL_SCRAM SASL_OAUTHBEARER SNAPPY SOCKEM"
#endif
