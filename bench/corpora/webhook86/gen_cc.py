#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook86 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook86'
S = R + '/stubs'
CLANG_INC = '/usr/lib/llvm-19/lib/clang/19/include'
# iPXE (C, freestanding): src/Makefile.housekeeping CFLAGS for bin-x86_64-pcbios; config/local/*.h (created empty
# by the build) are stubs/ipxe/config/local/*.h
IPXE = ['-ffreestanding', '-nostdinc', '-isystem', CLANG_INC, '-DARCH=x86_64', '-DPLATFORM=pcbios',
        '-DPLATFORM_pcbios', '-DSECUREBOOT=0', "-DASM_TCHAR='@'", "-DASM_TCHAR_OPS='@'", '-DOBJECT=x',
        '-I' + S + '/ipxe', '-I{r}/src/include', '-I{r}/src', '-I{r}/src/arch/x86_64/include',
        '-I{r}/src/arch/x86/include', '-include', '{r}/src/include/compiler.h']
# NuttX apps (C) built against glibc: <nuttx/config.h>, <nuttx/compiler.h>, <nuttx/debug.h>, <nuttx/symtab.h>
# are stubs/nuttx-apps/nuttx/*.h
NX = ['-std=gnu11', '-D_GNU_SOURCE', '-I' + S + '/nuttx-apps', '-I{r}/include']
# barebox (C, freestanding, sandbox arch): top Makefile KBUILD_CPPFLAGS / NOSTDINC_FLAGS; generated/autoconf.h and
# generated/passwd.h are stubs/barebox/generated/*.h
BB = ['-std=gnu11', '-nostdinc', '-isystem', CLANG_INC, '-D__KERNEL__', '-D__BAREBOX__', '-fno-builtin',
      '-ffreestanding', '-Ulinux', '-Uunix', '-I' + S + '/barebox', '-I{r}/include', '-I{r}/arch/sandbox/include',
      '-I{r}/include/uapi', '-include', '{r}/include/linux/kconfig.h']
# U-Boot (C, freestanding, sandbox): top Makefile KBUILD_CPPFLAGS / UBOOTINCLUDE; config.h, generated/autoconf.h,
# generated/generic-asm-offsets.h are stubs/u-boot/*
UB = ['-std=gnu11', '-nostdinc', '-isystem', CLANG_INC, '-D__KERNEL__', '-D__UBOOT__', '-fno-builtin',
      '-ffreestanding', '-I' + S + '/u-boot', '-I{r}/include', '-I{r}/arch/sandbox/include',
      '-include', '{r}/include/linux/kconfig.h']
# Contiki (C): Makefile.include CFLAGS (CONTIKI, target, IPv6/RPL) and the SOURCEDIRS include paths of the target
CT_COMMON = ['-std=gnu99', '-DCONTIKI=1', '-DNETSTACK_CONF_WITH_IPV6=1', '-DUIP_CONF_IPV6_RPL=1']
CT_CORE = ['-I{r}/core', '-I{r}/core/sys', '-I{r}/core/net', '-I{r}/core/lib', '-I{r}/core/dev', '-I{r}']
CTN = CT_COMMON + ['-DCONTIKI_TARGET_NATIVE=1', '-I{r}/platform/native', '-I{r}/cpu/native'] + CT_CORE
# noncoresec is only compiled in with 802.15.4 link-layer security on (what a project-conf.h using noncoresec sets)
CTN_SEC = CTN + ['-DLLSEC802154_CONF_ENABLED=1']
# cc2538dk target parsed with the host triple (no arm-none-eabi sysroot here); the files use no target builtins
CTC = CT_COMMON + ['-DCONTIKI_TARGET_CC2538DK=1', '-I{r}/platform/cc2538dk', '-I{r}/platform/cc2538dk/dev',
                   '-I{r}/cpu/cc2538', '-I{r}/cpu/cc2538/dev', '-I{r}/cpu/cc2538/usb',
                   '-I{r}/cpu/arm/common/CMSIS'] + CT_CORE
# JAndrassy/ArduinoOTA (Arduino C++): Arduino core headers are stubs/arduino/*.h (declaration-only)
AO = ['-std=gnu++17', '-I' + S + '/arduino', '-I{r}/src']
# embox (C) parsed against glibc: embox-only headers are stubs/embox/* and stubs/embox/embox_posix_ext.h
EB = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/embox', '-include', S + '/embox/embox_posix_ext.h']
E = [
 ('ipxe+ipxe', 'src/net/tcp/iscsi.c', IPXE),
 ('ipxe+ipxe', 'src/crypto/cms.c', IPXE),
 ('ipxe+ipxe', 'src/crypto/ocsp.c', IPXE),
 ('apache+nuttx-apps', 'fsutils/passwd/passwd_verify.c', NX),
 ('apache+nuttx-apps', 'netutils/ftpd/ftpd.c', NX),
 ('barebox+barebox', 'security/password.c', BB),
 ('barebox+barebox', 'crypto/digest.c', BB),
 ('barebox+barebox', 'crypto/memneq.c', BB),
 ('u-boot+u-boot', 'common/autoboot.c', UB),
 ('u-boot+u-boot', 'lib/crypt/crypt.c', UB),
 ('u-boot+u-boot', 'drivers/mmc/rpmb.c', UB),
 ('u-boot+u-boot', 'lib/tpm-v1.c', UB),
 ('contiki-os+contiki', 'core/net/llsec/noncoresec/noncoresec.c', CTN_SEC),
 ('contiki-os+contiki', 'core/net/mac/tsch/tsch-security.c', CTN),
 ('contiki-os+contiki', 'cpu/cc2538/dev/ccm.c', CTC),
 ('contiki-os+contiki', 'cpu/cc2538/dev/gcm.c', CTC),
 ('contiki-os+contiki', 'cpu/cc2538/dev/cbc-mac.c', CTC),
 ('JAndrassy+ArduinoOTA', 'src/WiFiOTA.cpp', AO),
 ('embox+embox', 'src/cmds/user/login/login.c', EB),
]
write_compile_commands(R, E)
