#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook118 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook118'
S = R + '/stubs'
# nginx modules (C; nginx-dev headers; objs/ngx_auto_config.h and ngx_auto_headers.h are stubs/nginx)
NG = '/usr/share/nginx/src/src/'
NGX = ['-std=gnu99', '-I' + S + '/nginx'] + ['-I' + NG + d for d in (
    'core', 'event', 'event/modules', 'os/unix', 'http', 'http/modules', 'http/v2')]
# Apache httpd 2.4 modules (C; apache2-dev, libapr1-dev, libaprutil1-dev; flags as apxs adds them)
AP = ['-std=gnu99', '-DLINUX', '-D_REENTRANT', '-D_GNU_SOURCE', '-I/usr/include/apache2', '-I/usr/include/apr-1.0']
# mod-authn-otp: autoconf config.h is stubs/mod-authn-otp
OTP = AP + ['-I' + S + '/mod-authn-otp', '-I{r}']
# mod_auth_pubtkt: autoconf src/config.h is stubs/mod_auth_pubtkt; -DAPACHE24 as configure.old's Makedefs
PUBTKT = AP + ['-DAPACHE24', '-I' + S + '/mod_auth_pubtkt', '-I{r}/src']
# pwauth (C; its Makefile runs gcc without -std: -std=gnu89 here, since auth_sun.c calls time() undeclared, which
# clang-19 rejects from C99 on; its config.h is hand-edited and shipped: SHADOW_SUN, the Linux choice)
PW = ['-std=gnu89', '-I{r}/pwauth']
# Appweb (C amalgamations; me.h is stubs/appweb, which includes projects/appweb-linux-default-me.h)
APPWEB = ['-std=gnu99', '-I' + S + '/appweb', '-I{r}/projects', '-I{r}/src/http', '-I{r}/src/mpr', '-I{r}/src/osdep',
          '-I{r}/src/pcre', '-I{r}/src/esp']
# libhttpserver examples (C++20; libmicrohttpd and GnuTLS headers)
LHS = ['-std=c++20', '-I{r}/src']
# the library's own sources: src/Makefile.am AM_CPPFLAGS
LHSLIB = LHS + ['-I{r}/src/httpserver', '-DHTTPSERVER_COMPILATION']
# ulfius (C, CMake): include/ulfius-cfg.h is stubs/ulfius; jansson, orcania, yder, GnuTLS, curl, libmicrohttpd
UL = ['-std=gnu99', '-I' + S + '/ulfius', '-I{r}/include', '-I{r}/example_programs/include']
E = [
 ('replay+ngx_http_secure_download', 'ngx_http_secure_download_module.c', NGX),
 ('kaltura+nginx-akamai-token-validate-module', 'ngx_http_akamai_token_validate_module.c', NGX),
 ('archiecobbs+mod-authn-otp', 'mod_authn_otp.c', OTP),
 ('manuelkasper+mod_auth_pubtkt', 'src/mod_auth_pubtkt.c', PUBTKT),
 ('FreeRADIUS+mod_auth_radius', 'mod_auth_radius.c', AP),
 ('phokz+pwauth', 'pwauth/auth_sun.c', PW),
 ('embedthis+appweb', 'src/http/httpLib.c', APPWEB),
 ('embedthis+appweb', 'src/mpr/mprLib.c', APPWEB),
 ('embedthis+appweb', 'src/esp/espLib.c', APPWEB),
 ('etr+libhttpserver', 'src/detail/upload_pipeline.cpp', LHSLIB),
 ('etr+libhttpserver', 'examples/basic_authentication.cpp', LHS),
 ('etr+libhttpserver', 'examples/centralized_authentication.cpp', LHS),
 ('etr+libhttpserver', 'examples/per_route_auth.cpp', LHS),
 ('babelouest+ulfius', 'src/u_websocket.c', UL),
 ('babelouest+ulfius', 'src/ulfius.c', UL),
 ('babelouest+ulfius', 'example_programs/auth_example/auth_server.c', UL),
 ('babelouest+ulfius', 'example_programs/multiple_callbacks_example/multiple_callbacks_example.c', UL),
 ('babelouest+ulfius', 'example_programs/websocket_example/websocket_server.c',
  UL + ['-I{r}/example_callbacks/static_compressed_inmemory_website']),
]
write_compile_commands(R, E)
