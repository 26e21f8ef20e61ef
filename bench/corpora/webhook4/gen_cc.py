#!/usr/bin/env python3
import json, os, subprocess
R = '/work/corpora/webhook4'
S = R + '/stubs'
ST = S
def pc(*pkgs):
    return subprocess.run(['pkg-config', '--cflags'] + list(pkgs), capture_output=True, text=True).stdout.split()
CXX = '/usr/bin/clang++-19'
KEBER = ['-std=c++20', '-I{r}', '-I' + ST + '/pqxx7', '-I' + ST + '/jeddatetime', '-I' + ST + '/httplib_new']
GITLABHOOK = ['-std=c++20', '-stdlib=libc++', '-include', 'unistd.h', '-D_LIBCPP_ENABLE_CXX17_REMOVED_UNARY_BINARY_FUNCTION',
              '-DEXECUTABLE="gitlab-hook"', '-DVERSION="1.0.0"', '-DDEFAULT_CONFIG_FILE="/etc/gitlab-hook/config.ini"', '-I{r}/src']
E = [
 ('kologermit+cpp-keber', 'bot/HTTPHandler/Webhook/WebhookHandler.cpp', KEBER),
 ('kologermit+cpp-keber', 'bot/HTTPHandler/init.cpp', KEBER),
 ('kologermit+cpp-keber', 'bot/HTTPHandler/Health/GETHealthHandler.cpp', KEBER),
 ('kologermit+cpp-keber', 'bot/HTTPHandler/Message/POSTMessageHandler.cpp', KEBER),
 ('kologermit+cpp-keber', 'bot/HTTPHandler/User/GETUserHandler.cpp', KEBER),
 ('kologermit+cpp-keber', 'utils/TGBotApi/Bot/Bot.cpp', KEBER),
 ('kologermit+cpp-keber', 'utils/HTTPServer/Server/Server.hpp', ['-x', 'c++'] + KEBER),
 ('JustNOTRO+Plumber', 'src/server/Server.cpp', ['-std=c++23', '-stdlib=libc++', '-I' + ST + '/httplib_new']),
 ('SystemGlitch101+gh_organization_activity_monitor', 'src/main.cpp', ['-std=c++2a', '-DCROW_USE_BOOST', '-I{r}/include']),
 ('graydnsapconet+tgbot', 'src/webhook.c', ['-x', 'c', '-std=c11', '-D_POSIX_C_SOURCE=200809L', '-D_DEFAULT_SOURCE', '-I{r}/src', '-I{r}/lib']),
 ('rlapz+kvrt_bot', 'src/main.c', ['-x', 'c', '-std=c11', '-D_GNU_SOURCE', '-I/usr/include/json-c', '-I{r}/src']),
 ('sardemff7+git-eventc', 'src/webhook.c', ['-x', 'c', '-std=gnu11', '-I' + ST + '/giteventc', '-I{r}/src']
     + pc('libsoup-3.0', 'json-glib-1.0', 'glib-2.0', 'gobject-2.0')),
 ('DmitriySud+userver-nix-tgbot', 'src/webhook_handler.cpp', ['-std=c++20', '-I' + ST + '/userver', '-I{r}/src']),
 ('DmitriySud+userver-nix-tgbot', 'src/webhook_handler.hpp', ['-x', 'c++', '-std=c++20', '-I' + ST + '/userver', '-I{r}/src']),
 ('nixblik+gitlab-hook', 'src/hook.cpp', GITLABHOOK),
 ('nixblik+gitlab-hook', 'src/main.cpp', GITLABHOOK),
 ('Izaron+octoshell-bot', 'src/src/handlers.cpp', ['-std=c++17', '-I' + ST + '/octoshell', '-I' + ST + '/mongo', '-I{r}/src/src']),
 ('JayaWikrama+TesserGram', 'src/telegram/webhook-server.cpp', ['-std=c++17', '-I{r}/include', '-I{r}/external/mongoose/include', '-I' + ST + '/tessergram']),
 ('Naxaes+CI-server', 'source/main.cpp', ['-std=c++17', '-I{r}/include']),
 ('YuS1aN+DnsWatcherService', 'WebhookHttpService.cpp', ['-std=c++17', '-I' + ST + '/win32', '-I{r}']),
]
out = []
for repo, path, flags in E:
    r = S.replace('/stubs', '/src') + '/' + repo
    f = r + '/' + path
    if not os.path.exists(f): continue
    args = [CXX] + [x.replace('{r}', r) for x in flags] + ['-c', f]
    out.append({'directory': os.path.dirname(f), 'file': f, 'arguments': args})
json.dump(out, open(R + '/compile_commands.json', 'w'), indent=1)
print(len(out))
