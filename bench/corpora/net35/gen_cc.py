#!/usr/bin/env python3
"""compile_commands.json of the net35 corpus (clang++-19 / clang-19, Debian 12 headers)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net35'
S = R + '/stubs'
Q5 = '/usr/include/x86_64-linux-gnu/qt5'
# Qt: -fPIC because Debian's Qt is built with -reduce-relocations
QT5 = ['-std=c++17', '-fPIC', '-I' + Q5] + ['-I' + Q5 + '/' + m for m in ('QtCore', 'QtGui', 'QtWidgets', 'QtNetwork')]
# Boost 1.74's MPL needs -Wno-enum-constexpr-conversion with clang 19
BEAST = ['-std=c++17', '-Wno-enum-constexpr-conversion']
# kcat: stubs/kcat/config.h stands in for mklove's generated config.h
KCAT = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/kcat', '-I{r}']
# owntracks recorder: the defaults of config.mk.in (WITH_MQTT/HTTP/TOURS/PING/TZ on, LUA/ENCRYPT off) as the Makefile
# passes them
OT = ['-std=gnu99', '-DWITH_MQTT=1', '-DWITH_HTTP=1', '-DWITH_TOURS=1', '-DWITH_PING=1', '-DWITH_TZ=1',
      '-DGEOCODE_TIMEOUT=4000', '-DGHASHPREC=7', '-DJSON_INDENT=0',
      '-DSTORAGEDEFAULT="/var/spool/owntracks/recorder/store"', '-DDOCROOT="/var/spool/owntracks/recorder/htdocs"',
      '-DTZDATADB="/usr/share/owntracks/recorder/timezone16.bin"', '-DCONFIGFILE="/etc/default/ot-recorder"', '-I{r}']
# pg_auto_failover: pg_autoctl's Makefile flags (pg_config include dirs of postgresql-server-dev-15, its lib/ dirs)
PGA = ['-std=c99', '-D_GNU_SOURCE', '-I/usr/include/postgresql', '-I/usr/include/postgresql/15/server',
       '-I/usr/include/postgresql/internal', '-I{r}/src/bin/lib/pg', '-I{r}/src/bin/lib/log/src',
       '-I{r}/src/bin/lib/subcommands.c', '-I{r}/src/bin/lib/libs', '-I{r}/src/bin/lib/parson', '-I{r}/src/bin/pg_autoctl',
       # PostgreSQL 15 dropped pg_srand48/pg_lrand48 (this 2021 commit targets <= 14): map them to libc's
       '-Dpg_srand48=srand48', '-Dpg_lrand48=lrand48']
# swupd-client: PACKAGE/VERSION come from autoconf (-D here), -I src as its Makefile.am does
SWUPD = ['-std=gnu99', '-D_GNU_SOURCE', '-DPACKAGE="swupd-client"', '-DVERSION="5.0.0"',
         '-DFALLBACK_CAPATHS="/etc/ssl/certs"', '-I{r}/src']
AUTHPLUG = ['-std=gnu99', '-DBE_HTTP', '-DBE_JWT', '-DBE_REDIS', '-DBE_POSTGRES', '-I{r}', '-I/usr/include/postgresql']
E = [
 # kcat (kafkacat): Kafka command-line producer/consumer (librdkafka 2.0, C)
 ('edenhill+kcat', 'kcat.c', KCAT),
 ('edenhill+kcat', 'tools.c', KCAT),
 # owntracks recorder: MQTT location recorder daemon (libmosquitto) with reverse geocoding (libcurl)
 ('owntracks+recorder', 'recorder.c', OT),
 ('owntracks+recorder', 'geo.c', OT),
 # twitcurl: C++ Twitter API library over libcurl (Debian's curl headers, not the vendored copy)
 ('swatkat+twitcurl', 'libtwitcurl/twitcurl.cpp', ['-std=c++11', '-I' + S + '/twitcurl', '-I{r}/libtwitcurl']),
 # pg_auto_failover's pg_autoctl: libpq client with its own connection retry policy
 ('citusdata+pg_auto_failover', 'src/bin/pg_autoctl/pgsql.c', PGA),
 # QSimpleUpdater: Qt 5 update checker/downloader (QNetworkAccessManager); ui_*.h from Debian's uic
 ('alex-spataru+QSimpleUpdater', 'src/Updater.cpp', QT5 + ['-I{r}/include', '-I{r}/src', '-I' + S + '/qsu']),
 ('alex-spataru+QSimpleUpdater', 'src/Downloader.cpp', QT5 + ['-I{r}/include', '-I{r}/src', '-I' + S + '/qsu']),
 # Memeger: messenger client on Boost.Beast (async HTTP client, no timer)
 # CPE monitoring system_manager: alarm POSTs to the cloud manager (libcurl) with a 3-attempt retry loop
 ('hilfa007+CPE-monitoring-and-command-execution-system', 'cpe-project/system_manager/http_client.c', ['-std=gnu99']),
 # swupd-client: Clear Linux software updater (libcurl easy + multi) with download retries
 ('clearlinux+swupd-client', 'src/swupd_lib/curl.c', SWUPD),
 ('clearlinux+swupd-client', 'src/swupd_lib/curl_async.c', SWUPD),
 # mosquitto-auth-plug: Mosquitto authentication plugin; HTTP/JWT (libcurl), Redis (hiredis) and PostgreSQL (libpq)
 # back ends, each compiled with its BE_* switch as config.mk enables it
 ('jpmens+mosquitto-auth-plug', 'be-http.c', AUTHPLUG),
 ('jpmens+mosquitto-auth-plug', 'be-jwt.c', AUTHPLUG),
 ('jpmens+mosquitto-auth-plug', 'be-redis.c', AUTHPLUG),
 ('jpmens+mosquitto-auth-plug', 'be-postgres.c', AUTHPLUG),
 # ceph-utils: libcurl memory-debugging test programs against a Keystone/local TLS endpoint
 ('mkogan1+ceph-utils', 'test_apps/mem_debug_curl/curl-ex01.c', ['-std=gnu99']),
 ('mkogan1+ceph-utils', 'test_apps/mem_debug_curl/curl2-mk.c', ['-std=gnu99']),
 ('Totenkaf+Memeger', 'project/client/src/async.http.client.cpp', BEAST + ['-I{r}/project/client/include']),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
