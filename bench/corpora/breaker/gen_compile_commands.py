#!/usr/bin/env python3
"""Write compile_commands.json for the breaker corpus (absolute paths)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
STUBS = os.path.join(HERE, "stubs")
CXX = "/usr/bin/clang++-19"

ENTRIES = [
    # (repo dir, file, std, include dirs relative to repo dir, extra flags)
    ("newgame3000+Architecture", "lab6/api_gateway/handler/api.cpp", "c++17", [], []),
    ("MimkaKek+hl_mai_lab_05", "api_gateway/main.cpp", "c++17", [], []),
    ("MimkaKek+hl_mai_lab_05", "web_server/lib/common.cpp", "c++17", [], []),
    ("AbhiramDodda+distributed-inference-engine-cpp", "src/gateway.cpp", "c++17", ["include"], []),
] + [
    ("cortrix+cortrix", f, "c++17", ["include"], [])
    for f in ["src/spc/llm_enricher.cpp", "src/spc/contextual_enricher.cpp", "src/spc/hype_enricher.cpp",
              "src/doc_summary/doc_summary_generator.cpp", "src/memory/contradiction_detector.cpp",
              "src/memory/memory_extractor.cpp", "src/query/llm_rerank_stage.cpp",
              "src/query/query_variant_generator.cpp"]
] + [
    ("as-family+zdb", f, "c++23", ["src/include", "gen", "gen/proto"], [])
    for f in ["src/client/Config.cpp", "src/client/KVStoreClient.cpp"]
]

out = []
for repo, f, std, incs, extra in ENTRIES:
    d = os.path.join(SRC, repo)
    args = [CXX, f"-std={std}"] + [f"-I{os.path.join(d, i)}" for i in incs]
    if os.path.isdir(STUBS):
        args.append(f"-isystem{STUBS}")
    args += extra + ["-c", os.path.join(d, f)]
    out.append({"directory": d, "file": os.path.join(d, f), "arguments": args})
json.dump(out, open(os.path.join(HERE, "compile_commands.json"), "w"), indent=1)
print(f"wrote {len(out)} entries")
