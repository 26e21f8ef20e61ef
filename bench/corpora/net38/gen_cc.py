#!/usr/bin/env python3
"""compile_commands.json of the net38 corpus (clang-19 / clang++-19, Debian 12 headers)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net38'
S = R + '/stubs'
# collectd: plugins are built with -DHAVE_CONFIG_H and -I src -I src/daemon; config.h is the generated
# stand-in stubs/collectd/config.h (copy of collectd-config.h: the HAVE_* that configure finds on Debian 12)
COLLECTD = ['-std=gnu99', '-D_GNU_SOURCE', '-DHAVE_CONFIG_H', '-pthread', '-I' + S + '/collectd', '-I{r}/src',
            '-I{r}/src/daemon']
# repmgr: PGXS build (-I. -I server -I internal -D_GNU_SOURCE); config.h (empty, as configure writes it) and
# repmgr_version.h (from repmgr_version.h.in, PG_ACTUAL_VERSION_NUM 150020) are generated into stubs/repmgr
REPMGR = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/repmgr', '-I{r}', '-I/usr/include/postgresql',
          '-I/usr/include/postgresql/15/server', '-I/usr/include/postgresql/internal']
# webdis: its Makefile's CFLAGS (-std=c99 -Isrc -D_POSIX_C_SOURCE=200809L); hiredis from Debian (0.14, the bundled
# src/hiredis copy is not materialized), libevent from Debian
WEBDIS = ['-std=c99', '-D_POSIX_C_SOURCE=200809L', '-I{r}/src', '-I{r}/src/http-parser']
# jabberd2: autoconf build (-DHAVE_CONFIG_H, -I top -I util); config.h and ac-stdint.h generated into stubs/jabberd2
JABBERD2 = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/jabberd2', '-I{r}', '-I{r}/util', '-I/usr/include/postgresql']
E = [
 ('collectd+collectd', 'src/mqtt.c', COLLECTD),
 ('collectd+collectd', 'src/write_redis.c', COLLECTD),
 ('collectd+collectd', 'src/redis.c', COLLECTD),
 ('collectd+collectd', 'src/write_kafka.c', COLLECTD),
 ('collectd+collectd', 'src/postgresql.c', COLLECTD + ['-I/usr/include/postgresql']),
 ('collectd+collectd', 'src/write_http.c', COLLECTD),
 ('collectd+collectd', 'src/curl_json.c', COLLECTD),
 ('collectd+collectd', 'src/curl.c', COLLECTD),
 ('EnterpriseDB+repmgr', 'dbutils.c', REPMGR),
 ('EnterpriseDB+repmgr', 'repmgrd.c', REPMGR),
 ('EnterpriseDB+repmgr', 'repmgrd-physical.c', REPMGR),
 ('nicolasff+webdis', 'src/pool.c', WEBDIS),
 ('jabberd2+jabberd2', 'storage/storage_pgsql.c', JABBERD2),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
