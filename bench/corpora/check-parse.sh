#!/bin/bash
# Parses every entry of a corpus's compile_commands.json, one at a time (niced: the
# machine is shared). usage: check-parse.sh CORPUS
python3 - "$1" <<'PY'
import json,subprocess,sys
cc=json.load(open('/work/corpora/'+sys.argv[1]+'/compile_commands.json'))
bad=0
for e in cc:
    args=[a for a in e['arguments'] if a!='-c']
    args=['nice',args[0],'-fsyntax-only','-w']+args[1:]
    r=subprocess.run(args,cwd=e['directory'],capture_output=True,text=True)
    print(('OK  ' if r.returncode==0 else 'FAIL'), e['file'])
    if r.returncode: bad+=1; print(r.stderr[:3000])
sys.exit(bad)
PY
