#!/usr/bin/env python3
"""Writes compile_commands.json for the labelled files (absolute paths)."""
import json, os
C = "/work/corpora/webhook"
S = C + "/src"
QT = "/usr/include/x86_64-linux-gnu/qt5"
E = [
  ("bain3+navis", "main.cpp", "c++17", ["."], []),
  ("Luma-exe+luma-tools", "src/routes_account.cpp", "c++17", ["src/headers"], []),
  ("brainboxdotcc+DPP", "src/dpp/discord_webhook_server.cpp", "c++17", ["include"], ["-DDPP_BUILD"]),
  ("reo7sp+tgbot-cpp", "include/tgbot/TgWebhookServer.h", "c++17", ["include"], ["-x", "c++"]),
  ("horapusa-lk+telegram-bot-cpp", "src/webhook.cpp", "c++17", ["include"], ["-I" + S + "/Azad-Mammadov+ETS-Event-Trading-System-/headers"]),
  ("quasimax+bot_trader", "webhook_server.cpp", "c++17", ["."], []),
  ("itsmomo16+StockTradingBot", "webhook.cpp", "c++17", ["."], ["-I" + C + "/stubs/crow_all", "-I" + S + "/CrowCpp+Crow/include"]),
  ("newgame3000+Architecture", "lab6/user_service/handler/user.cpp", "c++17", ["lab6/user_service/handler"], []),
  ("cortrix+cortrix", "src/auth/jwt_utils.cpp", "c++20", ["include"], []),
  ("corpetty+logos-workflow-scheduler", "src/webhook_listener.cpp", "c++17", ["src"],
     ["-fPIC", "-I" + QT, "-I" + QT + "/QtCore", "-I" + QT + "/QtNetwork"]),
]
out = []
for key, path, std, incs, extra in E:
    d = f"{S}/{key}"
    args = ["/usr/bin/clang++-19", f"-std={std}"] + extra + [f"-I{d}/{i}" for i in incs] + ["-c", f"{d}/{path}"]
    out.append({"directory": d, "file": f"{d}/{path}", "arguments": args})
json.dump(out, open(C + "/compile_commands.json", "w"), indent=1)
print(len(out))
