#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook15'
S = R + '/stubs'
SRC = R + '/src'
CXX = '/usr/bin/clang++-19'

# libtelegram at the last commit that still compiles the FastCGI listener (config.h later disables it for Boost > 1.69);
# stubs/libtelegram/boost/cgi/fcgi.hpp shadows the vendored Boost.CGI FastCGI header, which needs Boost <= 1.69 asio.
LT = ['-std=c++20', '-I' + S + '/libtelegram', '-I{r}/include']

# SignalingServer (GB28181 SIP server): include directories of its CMakeLists.txt; everything is vendored (mongoose 7,
# rapidjson, reSIProcate headers, asio); libcurl headers from Debian.
SS_DIRS = ['.', 'SipServer', 'lib/resip/include', 'lib/libcurl/include', 'lib/rapidjson', 'device', 'tools', 'websocketpp',
           'asio/include', 'deviceMng', 'media', 'media/mediaIn', 'media/rtp', 'media/rtp/lib/rtp', 'media/rtp/lib/mov',
           'media/rtp/lib/mpeg', 'media/rtp/lib/flv', 'Plugin', 'Plugin/vsk/x86Nvr/include', 'Plugin/vsk/x86Nvr',
           'Plugin/vsk/armNvr', 'RegistrarServer', 'UserAgent', 'ws', 'deviceDb', 'lib/mysql/include',
           'lib/resip/include/repro', 'db/mysql']
SS = ['-std=c++17'] + ['-I{r}/' + d for d in SS_DIRS]

# Fluent Bit: the vendored lib/ headers; stubs/fluentbit = the CMake-configured *.h headers (flb_info.h, flb_version.h,
# mk_core_info.h, cmt/ctr/cfl/cprof info+version) that only exist in a build tree. -D flags as CMake sets them on Linux.
FB_LIB = ['lib', 'lib/monkey/include', 'lib/monkey/include/monkey', 'lib/msgpack-c/include', 'lib/cmetrics/include',
          'lib/ctraces/include', 'lib/ctraces/lib/mpack/src', 'lib/cfl/include', 'lib/cfl/lib/xxhash', 'lib/flb_libco',
          'lib/c-ares-1.34.6/include', 'lib/cprofiles/include', 'lib/mpack-amalgamation-1.1.1/src', 'lib/chunkio/include',
          'lib/lwrb', 'lib/nghttp2-1.65.0/lib/includes', 'lib/miniz', 'lib/rbtree', 'lib/jsmn', 'lib/yyjson-0.12.0/src',
          'lib/fluent-otel-proto/proto_c', 'lib/fluent-otel-proto/include']
FB_BASE = (['-DFLB_HAVE_METRICS', '-DFLB_HAVE_HTTP_SERVER', '-DFLB_HAVE_TLS', '-DFLB_HAVE_OPENSSL', '-DFLB_HAVE_AWS',
            '-D__FLB_FILENAME__=__FILE__', '-I{r}/include', '-I' + S + '/fluentbit', '-I' + S + '/fluentbit/monkey']
           + ['-I{r}/' + d for d in FB_LIB])


def fb(path):
    return FB_BASE + ['-I{r}/' + os.path.dirname(path)]


FB_TUS = ['plugins/in_splunk/splunk_prot.c', 'plugins/in_splunk/splunk.c', 'plugins/in_http/http_prot.c',
          'plugins/in_http/http.c', 'plugins/in_elasticsearch/in_elasticsearch_bulk_prot.c',
          'plugins/in_elasticsearch/in_elasticsearch.c', 'plugins/in_prometheus_remote_write/prom_rw_prot.c',
          'plugins/in_prometheus_remote_write/prom_rw.c', 'plugins/in_opentelemetry/opentelemetry_prot.c',
          'plugins/in_opentelemetry/opentelemetry.c', 'plugins/in_forward/fw_prot.c', 'src/flb_oauth2_jwt.c',
          'src/aws/flb_aws_credentials_http.c']

# rsyslog imhttp: civetweb.h and json-c from Debian; stubs/rsyslog = empty autoconf config.h, libestr.h, libfastjson's
# json.h (json-c plus TRUE/FALSE), apr_base64.h / apr_md5.h (libestr-dev, libfastjson-dev, libaprutil1-dev not installed).
RS = ['-I{r}', '-I{r}/runtime', '-I{r}/grammar', '-I' + S + '/rsyslog']

# ZLMediaKit: its ZLToolKit and jsoncpp submodules are not in the snapshot; materialized from their own repositories
# (ZLMediaKit/ZLToolKit, open-source-parsers/jsoncpp; Debian's jsoncpp 1.9.5 lacks Value::find(const String&)).
ZLM = ['-std=c++17', '-I{r}/server', '-I{r}/src', '-I' + SRC + '/ZLMediaKit+ZLToolKit/src',
       '-I' + SRC + '/open-source-parsers+jsoncpp/include']

# espqtoggle (ESP8266 NONOS SDK firmware): stubs/esp8266 = declaration-only SDK headers (c_types.h, mem.h, osapi.h, ...).
EQ = ['-I{r}/src', '-I' + S + '/esp8266']

E = [('slowriot+libtelegram', 'examples/echo.cpp', LT),
     ('Hum-Tum22+SignalingServer', 'http.cpp', SS)]
E += [('fluent+fluent-bit', p, fb(p)) for p in FB_TUS]
E += [('rsyslog+rsyslog', 'contrib/imhttp/imhttp.c', RS),
      ('ZLMediaKit+ZLMediaKit', 'server/WebApi.cpp', ZLM),
      ('qtoggle+espqtoggle', 'src/espgoodies/jwt.c', EQ),
      ('qtoggle+espqtoggle', 'src/client.c', EQ),
      ('qtoggle+espqtoggle', 'src/api.c', EQ)]
write_compile_commands(R, E, CXX)
