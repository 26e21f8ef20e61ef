#!/usr/bin/env python3
import json, os
R = '/work/corpora/webhook3'
S = R + '/src'
ST = R + '/stubs'
B181 = '/opt/boost181/usr/include'  # Debian libboost1.81-dev extracted with dpkg -x (see README)
QT = ['-I/usr/include/x86_64-linux-gnu/qt5', '-I/usr/include/x86_64-linux-gnu/qt5/QtCore',
      '-I/usr/include/x86_64-linux-gnu/qt5/QtNetwork', '-I/usr/include/x86_64-linux-gnu/qt5/QtXml', '-fPIC']
E = [
 ('Azad-Mammadov+ETS-Event-Trading-System-', 'src/webhook_server.cpp', ['-std=c++17', '-include', 'string', '-I' + ST + '/ets', '-I{r}/headers']),
 ('d3156+FreeKassaIntegration', 'src/FreeKassa.cpp', ['-std=c++20', '-stdlib=libc++', '-isystem', B181, '-I{r}/src']),
 ('d3156+FreeKassaIntegration', 'src/WebhookServer.cpp', ['-std=c++20', '-I{r}/src']),
 ('bouldev+pv4', 'modules/user_center/user_center.cpp', ['-std=c++20', '-I' + ST + '/mongo', '-I' + ST + '/pv4', '-I/usr/include/jsoncpp',
   '-I{r}', '-I{r}/src', '-I{r}/modules/user_center', '-I{r}/modules/whitelist', '-I{r}/modules/secrets', '-I{r}/modules/products']),
 ('HomericIntelligence+Agamemnon', 'src/routes.cpp', ['-std=c++20', '-I{r}/include']),
 ('HomericIntelligence+Agamemnon', 'src/auth.cpp', ['-std=c++20', '-I{r}/include']),
 ('HomericIntelligence+Agamemnon', 'src/github_webhook.cpp', ['-std=c++20', '-I{r}/include']),
 ('tebexio+Tebex-Ark', 'Tebex-Ark/TebexArk/TebexPushCommands.hpp', ['-x', 'c++', '-std=c++17', '-I{r}/Tebex-Ark/TebexArk']),
 ('ohto-ai+webhook', 'src/webhook_manager.cpp', ['-std=c++17', '-I' + ST + '/ohtoai', '-I{r}/src', '-I{r}/inc']),
 ('mechmind+lemongrab', 'src/handlers/githubwebhooks.cpp', ['-std=c++17', '-I' + ST + '/sqliteorm', '-I{r}/src']),
 ('rickymena+cpp-webhook-engine', 'src/main.cpp', ['-std=c++17', '-I{r}/include']),
 ('gautamajay52+GitHub-Webhook-Bot', 'src/main.cpp', ['-std=c++17', '-Wno-error=enum-constexpr-conversion', '-I{r}/src']),
 ('Teonord+DD2480-Group-12-CI', 'src/main.cpp', ['-std=c++17', '-I{r}/include']),
 ('Teonord+DD2480-Group-12-CI', 'src/ci.cpp', ['-std=c++17', '-I{r}/include']),
 ('albertino80+tgm-server', 'main_server.cpp', ['-std=c++17', '-DNO_SSL'] + QT + ['-I{r}']),
 ('albertino80+tgm-server', 'telegramwebhook.cpp', ['-std=c++17', '-DNO_SSL'] + QT + ['-I{r}']),
 ('albertino80+tgm-server', 'routeshandler.cpp', ['-std=c++17', '-DNO_SSL'] + QT + ['-I{r}']),
 ('feodoritiy+fti-code', 'Programming/Labs/02/C++/main.cpp', ['-std=c++17', '-I{r}/Programming/Labs/02/C++/include']),
 ('feodoritiy+fti-code', 'Programming/Labs/02/C++/include/rotes/root/root.cpp', ['-std=c++17', '-I{r}/Programming/Labs/02/C++/include']),
 ('feodoritiy+fti-code', 'Programming/Labs/02/C++/include/rotes/webhooks/webhooks.cpp', ['-std=c++17', '-I{r}/Programming/Labs/02/C++/include']),
 ('OlehSlabak+APIsArchitecture', 'Webhook/serverWebhook.cpp', ['-std=c++17', '-I' + ST + '/uws']),
 ('OlehSlabak+APIsArchitecture', 'RESTful/main.cpp', ['-std=c++17', '-I' + ST + '/crow121/include']),
 ('ivanchetvergov+weather-bot', 'weather_backend/controllers/src/TelegramController.cc', ['-std=c++20', '-I' + ST + '/drogon', '-I/usr/include/jsoncpp',
   '-I{r}/weather_backend', '-I{r}/weather_backend/controllers/include', '-I{r}/weather_backend/models']),
 ('ivanchetvergov+weather-bot', 'weather_backend/controllers/src/UserController.cc', ['-std=c++20', '-I' + ST + '/drogon', '-I/usr/include/jsoncpp',
   '-I{r}/weather_backend', '-I{r}/weather_backend/controllers/include', '-I{r}/weather_backend/models']),
]
out = []
for repo, path, flags in E:
    r = S + '/' + repo
    f = r + '/' + path
    if not os.path.exists(f): continue
    args = ['/usr/bin/clang++-19'] + [x.replace('{r}', r) for x in flags] + ['-c', f]
    out.append({'directory': os.path.dirname(f), 'file': f, 'arguments': args})
json.dump(out, open(R + '/compile_commands.json', 'w'), indent=1)
print(len(out))
