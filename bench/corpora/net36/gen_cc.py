#!/usr/bin/env python3
"""compile_commands.json of the net36 corpus (clang++-19, Debian 12 headers)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net36'
S = R + '/stubs'
# logduto: single-file tool; main.cpp defines CPPHTTPLIB_OPENSSL_SUPPORT itself and includes its vendored
# cpp-httplib 0.15.3 (libs/httplib.h, split build) plus argparse/termbox2 from libs/
LOGDUTO = ['-std=c++17', '-I{r}']
# ResourceMonitor: C++20 (CMakeLists), include dirs of the Http / HttpBeast / HttpPoco / RMUtils targets;
# Boost 1.74's MPL needs -Wno-enum-constexpr-conversion with clang 19
RM = ['-std=c++20', '-Wno-enum-constexpr-conversion', '-I{r}/ResourceMonitor/Http', '-I{r}/ResourceMonitor/RMUtils',
      '-I{r}/ResourceMonitor/Http/BoostCommon']
RM_BEAST = RM + ['-I{r}/ResourceMonitor/Http/Beast']
RM_POCO = RM + ['-I{r}/ResourceMonitor/Http/Poco', '-I{r}/ResourceMonitor/Http/Poco/Server']
# buildbox-common: C++14 (CMakeLists), its own dir and the protoc/grpc_cpp_plugin output (stubs/buildbox/_gen)
BB = ['-std=c++14', '-I{r}/buildbox-common/buildboxcommon', '-I' + S + '/buildbox/_gen']
# cpprest-http-client-sdk: C++20 (CMakeLists) library over Debian's cpprestsdk 2.10.18 and spdlog 1.10 (include/ as CMake exports it)
# -include spdlog/spdlog.h: cpprest's `U(x)` macro breaks Debian fmt 9.1's `format_as(U())` when spdlog comes after
# cpprest (as both headers include them); pre-including spdlog parses fmt before the macro exists
CPR = ['-std=c++20', '-include', 'spdlog/spdlog.h', '-I{r}/include']
# paho.mqtt.cpp v1.2.0 samples against Debian's libpaho-mqttpp-dev 1.2.0 (system headers only)
PAHO = ['-std=c++17']
E = [
 # logduto: HTTP logging reverse proxy (cpp-httplib Client, TLS verification off, timeouts from -t)
 ('eduhds+logduto', 'main.cpp', LOGDUTO),
 # ResourceMonitor: resource-monitoring client/server with interchangeable Beast / Poco HTTP layers
 ('yegorgru+ResourceMonitor', 'ResourceMonitor/Http/Beast/HttpSession.cpp', RM_BEAST),
 ('yegorgru+ResourceMonitor', 'ResourceMonitor/Http/Poco/HttpSession.cpp', RM_POCO),
 ('yegorgru+ResourceMonitor', 'ResourceMonitor/Http/Poco/Server/DatabaseManager.cpp', RM_POCO),
 # cpprest-http-client-sdk: HTTP client SDK on cpprestsdk (pooled http_client, timeouts, optional no-verify)
 ('loki2001-dev+cpprest-http-client-sdk', 'src/HttpClientImpl.cpp', CPR),
 ('loki2001-dev+cpprest-http-client-sdk', 'src/HttpClientCo.cpp', CPR),
 # paho.mqtt.cpp v1.2.0 samples (Debian 12 ships 1.2.0): manual and automatic reconnects
 ('eclipse+paho.mqtt.cpp', 'src/samples/async_subscribe.cpp', PAHO),
 ('eclipse+paho.mqtt.cpp', 'src/samples/rpc_math_srvr.cpp', PAHO),
 ('eclipse+paho.mqtt.cpp', 'src/samples/data_publish.cpp', PAHO),
 ('eclipse+paho.mqtt.cpp', 'src/samples/async_publish_time.cpp', PAHO),
 ('eclipse+paho.mqtt.cpp', 'src/samples/sync_consume.cpp', PAHO),
 ('eclipse+paho.mqtt.cpp', 'src/samples/sync_reconnect.cpp', PAHO),
 # buildbox-common: Remote Execution API client library (gRPC C++) with its GrpcRetrier
 ('sdclarke+buildbox-common', 'buildbox-common/buildboxcommon/buildboxcommon_grpcretrier.cpp', BB),
 ('sdclarke+buildbox-common', 'buildbox-common/buildboxcommon/buildboxcommon_grpcretry.cpp', BB),
 ('sdclarke+buildbox-common', 'buildbox-common/buildboxcommon/buildboxcommon_client.cpp', BB),
 ('sdclarke+buildbox-common', 'buildbox-common/buildboxcommon/buildboxcommon_logstreamwriter.cpp', BB),
 ('sdclarke+buildbox-common', 'buildbox-common/buildboxcommon/buildboxcommon_connectionoptions.cpp', BB),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
