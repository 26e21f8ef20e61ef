#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook31'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# nodogsplash (C, libmicrohttpd from Debian)
NDS = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/src']
# ppp 2.5 (C); stubs/ppp = configure's config.h and pppdconf.h (MS-CHAP + IPv6CP enabled)
PPP = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/ppp', '-I{r}/pppd', '-I{r}']
# rtl_433 (C, vendored mongoose 6 in include/)
RTL = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}/include']
# Yamagi Quake II (C); dedicated server + game module sources
YQ = ['-std=gnu99', '-D_GNU_SOURCE', '-DYQ2OSTYPE="Linux"', '-DYQ2ARCH="x86_64"']
# nginx third-party modules (C) against Debian's nginx-dev sources (/usr/share/nginx/src, nginx 1.22.1);
# stubs/nginx = configure's objs/ngx_auto_{config,headers}.h (Linux defaults, copied from webhook19)
NS = '/usr/share/nginx/src/src/'
NGX = ['-std=gnu99'] + ['-I' + NS + d for d in ('core', 'event', 'event/modules', 'os/unix', 'http', 'http/modules')] + ['-I' + S + '/nginx']
# Apache httpd 2.4 module (C) against Debian's apache2-dev / libapr1-dev headers
APX = ['-std=gnu99', '-D_GNU_SOURCE', '-I/usr/include/apache2', '-I/usr/include/apr-1.0', '-I{r}/src']
# NanoMQ (C) with its nng submodule (nanomq/NanoNNG at the pinned submodule commit, materialized as
# src/nanomq+NanoNNG/include); CMake defines for a Linux build
NMQ = ['-std=gnu11', '-D_GNU_SOURCE', '-DNNG_PLATFORM_POSIX', '-DNNG_PLATFORM_LINUX', '-DNANO_PLATFORM_LINUX=1',
       '-DNNG_HAVE_EPOLL', '-I' + R + '/src/nanomq+NanoNNG/include', '-I{r}/nanomq', '-I{r}/nanomq/include']
E = [
 # nginx module written for nginx < 1.11 (ngx_sha1.h wrapped OpenSSL then): NGX_HAVE_SHA1 as configure set it, and
 # <openssl/sha.h> for SHA_DIGEST_LENGTH, which that ngx_sha1.h pulled in
 ('agile6v+ngx_weixin_auth', 'ngx_http_weixin_auth.c', NGX + ['-DNGX_HAVE_SHA1=1', '-include', 'openssl/sha.h']),
 ('emqx+nanomq', 'nanomq/rest_api.c', NMQ),
 ('emqx+nanomq', 'nanomq/web_server.c', NMQ),
 ('atomx+nginx-http-auth-digest', 'ngx_http_auth_digest_module.c', NGX + ['-I{r}']),
 ('nginx-modules+ngx_http_hmac_secure_link_module', 'ngx_http_hmac_secure_link_module.c', NGX),
 ('gavincarr+mod_auth_tkt', 'src/mod_auth_tkt.c', APX),
 ('nodogsplash+nodogsplash', 'src/http_microhttpd.c', NDS),
 ('nodogsplash+nodogsplash', 'src/main.c', NDS),
 ('ppp-project+ppp', 'pppd/auth.c', PPP),
 ('ppp-project+ppp', 'pppd/chap-md5.c', PPP),
 ('ppp-project+ppp', 'pppd/chap_ms.c', PPP),
 ('ppp-project+ppp', 'pppd/eap.c', PPP),
 ('merbanan+rtl_433', 'src/http_server.c', RTL),
 ('yquake2+yquake2', 'src/server/sv_conless.c', YQ),
 ('yquake2+yquake2', 'src/game/player/client.c', YQ),
]
write_compile_commands(R, E, CXX)
