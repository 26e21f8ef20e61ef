#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook53 (clang-19, Debian 12 headers; hand-written config headers
# under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook53'
S = R + '/stubs'
# Cherokee web server (C): the plug-in CFLAGS of cherokee/Makefile.am on glibc; config.h, constants.h and
# cherokee/errors_defs.h are hand-written stand-ins (stubs/cherokee) for what ./configure and errors.py write
CHE = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/cherokee', '-I{r}', '-I{r}/cherokee']
# uMurmur (C99 with GNU extensions, -D_GNU_SOURCE as in src/CMakeLists.txt; OpenSSL back end); config.h is
# stubs/umurmur/config.h (hand-written stand-in for src/config.h.in)
UMU = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/umurmur', '-I{r}/src']
# libnice STUN library (C): no generated header is needed by stun/stunagent.c (HAVE_CONFIG_H left undefined)
NICE = ['-std=gnu99', '-I{r}', '-I{r}/stun']
# cjdns (C): its node_build preprocesses Js(...) blocks; -DBINDGEN selects the empty Js() the sources provide
# for tools that parse them without the builder (util/Js.h)
CJD = ['-std=gnu11', '-DBINDGEN', '-I{r}']
E = [
 ('cherokee+webserver', 'cherokee/validator.c', CHE),
 ('cherokee+webserver', 'cherokee/validator_htpasswd.c', CHE),
 ('cherokee+webserver', 'cherokee/validator_htdigest.c', CHE),
 ('cherokee+webserver', 'cherokee/validator_authlist.c', CHE),
 ('cherokee+webserver', 'cherokee/validator_plain.c', CHE),
 ('umurmur+umurmur', 'src/messagehandler.c', UMU),
 ('umurmur+umurmur', 'src/client.c', UMU),
 ('umurmur+umurmur', 'src/crypt.c', UMU),
 ('umurmur+umurmur', 'src/ban.c', UMU),
 ('libnice+libnice', 'stun/stunagent.c', NICE),
 ('cjdelisle+cjdns', 'admin/Admin.c', CJD),
 ('cjdelisle+cjdns', 'crypto/sign/open.c', CJD + ['-I{r}/crypto/sign']),
]
write_compile_commands(R, E)
