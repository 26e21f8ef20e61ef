#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook123 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook123'
S = R + '/stubs'
GLIB = ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include']
# rspamd (C, CMake; glib, Lua 5.1, PCRE2, vendored contrib/); config.h and blas-config.h are stubs/rspamd
RSPAMD = ['-std=gnu11', '-D_GNU_SOURCE', '-DPCRE2_CODE_UNIT_WIDTH=8', '-I' + S + '/rspamd', '-I{r}', '-I{r}/src',
          '-I{r}/src/libutil', '-I{r}/src/libserver', '-I{r}/src/libmime', '-I{r}/src/libstat',
          '-I{r}/src/libcryptobox', '-I{r}/contrib/libucl', '-I{r}/contrib/uthash', '-I{r}/contrib/http-parser',
          '-I{r}/contrib/fpconv', '-I{r}/contrib/libottery', '-I{r}/contrib/cdb', '-I{r}/contrib/librdns',
          '-I{r}/contrib/aho-corasick', '-I{r}/contrib/lc-btrie', '-I{r}/contrib/lua-lpeg', '-I{r}/contrib/libev',
          '-I{r}/contrib/xxhash', '-I/usr/include/lua5.1'] + GLIB
# SSSD (C, autotools; talloc, tevent, ldb, dhash, krb5, dbus); config.h is stubs/sssd (force-included)
SSSD = ['-std=gnu99', '-include', S + '/sssd/config.h', '-I' + S + '/sssd', '-I{r}', '-I{r}/src',
        '-I{r}/src/sss_client', '-I/usr/include/samba-4.0', '-I/usr/include/dbus-1.0', '-I/usr/lib/x86_64-linux-gnu/dbus-1.0/include']
# wazuh (C, CMake src/os_auth/CMakeLists.txt include dirs; cJSON and curl from Debian instead of src/external)
W = ['shared/include', 'shared/os_net', 'shared/os_regex', 'shared/os_xml', 'shared/os_crypto/md5',
     'shared/os_crypto/md5_sha1_sha256', 'shared/os_crypto/sha1', 'shared/os_crypto/sha256',
     'shared/os_crypto/signature', 'shared/os_crypto/shared', 'shared/include/error_messages', 'config/include',
     'wazuh_db/include', 'wazuh_modules/include', 'syscheckd/include', 'data_provider/include', 'os_auth/include',
     'shared_modules/dbsync/include', 'shared_modules/rsync/include', 'shared_modules/common',
     'shared_modules/sync_protocol/include', 'shared/os_zlib', 'shared/os_crypto/blowfish', 'shared/os_crypto/aes',
     'client-agent/include', 'remoted/include']
WAZUH = ['-std=gnu99', '-D_GNU_SOURCE'] + ['-I{r}/src/' + d for d in W] + [
    '-I/usr/include/cjson', '-I/usr/include/x86_64-linux-gnu/curl']
# gnome-remote-desktop (C, meson; gio, libvncserver); config.h and the gdbus-codegen headers are stubs
GRD = ['-std=gnu11', '-I' + S + '/gnome-remote-desktop', '-I{r}/src'] + GLIB
E = [
 ('rspamd+rspamd', 'src/controller.c', RSPAMD),
 ('rspamd+rspamd', 'src/libutil/util.c', RSPAMD),
 ('SSSD+sssd', 'src/db/sysdb_ops.c', SSSD),
 ('wazuh+wazuh', 'src/os_auth/src/auth.c', WAZUH),
 ('wazuh+wazuh', 'src/shared/os_crypto/shared/msgs.c', WAZUH),
 ('GNOME+gnome-remote-desktop', 'src/grd-session-vnc.c', GRD),
]
write_compile_commands(R, E)
