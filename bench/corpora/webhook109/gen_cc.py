#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook109 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook109'
S = R + '/stubs'
# libhv (C99 / C++11, CMake): hconfig.h is generated from hconfig.h.in -> stubs/libhv/hconfig.h
HVI = ['-I' + S + '/libhv', '-I{r}', '-I{r}/base', '-I{r}/ssl', '-I{r}/event', '-I{r}/util', '-I{r}/cpputil',
       '-I{r}/evpp', '-I{r}/http', '-I{r}/http/client', '-I{r}/http/server', '-I{r}/examples/httpd']
HVC = ['-std=gnu99', '-D_GNU_SOURCE'] + HVI
HVX = ['-std=c++11', '-D_GNU_SOURCE'] + HVI
# restbed (C++11, at a commit that still had the example/*.cpp sources): standalone ASIO from libasio-dev, OpenSSL
RB = ['-std=c++14', '-I{r}/source']
# Crow (C++17, header-only; standalone ASIO from libasio-dev)
CROW = ['-std=c++17', '-I{r}/include']
# oat++ (C++17, CMake)
OAT = ['-std=c++17', '-I{r}/src']
# axiam C++ SDK (C++17, OpenSSL 3; nlohmann/json vendored in third_party)
AX = ['-std=c++17', '-I{r}/include', '-I{r}/third_party']
# ik_llama.cpp server (C++17, CMake); index.html.gz.hpp, index_llamacpp.html.gz.hpp and loading.html.hpp are generated
# by CMake from the web UI -> stubs/ik_llama
IK = ['-std=c++17', '-I' + S + '/ik_llama', '-I{r}/examples/server', '-I{r}/examples/mtmd', '-I{r}/common',
      '-I{r}/include', '-I{r}/ggml/include', '-I{r}/src', '-I{r}/vendor', '-I{r}/vendor/cpp-httplib', '-I{r}']
E = [
 ('ithewei+libhv', 'examples/httpd/handler.cpp', HVX),
 ('ithewei+libhv', 'examples/httpd/router.cpp', HVX),
 ('ithewei+libhv', 'examples/socks5_proxy_server.c', HVC),
 ('ithewei+libhv', 'http/client/WebSocketClient.cpp', HVX),
 ('Corvusoft+restbed', 'example/authentication/source/example.cpp', RB),
 ('Corvusoft+restbed', 'example/basic_authentication/source/example.cpp', RB),
 ('Corvusoft+restbed', 'example/digest_authentication/source/example.cpp', RB),
 ('Corvusoft+restbed', 'example/web_socket/source/example.cpp', RB),
 ('Corvusoft+restbed', 'example/compression/source/example.cpp', RB),
 ('Corvusoft+restbed', 'example/http_pipelining/source/example.cpp', RB),
 ('CrowCpp+Crow', 'examples/example.cpp', CROW),
 ('CrowCpp+Crow', 'examples/example_middleware.cpp', CROW),
 ('oatpp+oatpp', 'src/oatpp/web/server/handler/AuthorizationHandler.cpp', OAT),
 ('ilpanich+axiam-cplusplus-sdk', 'src/jwks.cpp', AX),
 ('ikawrakow+ik_llama.cpp', 'examples/server/server.cpp', IK),
]
write_compile_commands(R, E)
