#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook56 (clang++-19, Debian 12 libstdc++; every repository vendors its
# own cpp-httplib and nlohmann/json, the include paths are those of the Visual Studio projects: the project
# directory and its include/ folder). One hand-written stub (stubs/msvc/msvc_time.h, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook56'
S = R + '/stubs'
STD = ['-std=c++17', '-pthread']
KU = 'lab/02/C++/Alice/c++'
CU = 'Lab/02/server(C++)/ConsoleApplication20/ConsoleApplication20'
RI = 'Lab/02/C++/ServerAlice'
DA = 'Labs/02/C++/Alice'
EX = 'Lab/02/Project'
GA = 'Lab/02/C++/lab2/lab2'
AV = 'Lab/02/C++/Project1'
NM = 'Lab/02/Alice/Alice/Alice'
TE = 'Lab/02/Server'


def inc(d):
    return ['-I{r}/' + d, '-I{r}/' + d + '/include']


E = [
 ('kuceravyjura+Programming', KU + '/Server.cpp', STD + inc(KU)),
 ('kuceravyjura+Programming', KU + '/Yandex.cpp', STD + inc(KU)),
 ('kuceravyjura+Programming', KU + '/webhook.cpp', STD + inc(KU)),
 ('cucumbar+Programming', CU + '/ConsoleApplication20.cpp', STD + ['-include', S + '/msvc/msvc_time.h'] + inc(CU)),
 ('Rilst+Programming', RI + '/ServerAlice.cpp', STD + inc(RI)),
 ('danniekot+programming', DA + '/Alice.cpp', STD + inc(DA)),
 ('danniekot+programming', DA + '/server.cpp', STD + inc(DA)),
 ('Exxxasens+Programming', EX + '/Project.cpp', STD + inc(EX)),
 ('GlebAlekseev+programming', GA + '/lab2.cpp', STD + inc(GA)),
 ('affirVega+Programming', AV + '/main.cpp', STD + inc(AV)),
 ('affirVega+Programming', AV + '/webhooks.cpp', STD + inc(AV)),
 ('affirVega+Programming', AV + '/yandex.cpp', STD + inc(AV)),
 ('NeutralMoon+Programming', NM + '/Alice.cpp', STD + inc(NM)),
 ('terrepta+Programming', TE + '/Server.cpp', STD + inc(TE)),
]
write_compile_commands(R, E)
