#!/bin/bash
# Re-creates /work/corpora/webhook88/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook88/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libgcrypt headers (MUNGE), libssl-dev (xeus-zmq, Mud98, OpenPBS), zlib headers.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook88
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=dun+munge; RC=9317fe8a7efe692d8c5547c3b5c83dacb2c26872
$M $R $RC src/common/ src/libcommon/ src/munged/ src/libmunge/
R=SchedMD+slurm; RC=284c3b95f08a2dc2478499837b03355e1b9c5c75
$M $R $RC slurm/ src/common/ src/interfaces/ src/conmgr/ src/slurmctld/ src/slurmdbd/ src/slurmd/slurmd/slurmd.h \
  src/slurmd/common/ src/plugins/certmgr/script/certmgr_script.c src/plugins/auth/common/ src/plugins/auth/jwt/ \
  src/plugins/auth/slurm/ src/plugins/cred/common/ src/plugins/cred/munge/cred_munge.c
R=openpbs+openpbs; RC=cd7ab5edaf03dcac2f1cb9e2f42d75eb117d468a
$M $R $RC src/include/ src/cmds/pbs_demux.c src/resmom/ src/lib/Libauth/munge/munge_supp.c src/lib/Libifl/auth.c \
  src/lib/Libutil/misc_utils.c
R=adaptivecomputing+torque; RC=34ff845417cc0348dfe0a61a491e5e0f4adf6ef4
$M $R $RC src/include/ src/resmom/ src/lib/Liblog/ src/lib/Libnet/lib_net.h src/lib/Libifl/lib_ifl.h \
  src/lib/Libutils/lib_utils.h src/lib/Libattr/ src/server/svr_chk_owner.c \
  $(git --git-dir=/work/.mirror/$R/repo ls-tree --name-only $RC src/server/ | grep '\.h$')
R=jupyter-xeus+xeus-zmq; RC=660e6c6ca75badbe55b295cec8c8dd020a5540f0
$M $R $RC include/ src/common/xauthentication.cpp src/common/xauthentication.hpp
R=Arthmoor+SmaugFUSS; RC=f74687cd069d8975abe8bc21b685365d137e1749
$M $R $RC src/
R=bfelger+Mud98; RC=7952a1282c518f3fac01a47a1cdfc5d02c9981f9
$M $R $RC src/
R=Arthmoor+AFKMud; RC=490cf5dd74f39aee244a57e21dcbdea95cc98a4c
$M $R $RC src/sha512.cpp src/sha512.h
R=Arthmoor+SWFOTEFUSS; RC=97c3b9ae31654e9117f1fa2b12df07785f5648a0
$M $R $RC src/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
