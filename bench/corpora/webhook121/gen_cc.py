#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook121 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook121'
S = R + '/stubs'
# Nexus LLL-TAO (C++17, makefile.cli: -DUSE_LLD, include paths ., src; OpenSSL 3, Boost headers)
NEXUS = ['-std=c++17', '-DUSE_LLD', '-I{r}', '-I{r}/src']
# gnome-keyring (C, meson; GLib/GIO, libgcrypt, p11-kit); config.h and gkm-marshal.h are stubs/gnome-keyring
GLIB = ['-I/usr/include/glib-2.0', '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include', '-pthread',
        '-I/usr/include/libmount', '-I/usr/include/blkid', '-I/usr/include/p11-kit-1']
GKR = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/gnome-keyring', '-I{r}', '-I{r}/pkcs11'] + GLIB
# GnuPG (C, configure/automake: -DHAVE_CONFIG_H, -I.. -I../common; libgpg-error, libgcrypt, libassuan, npth,
# libksba); config.h is stubs/gnupg
GPG_AGENT = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/gnupg', '-I{r}',
             '-I{r}/common', '-I{r}/agent']
GPG_G10 = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/gnupg', '-I{r}', '-I{r}/common', '-I{r}/g10']
GPG_SM = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/gnupg', '-I{r}', '-I{r}/common', '-I{r}/sm']
# libotr-ng (C99, autotools; libotr 4 headers from libotr5-dev, libsodium, libgcrypt; libgoldilocks public
# headers from the otrv4/libgoldilocks mirror, materialized next to it)
OTRNG = ['-std=c99', '-D_POSIX_C_SOURCE=200809L', '-I{r}/src',
         '-I' + R + '/src/otrv4+libgoldilocks/src/public_include']
# apk-tools (C, meson: -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64, APK_VERSION, portability/ with NEED_STRLCPY on
# glibc 2.36; OpenSSL crypto backend)
APK = ['-std=gnu11', '-D_GNU_SOURCE', '-D_FILE_OFFSET_BITS=64', '-DNEED_STRLCPY', '-DAPK_VERSION="3.0.0"',
       '-DHAVE_ZSTD', '-I{r}/portability', '-I{r}/src']
# zchunk (C gnu11, meson: -DZCHUNK_ZSTD -DZCHUNK_OPENSSL); zck.h is include/zck.h.in with the version filled in
ZCK = ['-std=gnu11', '-DZCHUNK_ZSTD', '-DZCHUNK_OPENSSL', '-I' + S + '/zchunk', '-I{r}/src/lib']
E = [
 ('Nexusoft+LLL-TAO', 'src/LLP/rpcnode.cpp', NEXUS),
 ('Nexusoft+LLL-TAO', 'src/LLP/apinode.cpp', NEXUS),
 ('Nexusoft+LLL-TAO', 'src/LLP/filenode.cpp', NEXUS),
 ('Nexusoft+LLL-TAO', 'src/TAO/API/authentication.cpp', NEXUS),
 ('Nexusoft+LLL-TAO', 'src/Legacy/cryptokeystore.cpp', NEXUS),
 ('GNOME+gnome-keyring', 'pkcs11/gkm/gkm-secret.c', GKR),
 ('GNOME+gnome-keyring', 'pkcs11/secret-store/gkm-secret-collection.c', GKR),
 ('GNOME+gnome-keyring', 'pkcs11/secret-store/gkm-secret-binary.c', GKR),
 ('GNOME+gnome-keyring', 'pkcs11/gnome2-store/gkm-gnome2-module.c', GKR),
 ('GNOME+gnome-keyring', 'pkcs11/gnome2-store/gkm-gnome2-file.c', GKR),
 ('GNOME+gnome-keyring', 'pkcs11/gnome2-store/gkm-gnome2-storage.c', GKR),
 ('gpg+gnupg', 'agent/protect.c', GPG_AGENT),
 ('gpg+gnupg', 'g10/decrypt-data.c', GPG_G10),
 ('gpg+gnupg', 'sm/verify.c', GPG_SM),
 ('otrv4+libotr-ng', 'src/data_message.c', OTRNG),
 ('otrv4+libotr-ng', 'src/otrng.c', OTRNG),
 ('otrv4+libotr-ng', 'src/prekey_client_messages.c', OTRNG),
 ('otrv4+libotr-ng', 'src/prekey_manager.c', OTRNG),
 ('otrv4+libotr-ng', 'src/prekey_proofs.c', OTRNG),
 ('otrv4+libotr-ng', 'src/fingerprint.c', OTRNG),
 ('alpinelinux+apk-tools', 'src/extract_v2.c', APK),
 ('alpinelinux+apk-tools', 'src/extract_v3.c', APK),
 ('alpinelinux+apk-tools', 'src/adb.c', APK),
 ('alpinelinux+apk-tools', 'src/io.c', APK),
 ('zchunk+zchunk', 'src/lib/hash/hash.c', ZCK),
 ('zchunk+zchunk', 'src/lib/header.c', ZCK),
 ('zchunk+zchunk', 'src/lib/dl/dl.c', ZCK),
]
write_compile_commands(R, E)
