#!/usr/bin/env python3
"""compile_commands.json of the net34 corpus (clang++-19 / clang-19, Debian 12 headers)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net34'
S = R + '/stubs'
Q5 = '/usr/include/x86_64-linux-gnu/qt5'
# Qt: -fPIC because Debian's Qt is built with -reduce-relocations
QT5 = ['-std=c++17', '-fPIC', '-I' + Q5] + ['-I' + Q5 + '/' + m for m in ('QtCore', 'QtNetwork', 'QtConcurrent')]
# Boost 1.74's MPL needs -Wno-enum-constexpr-conversion with clang 19
BEAST = ['-std=c++17', '-Wno-enum-constexpr-conversion']
PIMIX = QT5 + ['-I{r}/Library/PtCore', '-I{r}/Library/PtNetwork', '-I{r}/Modules/BaiduCloud']
VE = ['-std=c++17', '-DCPPHTTPLIB_OPENSSL_SUPPORT', '-I{r}/sdk/include']
E = [
 # sonoff-hack mqtt-sonoff daemon (libmosquitto; the file is compiled only with USE_MOSQUITTO, as its Makefile sets
 # for the mosquitto build); cJSON from Debian's libcjson-dev
 ('roleoroleo+sonoff-hack', 'src/mqtt/mqtt-sonoff/src/mqtt_mosquitto.c',
  ['-std=gnu99', '-DUSE_MOSQUITTO', '-I{r}/src/mqtt/mqtt-sonoff/include', '-I/usr/include/cjson']),
 # Volcengine TLS (log service) C++ SDK: vendored, modified cpp-httplib 0.12 (CustomRequest) from sdk/include/thirdparty;
 # CMakeLists.txt sets -DCPPHTTPLIB_OPENSSL_SUPPORT
 ('volcengine+ve-tls-cpp-sdk', 'sdk/src/http/Http.cc', VE),
 # TlsClient.cc: stubs/volc/Tls.pb.h is Debian protoc 3.21 output for the repository's Tls.proto (the checked-in
 # sdk/include/Tls.pb.h is from another protobuf version); lz4.h from Debian's liblz4-dev
 ('volcengine+ve-tls-cpp-sdk', 'sdk/src/TlsClient.cc', ['-std=c++17', '-DCPPHTTPLIB_OPENSSL_SUPPORT', '-I' + S + '/volc', '-I{r}/sdk/include']),
 # curlinho: libcurl wrapper library; curlinho.h (retry templates) parsed as its own TU, with -include algorithm
 # (it calls std::find without including <algorithm>); stubs/curlinho/plog/Log.h stands in for plog
 ('anybrain+curlinho', 'src/session.cpp', ['-std=c++14', '-I{r}/include', '-I' + S + '/curlinho']),
 ('anybrain+curlinho', 'include/curlinho/curlinho.h', ['-x', 'c++', '-std=c++14', '-include', 'algorithm', '-I{r}/include', '-I' + S + '/curlinho']),
 # r3c: Redis cluster client library over hiredis
 ('eyjian+r3c', 'r3c.cpp', ['-std=c++11', '-I{r}']),
 # pimix-software-suite: Qt 5 QNAM wrapper with retry policies, and the Baidu cloud client that uses it
 ('Kimi-Arthur+pimix-software-suite', 'Library/PtNetwork/PNetworkAccessManager.cpp', PIMIX),
 ('Kimi-Arthur+pimix-software-suite', 'Library/PtNetwork/PNetworkRetryPolicy.cpp', PIMIX),
 ('Kimi-Arthur+pimix-software-suite', 'Modules/BaiduCloud/BaiduCloudAccount.cpp', PIMIX),
 # sse: command-line SSE client/poster (libcurl)
 ('radiospiel+sse', 'src/http.c', ['-std=gnu99']),
 # blackbird: crypto-arbitrage bot (libcurl, jansson, OpenSSL)
 ('butor+blackbird', 'src/curl_fun.cpp', ['-std=c++11', '-I{r}/src']),
 ('butor+blackbird', 'src/utils/restapi.cpp', ['-std=c++11', '-I{r}/src']),
 ('butor+blackbird', 'src/exchanges/gemini.cpp', ['-std=c++11', '-I{r}/src']),
 ('butor+blackbird', 'src/exchanges/okcoin.cpp', ['-std=c++11', '-I{r}/src']),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
