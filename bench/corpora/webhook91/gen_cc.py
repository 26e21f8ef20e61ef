#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook91 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook91'
S = R + '/stubs'
# MongoDB C driver (C99, CMake): bson/config.h, bson/version.h, common-config.h, mongoc/mongoc-config.h,
# mongoc-version.h, mongoc-config-private.h are stubs/mongo-c-driver (OpenSSL crypto, no SASL library)
MONGO = ['-std=gnu99', '-DMONGOC_COMPILATION', '-DBSON_COMPILATION', '-D_GNU_SOURCE', '-I' + S + '/mongo-c-driver',
         '-I' + S + '/mongo-c-driver/mongoc', '-I{r}/src/common/src', '-I{r}/src/libbson/src',
         '-I{r}/src/libmongoc/src', '-I{r}/src/libmongoc/src/mongoc', '-I{r}/src/utf8proc-2.11.3',
         '-I{r}/src/kms-message/src']
# MariaDB Connector/C (C, CMake, OpenSSL TLS): ma_config.h and mariadb_version.h are stubs/mariadb-connector-c
MDB = ['-std=gnu99', '-DHAVE_OPENSSL', '-DHAVE_TLS', '-DLIBMARIADB', '-DTHREAD', '-I' + S + '/mariadb-connector-c',
       '-I{r}/include']
MDBREF = MDB + ['-I{r}/plugins/auth/ref10']
# OpenDHT (C++17, CMake; GnuTLS, Nettle, msgpack-cxx, argon2, fmt, asio from Debian); no proxy server/client
DHT = ['-std=c++17', '-Wno-enum-constexpr-conversion', '-DOPENDHT_BUILD', '-I{r}/include', '-I{r}/include/opendht', '-I{r}/src']
# libtorrent-rasterbar 2.x (C++17, Boost headers, OpenSSL for the TLS/crypto backend)
LT = ['-std=c++17', '-DTORRENT_USE_OPENSSL', '-DTORRENT_USE_LIBCRYPTO', '-DBOOST_ASIO_ENABLE_CANCELIO',
      '-DBOOST_ASIO_NO_DEPRECATED', '-DTORRENT_BUILDING_LIBRARY', '-I{r}/include']
# p2pool (C++17, CMake; libuv and rapidjson from Debian; the bundled crypto/cryptonote sources are in-tree)
P2P = ['-std=c++17', '-I' + S + '/p2pool', '-I{r}/src', '-I{r}/external/src', '-I{r}/external/src/crypto', '-I{r}/external/src/cryptonote',
       '-I{r}/external/src/common']
# ptarmigan (C, Makefile; mbedtls and libsodium from Debian, mbedtls configuration from libs/mbedtls_config)
PTAR = ['-std=gnu99', '-D_GNU_SOURCE', '-DUSE_BITCOIND', '-DUSE_BITCOIN', '-DPTARM_USE_PRINTFUNC', '-DMAX_CHANNELS=10', '-I{r}/libs/mbedtls_config',
        "-DMBEDTLS_CONFIG_FILE=<config-ptarm.h>", '-I{r}/utl', '-I{r}/btc', '-I{r}/ln']
E = [
 ('mongodb+mongo-c-driver', 'src/libmongoc/src/mongoc/mongoc-scram.c', MONGO),
 ('mongodb+mongo-c-driver', 'src/libmongoc/src/mongoc/mongoc-memcmp.c', MONGO),
 ('mongodb+mongo-c-driver', 'src/libmongoc/src/mongoc/mongoc-cluster-aws.c', MONGO),
 ('mariadb-corporation+mariadb-connector-c', 'plugins/auth/my_auth.c', MDB),
 ('mariadb-corporation+mariadb-connector-c', 'libmariadb/ma_tls.c', MDB),
 ('mariadb-corporation+mariadb-connector-c', 'plugins/auth/ref10/open.c', MDBREF),
 ('savoirfairelinux+opendht', 'src/dht.cpp', DHT),
 ('savoirfairelinux+opendht', 'src/crypto.cpp', DHT),
 ('arvidn+libtorrent', 'src/kademlia/node.cpp', LT),
 ('arvidn+libtorrent', 'src/bt_peer_connection.cpp', LT),
 ('SChernykh+p2pool', 'src/console_commands.cpp', P2P),
 ('SChernykh+p2pool', 'src/wallet.cpp', P2P),
 ('SChernykh+p2pool', 'src/tcp_server.cpp', P2P),
 ('nayutaco+ptarmigan', 'ln/ln_onion.c', PTAR),
 ('nayutaco+ptarmigan', 'ln/ln_establish.c', PTAR),
 ('nayutaco+ptarmigan', 'ln/ln_derkey.c', PTAR),
 ('nayutaco+ptarmigan', 'ln/ln_normalope.c', PTAR),
 ('nayutaco+ptarmigan', 'ln/ln_anno.c', PTAR),
]
write_compile_commands(R, E)
