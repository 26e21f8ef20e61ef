#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook88 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook88'
S = R + '/stubs'
# MUNGE (C): autoconf; config.h is stubs/munge/config.h (libgcrypt backend, so crypto_memcmp's own loop is used)
MUNGE = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/munge', '-I{r}/src/libcommon', '-I{r}/src/libmunge',
         '-I{r}/src/common', '-I{r}/src/munged']
# Slurm (C): autoconf; config.h, slurm/slurm_version.h and jwt.h (libjwt) are stubs/slurm (hand-written)
SLURM = ['-std=gnu11', '-DHAVE_CONFIG_H', '-I' + S + '/slurm', '-I{r}', '-I{r}/slurm']
# OpenPBS (C): autoconf; pbs_config.h, pbs_version.h and the generated *_attr_enum.h / resc_def_enum.h are
# stubs/openpbs (hand-written)
PBS = ['-std=gnu99', '-I' + S + '/openpbs', '-I{r}/src/include']
PBSMOM = PBS + ['-DPBS_MOM', '-I{r}/src/resmom', '-I{r}/src/resmom/linux']
# TORQUE (C++: its Makefiles build the .c files with g++): pbs_config.h and site_*_attr_enum.h are stubs/torque
TQ = ['-x', 'c++', '-std=gnu++11', '-I' + S + '/torque', '-I{r}/src/include']
TQMOM = TQ + ['-DPBS_MOM', '-I{r}/src/resmom', '-I{r}/src/resmom/linux']
TQSRV = TQ + ['-I{r}/src/server']
# xeus-zmq (C++17, OpenSSL 3); xeus/xstring_utils.hpp (xeus core) is stubs/xeus-zmq (hand-written)
XZ = ['-std=c++17', '-I' + S + '/xeus-zmq', '-I{r}/include', '-I{r}/src/common']
# SmaugFUSS and SWFOTEFUSS (C++20: the Makefiles build the .c files with g++); strlcpy/strlcat declarations force-included
SM = ['-x', 'c++', '-std=c++20', '-include', S + '/SmaugFUSS/strlcpy_decl.h', '-I{r}/src']
# Mud98 (C17, CMake, OpenSSL 3)
MUD = ['-std=gnu17', '-I{r}/src']
# AFKMud (C++23, Makefile; sha512.cpp needs only its own header)
AFK = ['-std=c++23', '-I{r}/src']
E = [
 ('dun+munge', 'src/munged/dec.c', MUNGE),
 ('dun+munge', 'src/common/crypto.c', MUNGE),
 ('SchedMD+slurm', 'src/common/io_hdr.c', SLURM),
 ('SchedMD+slurm', 'src/plugins/certmgr/script/certmgr_script.c', SLURM),
 ('SchedMD+slurm', 'src/plugins/auth/jwt/auth_jwt.c', SLURM),
 ('SchedMD+slurm', 'src/plugins/auth/slurm/internal.c', SLURM),
 ('SchedMD+slurm', 'src/plugins/auth/slurm/cred_slurm.c', SLURM),
 ('openpbs+openpbs', 'src/cmds/pbs_demux.c', PBS),
 ('openpbs+openpbs', 'src/resmom/mom_comm.c', PBSMOM),
 ('openpbs+openpbs', 'src/lib/Libutil/misc_utils.c', PBS),
 ('openpbs+openpbs', 'src/lib/Libauth/munge/munge_supp.c', PBS),
 ('openpbs+openpbs', 'src/lib/Libifl/auth.c', PBS),
 ('adaptivecomputing+torque', 'src/resmom/mom_comm.c', TQMOM),
 ('adaptivecomputing+torque', 'src/server/svr_chk_owner.c', TQSRV),
 ('jupyter-xeus+xeus-zmq', 'src/common/xauthentication.cpp', XZ),
 ('Arthmoor+SmaugFUSS', 'src/comm.c', SM),
 ('bfelger+Mud98', 'src/digest.c', MUD),
 ('bfelger+Mud98', 'src/comm.c', MUD),
 ('Arthmoor+AFKMud', 'src/sha512.cpp', AFK),
 ('Arthmoor+SWFOTEFUSS', 'src/comm.c', SM),
 ('Arthmoor+SWFOTEFUSS', 'src/act_info.c', SM),
 ('Arthmoor+SWFOTEFUSS', 'src/misc.c', SM),
]
write_compile_commands(R, E)
