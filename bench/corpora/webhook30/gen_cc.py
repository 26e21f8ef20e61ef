#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook30'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# Debian 12's Boost 1.74 trips clang 19's (default-error) -Wenum-constexpr-conversion inside boost/mpl;
# downgraded to a warning, as every Boost user on clang >= 16 does.
BOOST = ['-Wno-error=enum-constexpr-conversion']
I2P = ['-std=c++17'] + BOOST + ['-I{r}/' + d for d in ('libi2pd', 'libi2pd_client', 'i18n', 'daemon')]
E = [
 # i2pd (Boost.Asio hand-written HTTP web console + I2PControl JSON-RPC over TLS); Boost, OpenSSL, zlib from Debian
 ('PurpleI2P+i2pd', 'daemon/HTTPServer.cpp', I2P),
 ('PurpleI2P+i2pd', 'daemon/I2PControl.cpp', I2P),
 # ORION (cpprestsdk http_listener + hand-written path router); cpprest and cmark from Debian,
 # stubs/sqlite_modern_cpp = declaration-only stand-in for the header-only SqliteModernCpp
 ('RichmarIII+ORION', 'library/src/OrionWebServer.cpp',
  ['-std=c++20'] + BOOST + ['-I{r}/library/include', '-I' + S + '/sqlite_modern_cpp']),
 # Sunshine (Simple-Web-Server HTTPS config UI). libc++ (Debian 12's libstdc++ 12 lacks <format>, std::jthread needs
 # -fexperimental-library), CMake's compile definitions, Boost 1.74 + libc++ C++23 compatibility macros. Submodule headers:
 # src/LizardByte-infrastructure+Simple-Web-Server, src/LizardByte+libdisplaydevice, src/LizardByte+libvirtualhid,
 # src/moonlight-stream+moonlight-common-c (real headers, unlabelled, reached through symlinks in stubs/sunshine);
 # stubs/sunshine/lizardbyte/common/env.h and stubs/sunshine/boost/process/v1.hpp are stand-ins (see README).
 ('LizardByte+Sunshine', 'src/confighttp.cpp',
  ['-stdlib=libc++', '-fexperimental-library', '-std=c++23'] + BOOST +
  ['-D_LIBCPP_ENABLE_CXX17_REMOVED_UNARY_BINARY_FUNCTION', '-D_LIBCPP_ENABLE_CXX20_REMOVED_TYPE_TRAITS',
   '-DSUNSHINE_ASSETS_DIR="/usr/share/sunshine"', '-DSUNSHINE_PLATFORM="linux"', '-DPROJECT_VERSION="0.0.0"',
   '-I{r}/src', '-I{r}', '-I' + S + '/sunshine', '-I' + R + '/src/LizardByte+libdisplaydevice/src/common/include',
   '-I' + R + '/src/LizardByte+libvirtualhid/src/include']),
]
E.append(('LizardByte+Sunshine', 'src/nvhttp.cpp', E[-1][2]))
write_compile_commands(R, E, CXX)
