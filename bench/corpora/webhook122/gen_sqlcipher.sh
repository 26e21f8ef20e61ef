#!/bin/bash
# Generates the build-time headers sqlcipher's src/sqlcipher.c needs (sqlite3.h, parse.h, opcodes.h) into
# /work/corpora/webhook122/stubs/sqlcipher-gen, as main.mk does: sqlite3.h with tool/mksqlite3h.tcl (tclsh; it
# runs tool/mksourceid.c, built here with clang-19), parse.h with the project's lemon (tool/lemon.c, built with
# clang-19), opcodes.h with tool/mkopcodeh.tcl. Called by extract.sh.
set -e
P=/work/corpora/webhook122/src/sqlcipher+sqlcipher
O=/work/corpora/webhook122/stubs/sqlcipher-gen
rm -rf $O; mkdir -p $O/lemon
nice clang-19 -w -O0 -o $O/lemon/mksourceid $P/tool/mksourceid.c
(cd $O/lemon && tclsh $P/tool/mksqlite3h.tcl $P -o $O/sqlite3.h)
nice clang-19 -w -O0 -o $O/lemon/lemon $P/tool/lemon.c
cp $P/tool/lempar.c $P/src/parse.y $O/lemon/
(cd $O/lemon && ./lemon -S parse.y >/dev/null && cp parse.h $O/parse.h)
cat $O/parse.h $P/src/vdbe.c | tclsh $P/tool/mkopcodeh.tcl > $O/opcodes.h
rm -rf $O/lemon
