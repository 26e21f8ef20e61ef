#!/bin/bash
# Re-creates /work/corpora/webhook77/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook77/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev (encfs SSL_Cipher), zlib headers (libarchive, poppler); nothing else.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook77
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=ArtifexSoftware+mupdf; RC=2db2083b60acfeb12bf492cca24d7e3f3aa9ea5c
$M $R $RC include/ source/pdf/pdf-crypt.c source/pdf/pdf-imp.h
R=freedesktop+poppler; RC=13c95f251bf47068a3c083bf038cab86fea7f570
$M $R $RC poppler/ goo/ fofi/ splash/
R=qpdf+qpdf; RC=dfd251125cadb59fe04836f9197c3ef94f99cf55
$M $R $RC include/ libqpdf/qpdf/ libqpdf/QPDF_encryption.cc
R=libarchive+libarchive; RC=4fe6c584b6e5d0028877b3b58872e5474629bc74
$M $R $RC libarchive/
R=ip7z+7zip; RC=5e96a8279489832924056b1fa82f29d5837c9469
$M $R $RC C/ CPP/Common/ CPP/Windows/ CPP/7zip/Crypto/ CPP/7zip/Common/ CPP/7zip/ICoder.h CPP/7zip/IDecl.h \
  CPP/7zip/IPassword.h CPP/7zip/IStream.h CPP/7zip/IProgress.h CPP/7zip/PropID.h CPP/7zip/Archive/IArchive.h
R=vgough+encfs; RC=aa106e6eddcc16ce7f763c63e5f20dd9eb7f0f52   # last C++ tree (the next commit moved the Rust port in)
$M $R $RC encfs/ intl/gettext.h vendor/github.com/muflihun/easyloggingpp/src/easylogging++.h
R=pwsafe+pwsafe; RC=12d4b62bd33c661685e0f61d7160a0131e11808c
$M $R $RC src/core/ src/os/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
