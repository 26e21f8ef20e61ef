#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook77 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook77'
S = R + '/stubs'
# MuPDF (C): Makerules, public headers only
MU = ['-std=gnu99', '-I{r}/include', '-I{r}/source/pdf']
# poppler (C++): CMake; config.h, poppler-config.h, poppler_private_export.h are stubs/poppler (hand-written)
POP = ['-std=c++17', '-I' + S + '/poppler', '-I{r}', '-I{r}/poppler', '-I{r}/goo']
# qpdf (C++): CMake, C++20; the generated qpdf-config.h is not reached by this TU
QP = ['-std=c++20', '-I{r}/libqpdf', '-I{r}/include']
# libarchive (C): config.h is stubs/libarchive/config.h (hand-written, zlib only, no crypto library)
LA = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/libarchive', '-I{r}/libarchive']
# 7-Zip (C++): CPP/7zip/7zip_gcc.mak flags for Linux
Z7 = ['-std=c++17', '-D_FILE_OFFSET_BITS=64', '-D_LARGEFILE_SOURCE', '-DNDEBUG', '-D_REENTRANT', '-DENV_UNIX',
      '-DBREAK_HANDLER', '-DUNICODE', '-D_UNICODE', '-DUNIX_USE_WIN_FILE']
# EncFS 1.9.x (C++11): CMake; config.h and fuse.h are stubs/encfs (hand-written); easylogging++ from vendor/
EF = ['-std=c++11', '-I' + S + '/encfs', '-I{r}/encfs', '-I{r}', '-I{r}/vendor/github.com/muflihun/easyloggingpp/src',
      '-DELPP_NO_DEFAULT_LOG_FILE', '-DELPP_THREAD_SAFE', '-DELPP_DISABLE_DEFAULT_CRASH_HANDLING']
# Password Safe (C++): CMake core library flags (UNICODE)
PW = ['-std=c++17', '-DUNICODE', '-D_UNICODE', '-DNO_YUBI', '-I{r}/src', '-I{r}/src/core', '-I{r}/src/os/unix']
E = [
 ('ArtifexSoftware+mupdf', 'source/pdf/pdf-crypt.c', MU),
 ('freedesktop+poppler', 'poppler/Decrypt.cc', POP),
 ('freedesktop+poppler', 'poppler/SecurityHandler.cc', POP),
 ('qpdf+qpdf', 'libqpdf/QPDF_encryption.cc', QP),
 ('libarchive+libarchive', 'libarchive/archive_read_support_format_zip.c', LA),
 ('ip7z+7zip', 'CPP/7zip/Crypto/WzAes.cpp', Z7),
 ('ip7z+7zip', 'CPP/7zip/Crypto/Rar5Aes.cpp', Z7),
 ('ip7z+7zip', 'CPP/7zip/Crypto/ZipStrong.cpp', Z7),
 ('ip7z+7zip', 'CPP/7zip/Crypto/7zAes.cpp', Z7),
 ('vgough+encfs', 'encfs/SSL_Cipher.cpp', EF),
 ('vgough+encfs', 'encfs/MACFileIO.cpp', EF),
 ('vgough+encfs', 'encfs/BlockNameIO.cpp', EF),
 ('vgough+encfs', 'encfs/StreamNameIO.cpp', EF),
 ('pwsafe+pwsafe', 'src/core/PWSfileV3.cpp', PW),
 ('pwsafe+pwsafe', 'src/core/PWSfileV4.cpp', PW),
 ('pwsafe+pwsafe', 'src/core/PWSfile.cpp', PW),
 ('pwsafe+pwsafe', 'src/core/PWSfileV1V2.cpp', PW),
 ('pwsafe+pwsafe', 'src/core/PWScore.cpp', PW),
]
write_compile_commands(R, E)
