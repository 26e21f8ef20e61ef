#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook99 (clang-19, Debian 12 headers: glib 2.74, Lua 5.1, MariaDB
# client, OpenSSL, libcrypt; hand-written headers under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook99'
S = R + '/stubs'
# Hiawatha 10.9 (C, CMake): config.h is stubs/hiawatha; mbed TLS headers from the repository's bundled copy
HIA = ['-std=gnu11', '-I' + S + '/hiawatha', '-I{r}/src', '-I{r}/mbedtls/include']
# Atlas (C, autotools, mysql-proxy 0.8 based): config.h is stubs/atlas; glib, Lua 5.1, MySQL client from Debian
ATLAS = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/atlas', '-I{r}/src', '-I/usr/include/glib-2.0',
         '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-I/usr/include/lua5.1', '-I/usr/include/mysql',
         '-I/usr/include/mariadb', '-I{r}',
         # MariaDB Connector/C (Debian 12) calls MySQL's CLIENT_LONG_PASSWORD capability bit CLIENT_MYSQL
         '-DCLIENT_LONG_PASSWORD=1',
         # 2013-era C that gcc of its time accepted: implicit declarations, GDestroyNotify casts
         '-D_GNU_SOURCE', '-Wno-implicit-function-declaration', '-Wno-incompatible-function-pointer-types']
# corvus (C, plain Makefile; its own src/config.h)
CORVUS = ['-std=gnu99', '-I{r}/src']
# dns2tcp server (C, autotools): config.h is stubs/dns2tcp
D2T = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/dns2tcp', '-I{r}/server/includes', '-I{r}/common/includes']
# vire (C, autotools): config.h is stubs/vire; flags of src/Makefile.am
VIRE = ['-std=gnu99', '-DHAVE_CONFIG_H', '-D_GNU_SOURCE', '-I' + S + '/vire', '-I{r}/src', '-I{r}/dep/dhashkit', '-I{r}/dep/ae', '-I{r}/dep/util',
        '-I{r}/dep/dmalloc', '-I{r}/dep/sds', '-I{r}/dep/darray', '-I{r}/dep/dlist']
E = [
 ('kyanha+hiawatha-webserver', 'src/httpauth.c', HIA),
 ('kyanha+hiawatha-webserver', 'src/tomahawk.c', HIA),
 ('kyanha+hiawatha-webserver', 'src/challenge.c', HIA),
 ('Qihoo360+Atlas', 'plugins/admin/admin-plugin.c', ATLAS),
 ('Qihoo360+Atlas', 'plugins/proxy/proxy-plugin.c', ATLAS),
 ('Qihoo360+Atlas', 'src/network-mysqld-proto.c', ATLAS),
 ('eleme+corvus', 'src/command.c', CORVUS),
 ('alex-sector+dns2tcp', 'server/auth.c', D2T),
 ('vipshop+vire', 'src/vr_server.c', VIRE),
]
write_compile_commands(R, E)
