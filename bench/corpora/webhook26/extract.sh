#!/bin/bash
# Re-creates /work/corpora/webhook26/src from the fetched mirrors (fetch github:<owner>/<name> first), then writes
# compile_commands.json, labels.jsonl and empty.sarif. No stubs are needed.
# Needs from Debian 12: libsecp256k1-dev (dotwallet), libspdlog-dev (TicketsPreOrderService), MySQL client, hiredis and
# OpenSSL headers (paycenter).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook26
rm -rf $C/src
mkdir -p $C
gd() { local g=/work/.mirror/$1/repo; [ -d $g/.git ] && g=$g/.git; echo $g; }
# files of the trees under $3... at commit $2 of mirror $1 whose blobs the mirror holds: the snapshot lacks its largest
# files (10 SDK .zip/.rar/.pdf documents under paycenter/src/plugins/*/doc*, not needed for parsing). Names unquoted
# (some are Chinese).
present() {
  local g=$(gd $1) c=$2; shift 2
  git --git-dir=$g -c core.quotePath=false ls-tree -r $c -- "$@" | while IFS=$'\t' read -r meta p; do
    git --git-dir=$g cat-file -e ${meta##* } 2>/dev/null && printf '%s\n' "$p" || echo "skipped (absent from mirror): $p" >&2
  done
}
# paycenter: the whole plugins tree (PayBase, PayWrapper, every plugin), library/, payframe/ and serverbase/include/
R=zxp397889178+Linux; RC=1fb9985bf129951b853d3b9c4cb406180630b747
present $R $RC paycenter/src/plugins/ paycenter/src/library/ paycenter/src/payframe/ serverbase/include/ \
  | xargs -r -d '\n' $M $R $RC
# TicketsPreOrderService PaymentService: sources + vendored httplib, nlohmann, Bcrypt.cpp and libpqxx 7 headers
R=marcho4+TicketsPreOrderService; RC=1112c14fc9f502fa49e5106237023ce484662d23
$M $R $RC PaymentService/main.cpp PaymentService/src/ PaymentService/third_party/httplib.h \
  PaymentService/third_party/nlohmann/ PaymentService/third_party/Bcrypt.cpp/include/ \
  PaymentService/third_party/libpqxx/include/
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
