#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook119 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook119'
S = R + '/stubs'
# pdfio (C99, configure/Makefile; zlib); ttf.h (the ttf submodule) is stubs/pdfio
PDFIO = ['-std=c99', '-D_GNU_SOURCE', '-I{r}', '-I' + S + '/pdfio']
# UnRAR (C++11, makefile DEFINES)
UNRAR = ['-std=c++11', '-D_FILE_OFFSET_BITS=64', '-D_LARGEFILE_SOURCE', '-DRAR_SMP', '-I{r}']
# Enchive (C99, Makefile; config.h is shipped at the top of the tree)
ENCHIVE = ['-std=c99', '-D_POSIX_C_SOURCE=200112L', '-I{r}/src']
# tc-play (C, Makefile.classic; libuuid headers; gcrypt backend is in other files)
TCPLAY = ['-std=gnu99', '-D_GNU_SOURCE', '-I{r}']
# PoDoFo (C++17, CMake; OpenSSL 3, libxml2, freetype); podofo_config.h and podofo_config_private.h are stubs/podofo
PODOFO = ['-std=c++17', '-I' + S + '/podofo', '-I{r}/src', '-I{r}/src/podofo', '-I{r}/3rdparty/tcbspan',
          '-I{r}/3rdparty/date', '-I{r}/3rdparty/fastfloat', '-I{r}/3rdparty/fmtlib', '-I{r}/3rdparty/utf8cpp',
          '-I{r}/3rdparty/utf8proc', '-I{r}/3rdparty/chromium', '-I{r}/3rdparty', '-I/usr/include/libxml2',
          '-I/usr/include/freetype2']
# signify portable (C, Makefile: -include compat.h; libbsd-overlay from Debian's libbsd-dev)
SIGNIFY = ['-std=gnu99', '-include', '{r}/compat.h', '-DLIBBSD_OVERLAY', '-isystem', '/usr/include/bsd', '-I{r}']
E = [
 ('michaelrsweet+pdfio', 'pdfio-crypto.c', PDFIO),
 ('michaelrsweet+pdfio', 'pdfio-file.c', PDFIO),
 ('pmachapman+unrar', 'arcread.cpp', UNRAR),
 ('pmachapman+unrar', 'extract.cpp', UNRAR),
 ('pmachapman+unrar', 'secpassword.cpp', UNRAR),
 ('pmachapman+unrar', 'hash.cpp', UNRAR),
 ('pmachapman+unrar', 'archive.cpp', UNRAR),
 ('skeeto+enchive', 'src/enchive.c', ENCHIVE),
 ('bwalex+tc-play', 'hdr.c', TCPLAY),
 ('bwalex+tc-play', 'safe_mem.c', TCPLAY),
 ('podofo+podofo', 'src/podofo/main/PdfEncrypt.cpp', PODOFO),
 ('aperezdc+signify', 'signify.c', SIGNIFY),
 ('aperezdc+signify', 'crypto_api.c', SIGNIFY),
 ('aperezdc+signify', 'timingsafe_bcmp.c', SIGNIFY),
 ('aperezdc+signify', 'mod_ed25519.c', SIGNIFY),
]
write_compile_commands(R, E)
