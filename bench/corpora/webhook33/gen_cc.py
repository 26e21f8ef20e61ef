#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook33 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/CMake headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook33'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# baresip/re (libre, C11): the definitions cmake/re-config.cmake adds on Linux with OpenSSL (USE_OPENSSL...)
RE = ['-std=c11', '-D_GNU_SOURCE', '-DRE_VERSION="4.10.0"', '-DVER_MAJOR=4', '-DVER_MINOR=10', '-DVER_PATCH=0',
      '-DHAVE_ATOMIC', '-DHAVE_SELECT', '-DHAVE_PWD_H', '-DHAVE_SETRLIMIT', '-DHAVE_STRERROR_R', '-DHAVE_STRINGS_H',
      '-DHAVE_SYS_TIME_H', '-DHAVE_UNAME', '-DHAVE_SELECT_H', '-DHAVE_SIGNAL', '-DHAVE_FORK', '-DHAVE_ROUTE_LIST',
      '-DHAVE_GETIFADDRS', '-DHAVE_EPOLL', '-DHAVE_PTHREAD', '-DHAVE_THREADS', '-DHAVE_UNISTD_H', '-DHAVE_SYSLOG',
      '-DHAVE_GETOPT', '-DHAVE_RESOLV', '-DHAVE_ARC4RANDOM', '-DHAVE_PRCTL', '-DHAVE_ACCEPT4', '-DUSE_DTLS',
      '-DUSE_OPENSSL', '-DUSE_OPENSSL_AES', '-DUSE_OPENSSL_HMAC', '-DUSE_TLS', '-I{r}/include']
# kamailio (C): Makefile.defs C_DEFS for linux/x86_64 with the default memory managers, plus the module defines
# (Makefile.modules: MOD_NAME; auth/Makefile: USE_NC, USE_OT_NONCE)
KAM = ['-std=gnu99', '-DNAME="kamailio"', '-DVERSION="6.2.0-dev1"', '-DARCH="x86_64"', '-DOS=linux_', '-DOS_QUOTED="linux"',
       '-DCOMPILER="gcc 12"', '-D__CPU_x86_64', '-D__OS_linux', '-DVERSIONVAL=6002000', '-DCFG_DIR="/etc/kamailio/"',
       '-DSHARE_DIR="/usr/share/kamailio/"', '-DRUN_DIR="/run/kamailio/"', '-DPKG_MALLOC', '-DSHM_MMAP', '-DDNS_IP_HACK',
       '-DUSE_MCAST', '-DUSE_TCP', '-DDISABLE_NAGLE', '-DHAVE_RESOLV_RES', '-DUSE_DNS_CACHE', '-DUSE_DNS_FAILOVER',
       '-DUSE_DST_BLOCKLIST', '-DUSE_NAPTR', '-DMEM_JOIN_FREE', '-DF_MALLOC', '-DQ_MALLOC', '-DTLSF_MALLOC',
       '-DUSE_TLS', '-DTLS_HOOKS', '-DUSE_CORE_STATS', '-DSTATISTICS', '-DMALLOC_STATS', '-DCC_GCC_LIKE_ASM',
       '-DHAVE_GETHOSTBYNAME2', '-DHAVE_UNION_SEMUN', '-DHAVE_SCHED_YIELD', '-DHAVE_MSG_NOSIGNAL', '-DHAVE_MSGHDR_MSG_CONTROL',
       '-DHAVE_ALLOCA_H', '-DHAVE_TIMEGM', '-DHAVE_SCHED_SETSCHEDULER', '-DHAVE_IP_MREQN', '-DHAVE_EPOLL', '-DHAVE_SIGIO_RT',
       '-DSIGINFO64_WORKAROUND', '-DUSE_FUTEX', '-DHAVE_SELECT', '-I{r}/src']
KAUTH = KAM + ['-DMOD_NAME="auth"', '-DUSE_NC', '-DUSE_OT_NONCE']
# LibVNC/libvncserver (C): stubs/libvncserver/rfb/rfbconfig.h = rfbconfig.h.cmakein as CMake fills it (OpenSSL, zlib,
# jpeg, png, pthreads, IPv6, websockets)
VNC = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/libvncserver', '-I{r}/include', '-I{r}/src/common']
# libssh2 (C): CMake build with the OpenSSL backend; stubs/libssh2/libssh2_config.h = libssh2_config_cmake.h.in filled in
SSH2 = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DLIBSSH2_LIBRARY', '-DLIBSSH2_OPENSSL', '-I' + S + '/libssh2', '-I{r}/include', '-I{r}/src']
# redis (C11): src/Makefile's FINAL_CFLAGS include paths (deps/hiredis, lua, hdr_histogram, fpconv); its config.h is in src/
REDIS = ['-std=gnu11', '-I{r}/src', '-I{r}/deps/hiredis', '-I{r}/deps/linenoise', '-I{r}/deps/lua/src',
         '-I{r}/deps/hdr_histogram', '-I{r}/deps/fpconv']
# solanum (C99, meson): stubs/solanum = setup.h (conf_data, default options), librb-config.h
# (librb-config.h.in filled in: Linux, OpenSSL, crypt.h), serno.h and datecode.h (vcs_tag outputs)
SOL = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/solanum', '-I{r}/include', '-I{r}/librb/include']
# InspIRCd 4 (C++17): make/template/main.mk CORECXXFLAGS (include/, vendor/, FMT_SHARED), -DMODNAME for modules
# (make/unit-cc.pl); stubs/inspircd/config.h = make/template/config.h as ./configure writes it
IRC = ['-x', 'c++', '-std=c++17', '-fPIC', '-DFMT_SHARED', '-I' + S + '/inspircd', '-I{r}/include', '-I{r}/vendor']
E = [
 ('baresip+re', 'src/httpauth/digest.c', RE),
 ('baresip+re', 'src/httpauth/basic.c', RE),
 ('baresip+re', 'src/mem/secure.c', RE),
 ('baresip+re', 'src/stun/msg.c', RE + ['-I{r}/src/stun']),
 ('baresip+re', 'src/srtp/srtp.c', RE + ['-I{r}/src/srtp']),
 ('baresip+re', 'src/srtp/srtcp.c', RE + ['-I{r}/src/srtp']),
 ('baresip+re', 'src/sip/auth.c', RE + ['-I{r}/src/sip']),
 ('kamailio+kamailio', 'src/modules/auth/api.c', KAUTH),
 ('kamailio+kamailio', 'src/modules/auth/nonce.c', KAUTH),
 ('kamailio+kamailio', 'src/modules/auth/auth_mod.c', KAUTH),
 ('kamailio+kamailio', 'src/modules/auth_ephemeral/authorize.c', KAM + ['-DMOD_NAME="auth_ephemeral"']),
 ('kamailio+kamailio', 'src/modules/auth_xkeys/auth_xkeys.c', KAM + ['-DMOD_NAME="auth_xkeys"']),
 ('LibVNC+libvncserver', 'src/libvncserver/main.c', VNC + ['-I{r}/src/libvncserver']),
 ('LibVNC+libvncserver', 'src/libvncclient/tls_openssl.c', VNC + ['-I{r}/src/libvncclient']),
 ('libssh2+libssh2', 'src/transport.c', SSH2),
 ('libssh2+libssh2', 'src/misc.c', SSH2),
 ('libssh2+libssh2', 'src/knownhost.c', SSH2),
 ('libssh2+libssh2', 'src/userauth.c', SSH2),
 ('redis+redis', 'src/acl.c', REDIS),
 ('solanum-ircd+solanum', 'modules/m_oper.c', SOL),
 ('solanum-ircd+solanum', 'ircd/s_user.c', SOL),
 ('solanum-ircd+solanum', 'ircd/s_serv.c', SOL),
 ('inspircd+inspircd', 'src/stringutils.cpp', IRC),
 ('inspircd+inspircd', 'src/helperfuncs.cpp', IRC),
 ('inspircd+inspircd', 'src/modules/m_spanningtree/hmac.cpp', IRC + ['-DMODNAME="m_spanningtree"']),
 ('inspircd+inspircd', 'src/modules/m_pbkdf2.cpp', IRC + ['-DMODNAME="m_pbkdf2"']),
 ('inspircd+inspircd', 'src/coremods/core_channel/core_channel.cpp', IRC + ['-DMODNAME="core_channel"']),
 ('inspircd+inspircd', 'src/modules/m_httpd_acl.cpp', IRC + ['-DMODNAME="m_httpd_acl"']),
 ('inspircd+inspircd', 'src/modules/m_password_hash.cpp', IRC + ['-DMODNAME="m_password_hash"']),
]
write_compile_commands(R, E, CXX)
