#!/usr/bin/env python3
"""Write /work/corpora/breaker2/compile_commands.json (absolute paths)."""
import json, os
OUT = os.environ.get("OUT", "/work/corpora/breaker2")
SRC = os.path.join(OUT, "src")
STUBS = os.path.join(OUT, "stubs")
CXX = "/usr/bin/clang++-19"

ENTRIES = [
    # (repo dir, file, std, include dirs relative to repo dir)
    ("Nshtk+Software-Architecture",
     "CourseWork/Code/Gateway/src/Server/Requests/Handlers/gateway_handler.cpp", "c++17", []),
    ("Spiridonov-KA+System_Architecture", "lab6/api_gateway/handlers/request_handler.cpp", "c++20", []),
    ("protaxY+SystemsArchitecture",
     "lab6/api_gateway/api_gateway_request_handler/api_gateway_handler.cpp", "c++17", []),
    ("FastSnake0+archProject", "gateway/main.cpp", "c++17", []),
    ("MayankK806926+TravelPlanner", "src/api_handler.cpp", "c++17", ["include"]),
    ("MayankK806926+TravelPlanner", "src/flight_provider.cpp", "c++17", ["include"]),
    ("happiness-cheng+event_stream_engine", "src/lambda_router.cpp", "c++17", ["include", "gen"]),
    ("happiness-cheng+event_stream_engine", "src/quality_pipeline.cpp", "c++17", ["include", "gen"]),
]

out = []
for repo, f, std, incs in ENTRIES:
    d = os.path.join(SRC, repo)
    args = [CXX, f"-std={std}"] + [f"-I{os.path.join(d, i)}" for i in incs]
    args.append(f"-isystem{STUBS}")
    args += ["-c", os.path.join(d, f)]
    out.append({"directory": os.path.dirname(os.path.join(d, f)), "file": os.path.join(d, f), "arguments": args})
json.dump(out, open(os.path.join(OUT, "compile_commands.json"), "w"), indent=1)
print(f"wrote {len(out)} entries")
