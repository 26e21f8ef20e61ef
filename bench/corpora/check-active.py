#!/usr/bin/env python3
"""check-active.py CORPUS: checks that every labelled line survives the preprocessor under the recorded flags: runs `clang -E` (one
entry at a time, niced) for each labelled file and looks for the line in the line markers of the output."""
import json
import os
import re
import subprocess
import sys
R = "/work/corpora/" + sys.argv[1]
cc = {e['file']: e for e in json.load(open(R + '/compile_commands.json'))}
labels = [json.loads(l) for l in open(R + '/labels.jsonl')]
want = {}
for l in labels:
    f = '%s/src/%s/%s' % (R, l['repo'].replace('/', '+'), l['path'])
    want.setdefault(f, set()).add(l['line'])
bad = 0
for f, lines in sorted(want.items()):
    e = cc[f]
    args = ['nice'] + [a for a in e['arguments'] if a != '-c'] + ['-E', '-w']
    out = subprocess.run(args, cwd=e['directory'], capture_output=True, text=True, errors='replace').stdout
    seen, cur, ln = set(), None, 0
    for s in out.split('\n'):
        m = re.match(r'# (\d+) "(.*)"', s)
        if m:
            ln, cur = int(m.group(1)), os.path.normpath(os.path.join(e['directory'], m.group(2)))
            continue
        if cur == f and s.strip():
            seen.add(ln)
        ln += 1
    miss = sorted(x for x in lines if x not in seen)
    print(('OK  ' if not miss else 'MISS'), f, miss or '')
    bad += bool(miss)
sys.exit(bad)
