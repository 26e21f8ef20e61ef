#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook120 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook120'
S = R + '/stubs'
# flower (CMakeLists.txt: C++23, fmt, hiredis + redis++, OpenSSL; httplib.h / json.hpp / tinyxml2 shipped);
# sw/redis++/redis++.h is stubs/flower
FLOWER = ['-std=c++2b', '-I{r}', '-I' + S + '/flower']
# WXBizMsgCryptNode (Tencent WeCom callback crypto sample; OpenSSL + tinyxml2 from Debian's libtinyxml2-dev)
WXNODE = ['-std=c++11', '-I{r}', '-I' + S + '/wxnode']
E = [
 ('BigBrotherTrade+flower', 'main.cpp', FLOWER),
 ('BigBrotherTrade+flower', 'WXBizMsgCrypt.cpp', FLOWER),
 ('LeoEatle+WXBizMsgCryptNode', 'WXBizMsgCrypt.cpp', WXNODE),
]
write_compile_commands(R, E)
