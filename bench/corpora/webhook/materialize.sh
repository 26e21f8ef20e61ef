#!/bin/bash
# Re-creates /work/corpora/webhook/src from the bare git mirrors under /work/.mirror
# (brought by the `fetch` tool) at pinned commits.  One repository
# (corpetty/logos-workflow-scheduler) had no fetchable snapshot; its two files were
# taken verbatim from the stored code index (read_file, commit 9403c59c...) and are
# kept under index_snapshots/, from where they are copied.
set -euo pipefail
C=/work/corpora/webhook
M=/work/.mirror
rm -rf "$C/src"; mkdir -p "$C/src"

# get OWNER+NAME COMMIT PATH...   (files or directories, copied with their repo-relative path)
get() {
  local key=$1 commit=$2; shift 2
  local gd="$M/$key/repo" out="$C/src/$key"
  mkdir -p "$out"
  for p in "$@"; do
    git --git-dir="$gd" archive --format=tar "$commit" -- "$p" | tar -x -C "$out"
  done
}

get bain3+navis b769862fa7018b395bbc365c82f304d23e8f816b main.cpp executor.h utils.h libs
get Luma-exe+luma-tools 113bbc2ec8ae27995e8c56cca26dcbc48ee08527 src/routes_account.cpp src/headers
get brainboxdotcc+DPP e5eeb4645d79b4992c58cbdbd2d85a6a51e7ecc3 src/dpp/discord_webhook_server.cpp include
get reo7sp+tgbot-cpp d69f58a9c300383da7ad3f78c8a158cf8056ddb8 include
# cpp-httplib 0.20.0 as vendored in Azad-Mammadov/ETS-Event-Trading-System- (headers/httplib.h); used only as the
# httplib for horapusa-lk/telegram-bot-cpp, which needs Server::wait_until_ready (Debian 12 ships 0.11). Not labelled.
get Azad-Mammadov+ETS-Event-Trading-System- 80d74edef7443c7d0ecd97f1ecd70aac7bc31c8d headers/httplib.h
get horapusa-lk+telegram-bot-cpp c3ee66c5abb234a61f25822bf3e2df4ff0021874 src/webhook.cpp include
get quasimax+bot_trader 6c2d394a1135941b47bf84cf3b63067befd2d3a8 webhook_server.cpp webhook_server.h logger.h
get itsmomo16+StockTradingBot 851cdb8de36f6b8694896ef37511c80e5828209d webhook.cpp
get newgame3000+Architecture 6d507020c72e2c821c4ece76ba5c7343ee2a3d1b lab6/user_service/handler lab6/user_service/database
get cortrix+cortrix 78cf86267c655fde7e39b8f5414b2dcc1e440727 src/auth/jwt_utils.cpp include/cortrix
# Crow (header-only framework, dependency of StockTradingBot's "crow_all.h"; not labelled)
get CrowCpp+Crow 2366edbadb568f9cc3d0ba035a6c1d6e55382adf include

# corpetty/logos-workflow-scheduler @ 9403c59c76b7bfff73451c6dccee4479e5ffeeba (from the code index)
mkdir -p "$C/src/corpetty+logos-workflow-scheduler"
cp -r "$C/index_snapshots/corpetty+logos-workflow-scheduler/." "$C/src/corpetty+logos-workflow-scheduler/"
echo done
