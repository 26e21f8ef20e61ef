/* Hand-written stand-in for the config.h that ptunnel-ng's ./configure writes (Linux, glibc, no pcap/selinux).
 * Only what src/challenge.c and src/pkt.c need; -DENABLE_SHA512 comes from gen_cc.py (automake conditional). */
#define HAVE_SYS_UNISTD_H 1
#define RNGDEV "/dev/urandom"
