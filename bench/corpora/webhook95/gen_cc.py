#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook95 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook95'
S = R + '/stubs'
# ET: Legacy (C, CMake): dedicated server files get DEDICATED (ETLBuildServer.cmake), the qagame module
# GAMEDLL=1 MODLIB=1 (ETLBuildMod.cmake); cJSON from Debian's libcjson-dev (json.h falls back to <cjson/cJSON.h>)
ETL = ['-std=gnu99', '-I{r}/src', '-I{r}/src/qcommon/json']
ETLSV = ETL + ['-DDEDICATED']
ETLG = ETL + ['-DGAMEDLL=1', '-DMODLIB=1']
# Poco (C++17, CMake): each library's own include dir; no generated headers
POCO = ['-std=c++17', '-I{r}/Foundation/include', '-I{r}/Net/include', '-I{r}/Crypto/include', '-I{r}/JSON/include',
        '-I{r}/JWT/include', '-I{r}/MongoDB/include']
# CppCMS (C++11, CMake): cppcms/config.h and booster/build_config.h are stubs/cppcms (hand-written)
CMS = ['-std=c++11', '-I' + S + '/cppcms', '-I{r}', '-I{r}/booster', '-I{r}/src', '-I{r}/private']
# xash3d-fwgs (C, waf): dedicated engine (XASH_DEDICATED, ENGINE_DLL from engine/wscript); build.h and
# library_suffix.h (3rdparty/library_suffix submodule) are stubs/xash3d (hand-written)
XASH = ['-std=gnu11', '-DXASH_DEDICATED=1', '-DENGINE_DLL=1', '-I' + S + '/xash3d', '-I{r}/engine',
        '-I{r}/engine/common', '-I{r}/engine/common/imagelib', '-I{r}/engine/server', '-I{r}/engine/client',
        '-I{r}/engine/platform', '-I{r}/public', '-I{r}/common', '-I{r}/pm_shared', '-I{r}/filesystem']
# Tesseract (C++, src/Makefile): dedicated server build (-DSTANDALONE)
TESS = ['-fsigned-char', '-fno-exceptions', '-fno-rtti', '-DSTANDALONE', '-I{r}/src/shared', '-I{r}/src/engine',
        '-I{r}/src/fpsgame', '-I{r}/src/enet/include']
# OpenRCT2 (C++20, CMake: -fno-char8_t); network enabled (DISABLE_NETWORK not defined)
RCT = ['-std=c++20', '-fno-char8_t', '-I{r}/src/thirdparty', '-I{r}/src/openrct2']
E = [
 ('etlegacy+etlegacy', 'src/server/sv_main.c', ETLSV),
 ('etlegacy+etlegacy', 'src/server/sv_client.c', ETLSV),
 ('etlegacy+etlegacy', 'src/game/g_client.c', ETLG),
 ('etlegacy+etlegacy', 'src/game/g_referee.c', ETLG),
 ('etlegacy+etlegacy', 'src/game/g_cmds_ext.c', ETLG),
 ('etlegacy+etlegacy', 'src/game/g_config.c', ETLG),
 ('etlegacy+etlegacy', 'src/game/g_session.c', ETLG),
 ('pocoproject+poco', 'Net/src/HTTPDigestCredentials.cpp', POCO),
 ('pocoproject+poco', 'Net/src/OAuth10Credentials.cpp', POCO),
 ('pocoproject+poco', 'Net/src/NTLMCredentials.cpp', POCO),
 ('pocoproject+poco', 'Net/src/HTTPBasicCredentials.cpp', POCO),
 ('pocoproject+poco', 'JWT/src/Signer.cpp', POCO),
 ('pocoproject+poco', 'MongoDB/src/Database.cpp', POCO),
 ('artyom-beilis+cppcms', 'src/hmac_encryptor.cpp', CMS),
 ('artyom-beilis+cppcms', 'src/aes_encryptor.cpp', CMS),
 ('artyom-beilis+cppcms', 'src/session_interface.cpp', CMS),
 ('artyom-beilis+cppcms', 'src/session_cookies.cpp', CMS),
 ('artyom-beilis+cppcms', 'src/session_sid.cpp', CMS),
 ('artyom-beilis+cppcms', 'src/session_pool.cpp', CMS),
 ('FWGS+xash3d-fwgs', 'engine/server/sv_client.c', XASH),
 ('FWGS+xash3d-fwgs', 'public/crtlib.c', XASH),
 ('FWGS+xash3d-fwgs', 'engine/common/hpak.c', XASH),
 ('lsalzman+tesseract', 'src/fpsgame/server.cpp', TESS),
 ('lsalzman+tesseract', 'src/shared/crypto.cpp', TESS),
 ('OpenRCT2+OpenRCT2', 'src/openrct2/network/NetworkBase.cpp', RCT),
]
write_compile_commands(R, E)
