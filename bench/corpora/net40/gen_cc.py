#!/usr/bin/env python3
"""compile_commands.json of the net40 corpus (clang++-19, Debian 12 headers; stubs only for amc, glaze and
libquvi, which Debian 12 does not package)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net40'
S = R + '/stubs'
# coincenter: CMAKE_CXX_STANDARD 23, every src/<lib>/include is an include root of its target; CCT_VERSION is a
# compile definition of the build; amc (containers) and glaze (JSON) are fetched by CMake and not packaged by
# Debian -> stubs/amc, stubs/glaze (declarations only); spdlog 1.10 + fmt 9 from Debian; libcurl 7.88
COINCENTER_INC = ['src/api-objects', 'src/basic-objects', 'src/engine', 'src/http-request', 'src/monitoring',
                  'src/objects', 'src/schema', 'src/serialization', 'src/tech', 'src/trading',
                  'src/api/common', 'src/api/exchanges', 'src/api/interface']
COINCENTER = ['-std=c++23', '-DCCT_VERSION="net40"'] + ['-I{r}/' + d + '/include' for d in COINCENTER_INC] + \
             ['-I' + S]
# BinanceConnectorCpp binance/lib: C++20 (std::string_view with Beast needs BOOST_BEAST_USE_STD_STRING_VIEW on
# Boost 1.74); utils.hpp uses std::variant without including <variant> (newer libstdc++/simdjson pulled it in):
# -include variant; simdjson 3.0 and Boost 1.74 from Debian
BINANCE = ['-std=c++20', '-DBOOST_BEAST_USE_STD_STRING_VIEW', '-include', 'variant', '-I{r}/binance/lib']
# opentelemetry-cpp ext/http/client/curl: C++17, api/sdk/ext include roots; ENABLE_OTLP_RETRY_PREVIEW is the
# compile definition of the WITH_OTLP_RETRY_PREVIEW CMake option (retry code is compiled only with it)
OTEL = ['-std=c++17', '-DENABLE_OTLP_RETRY_PREVIEW', '-I{r}/api/include', '-I{r}/sdk/include', '-I{r}/ext/include']
# cclive 0.9.3: autotools build (-DHAVE_CONFIG_H, -I src); config.h written by configure -> stubs/cclive/config.h;
# libquvi 0.9 is not packaged -> stubs/quvi-0.9/quvi.h; C++ of 2013 built with g++ whose headers pulled in
# <iostream> transitively: -include iostream; -Wno-reserved-user-defined-literal for options.h's CXX", "CXXFLAGS
CCLIVE = ['-std=gnu++11', '-Wno-reserved-user-defined-literal', '-include', 'iostream', '-DHAVE_CONFIG_H',
          '-I' + S + '/cclive', '-I{r}/src', '-I' + S + '/quvi-0.9']
E = [
 ('sjanel+coincenter', 'src/http-request/src/curlhandle.cpp', COINCENTER),
 ('sjanel+coincenter', 'src/http-request/include/request-retry.hpp', ['-x', 'c++'] + COINCENTER),
 ('R100001+BinanceConnectorCpp', 'binance/lib/websocket_client.cpp', BINANCE),
 ('R100001+BinanceConnectorCpp', 'binance/lib/http_client.cpp', BINANCE),
 ('open-telemetry+opentelemetry-cpp', 'ext/src/http/client/curl/http_client_curl.cc', OTEL),
 ('open-telemetry+opentelemetry-cpp', 'ext/src/http/client/curl/http_operation_curl.cc', OTEL),
 ('guendto+cclive', 'src/cc/get.cpp', CCLIVE),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
