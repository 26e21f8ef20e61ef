#!/usr/bin/env python3
"""Plugin/scanner parity: both front ends must report the same findings
(file:line:col: level: message [check]) for the same inputs."""
import json, re, subprocess, sys

tidy, plugin, faultline, build = sys.argv[1:5]
db = json.load(open(f"{build}/compile_commands.json"))
pat = re.compile(r"^([^:]+):(\d+):(\d+): (warning|remark): (.*) \[(integration-[a-z-]+)\]$")
tidy_out = set()
for entry in db:
    path = f"{entry['directory']}/{entry['file']}"
    out = subprocess.run([tidy, f"--load={plugin}", "-checks=-*,integration-*", "--quiet",
                          "-p", build, path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = pat.match(line)
        if m:
            file = m[1] if m[1].startswith("/") else f"{entry['directory']}/{m[1]}"
            tidy_out.add(f"{file}:{m[2]}:{m[3]}: {m[5]} [{m[6]}]")
scan = subprocess.run([faultline, "scan", "-p", build, "--root", "/", "--fail-on", "never"],
                      capture_output=True, text=True).stdout
scan_pat = re.compile(r"^([^:]+):(\d+):(\d+): (warning|note|error): (.*) \[(integration-[a-z-]+)\]$")
scan_out = set()
for line in scan.splitlines():
    m = scan_pat.match(line)
    if m:
        scan_out.add(f"/{m[1]}:{m[2]}:{m[3]}: {m[5]} [{m[6]}]")
for x in sorted(tidy_out - scan_out):
    print("ONLY-PLUGIN", x)
for x in sorted(scan_out - tidy_out):
    print("ONLY-SCANNER", x)
for x in sorted(tidy_out & scan_out):
    print("BOTH", x)
sys.exit(0 if tidy_out == scan_out and tidy_out else 1)
