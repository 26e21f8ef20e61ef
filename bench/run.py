#!/usr/bin/env python3
"""Faultline speed benchmark (not a test): scan cost against plain parsing.

usage: bench/run.py -p BUILD_DIR [--faultline PATH] [--clang clang-19] [--repeat N]

Measures, on every TU of BUILD_DIR/compile_commands.json:
  parse   clang -fsyntax-only with each TU's own flags, one at a time
  scan1   faultline scan -j 1 (with and without --no-prefilter)
  scan2   faultline scan -j 2
and prints wall-clock seconds (best of --repeat), the ratios scan1/parse and
scan1/scan2, and the scanner's peak resident memory. Results go into
docs/performance.md by hand, with the machine they were taken on.
"""
import argparse, json, os, resource, shlex, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("-p", required=True)
ap.add_argument("--faultline", default=os.path.join(os.path.dirname(__file__), "..", "build", "tools", "faultline", "faultline"))
ap.add_argument("--clang", default="clang-19")
ap.add_argument("--repeat", type=int, default=1)
a = ap.parse_args()

db = json.load(open(os.path.join(a.p, "compile_commands.json")))

def parse_all():
    for e in db:
        args = e.get("arguments") or shlex.split(e["command"])
        args = [x for x in args[1:] if x not in ("-c",)]
        out = []
        skip = False
        for x in args:
            if skip:
                skip = False
                continue
            if x == "-o":
                skip = True
                continue
            out.append(x)
        cc = a.clang.replace("clang", "clang++") if e["file"].endswith((".cc", ".cpp", ".cxx")) else a.clang
        subprocess.run([cc, "-fsyntax-only", "-w"] + out, cwd=e["directory"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def scan(jobs, *extra):
    subprocess.run([a.faultline, "scan", "-p", a.p, "-j", str(jobs), "-q", "--fail-on", "never", *extra],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def best(fn, *args):
    times = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t)
    return min(times)

parse = best(parse_all)
scan1_all = best(scan, 1, "--no-prefilter")
scan1 = best(scan, 1)
rss_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
scan2 = best(scan, 2)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"TUs            {len(db)}")
print(f"parse (-j1)    {parse:8.2f} s")
print(f"scan  -j 1 --no-prefilter {scan1_all:8.2f} s   ratio to parse {scan1_all/parse:5.2f}x (target <= 1.15x)")
print(f"scan  -j 1     {scan1:8.2f} s   ratio to parse {scan1/parse:5.2f}x (with the include pre-filter)")
print(f"scan  -j 2     {scan2:8.2f} s   speed-up over -j 1 {scan1/scan2:5.2f}x (target ~2x)")
print(f"peak RSS (max of any child) {max(rss, rss_before)/1024:.0f} MiB")
