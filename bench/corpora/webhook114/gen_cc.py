#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook114 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook114'
S = R + '/stubs'


def pc(*pkgs):
    return subprocess.run(['pkg-config', '--cflags'] + list(pkgs), capture_output=True, text=True,
                          check=True).stdout.split()


QT = pc('Qt5Core', 'Qt5Network')
# Jamulus (C++17, qmake, Qt 5): global.h
JAM = ['-std=c++17', '-fPIC', '-DQT_NETWORK_LIB', '-DQT_CORE_LIB', '-DHAVE_STDINT_H',
       '-DAPP_VERSION="3.12.4dev"', '-DQT_NO_DEPRECATED_WARNINGS', '-I{r}/src'] + QT
# onvif_simple_server (C, Makefile): mbed TLS backend (HAVE_MBEDTLS), as the Makefile offers
ONVIF = ['-std=gnu99', '-DHAVE_MBEDTLS', '-I{r}', '-I{r}/ezxml']
# gst-rtsp-server 1.19 (C, meson): config.h is stubs/gst-rtsp-server (hand-written)
GST = ['-std=gnu99', '-DHAVE_CONFIG_H', '-DBUILDING_GST_RTSP_SERVER', '-I' + S + '/gst-rtsp-server', '-I{r}',
       '-I{r}/gst/rtsp-server', '-I/usr/include/gstreamer-1.0'] + pc('glib-2.0', 'gobject-2.0', 'gio-2.0')
# (pkg-config gstreamer-1.0 fails here: its Requires.private libunwind has no .pc; the include path is the same)
# VDR plugins (C++, VDR's Make.config; vdr-dev 2.6): streamdev builds its .c files as C++
VDR = ['-std=gnu++17', '-fPIC', '-D_GNU_SOURCE', '-D_FILE_OFFSET_BITS=64', '-D_LARGEFILE_SOURCE',
       '-D_LARGEFILE64_SOURCE', '-D__STL_CONFIG_H']
SDEV = ['-x', 'c++'] + VDR + ['-DPLUGIN_NAME_I18N="streamdev-server"', '-I{r}']
LIVE = VDR + ['-DPLUGIN_NAME_I18N="live"', '-I{r}']
# crtmpserver (C++, cmake, Linux epoll build, HAS_LUA as its CMakeLists.txt sets); OpenSSL 3, Lua 5.1 headers
CRT = ['-std=gnu++98', '-DLINUX', '-DLITTLE_ENDIAN_BYTE_ALIGNED', '-DNET_EPOLL', '-DHAS_PROTOCOL_HTTP',
       '-DHAS_PROTOCOL_RTMP', '-DHAS_PROTOCOL_LIVEFLV', '-DHAS_PROTOCOL_RTP', '-DHAS_PROTOCOL_TS',
       '-DHAS_PROTOCOL_VAR', '-DHAS_PROTOCOL_CLI', '-DHAS_MEDIA_MP3', '-DHAS_MEDIA_MP4', '-DHAS_MEDIA_FLV',
       '-DHAS_MEDIA_TS', '-DHAS_LUA', '-DGLOBALLY_ACCOUNT_BYTES', '-D_FILE_OFFSET_BITS=64', '-I{r}/sources/common/include',
       '-I{r}/sources/thelib/include', '-I/usr/include/lua5.1']
CRTADM = CRT + ['-I{r}/sources/applications/admin/include']
# UxPlay lib (C, cmake): OpenSSL 3, libplist 2.2 (lib/CMakeLists.txt adds PLIST_210 for libplist >= 2.1)
UX = ['-std=gnu11', '-DPLIST_210', '-I{r}/lib', '-I{r}/lib/llhttp', '-I{r}/lib/playfair'] + pc('libplist-2.0')
E = [
 ('jamulussoftware+jamulus', 'src/rpcserver.cpp', JAM),
 ('roleoroleo+onvif_simple_server', 'onvif_simple_server.c', ONVIF),
 ('roleoroleo+onvif_simple_server', 'media2_service.c', ONVIF),
 ('GStreamer+gst-rtsp-server', 'gst/rtsp-server/rtsp-auth.c', GST),
 ('GStreamer+gst-rtsp-server', 'gst/rtsp-server/rtsp-mount-points.c', GST),
 ('GStreamer+gst-rtsp-server', 'gst/rtsp-server/rtsp-stream.c', GST),
 ('vdr-projects+vdr-plugin-streamdev', 'server/connectionHTTP.c', SDEV),
 ('vdr-projects+vdr-plugin-live', 'users.cpp', LIVE),
 ('shiretu+crtmpserver', 'sources/thelib/src/protocols/http/httpauthhelper.cpp', CRT),
 ('shiretu+crtmpserver', 'sources/thelib/src/protocols/http/inboundhttpprotocol.cpp', CRT),
 ('shiretu+crtmpserver', 'sources/thelib/src/protocols/rtmp/basertmpappprotocolhandler.cpp', CRT),
 ('shiretu+crtmpserver', 'sources/thelib/src/protocols/rtmp/inboundrtmpprotocol.cpp', CRT),
 ('shiretu+crtmpserver', 'sources/applications/admin/src/rtmpappprotocolhandler.cpp', CRTADM),
 ('FDH2+UxPlay', 'lib/pairing.c', UX),
 ('FDH2+UxPlay', 'lib/srp.c', UX),
 ('FDH2+UxPlay', 'lib/raop.c', UX),
]
write_compile_commands(R, E)
