#!/bin/bash
# Re-creates /work/corpora/webhook118/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook118/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12 (all already installed): nginx-dev (nginx module headers under /usr/share/nginx/src),
# apache2-dev + libapr1-dev + libaprutil1-dev (Apache modules), libssl-dev, libmhash-dev, libmicrohttpd-dev,
# libjansson-dev, liborcania-dev, libyder-dev.
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook118
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=replay+ngx_http_secure_download; RC=f379a1acf2a76f63431a12fa483d9e22e718400b
$M $R $RC ngx_http_secure_download_module.c
R=kaltura+nginx-akamai-token-validate-module; RC=818d94a712e6bbd32d9d086d2c96ccd98f79e438
$M $R $RC ngx_http_akamai_token_validate_module.c
R=archiecobbs+mod-authn-otp; RC=e5f3444e867a6bcaee898cde12c02f1e5e8b05aa
$M $R $RC mod_authn_otp.c otpdefs.h errinc.h
R=manuelkasper+mod_auth_pubtkt; RC=ad00de3bd9054c6124cf8d2a0210e3fbcf80765b
$M $R $RC src/
R=FreeRADIUS+mod_auth_radius; RC=f4da3968d05ee83028e2bd6e47b96a5c5cd7219f
$M $R $RC mod_auth_radius.c
R=phokz+pwauth; RC=13b3b23d840fd4d8cdc5f89a4fc98134b2736c69
$M $R $RC pwauth/
R=embedthis+appweb; RC=736ac8cba5798f4382254141f9bb91f10ff94ee2
$M $R $RC projects/appweb-linux-default-me.h src/http/httpLib.c src/http/http.h src/mpr/mprLib.c src/mpr/mpr.h \
  src/osdep/osdep.h src/esp/espLib.c src/esp/esp.h src/pcre/pcre.h
R=etr+libhttpserver; RC=02bf41c5147790694e78f41b7248c810a8f46ad5
$M $R $RC src/ examples/basic_authentication.cpp examples/centralized_authentication.cpp examples/per_route_auth.cpp
R=babelouest+ulfius; RC=efaf28af8ae8effff28ed9a2d8f65ed95b99624e
$M $R $RC include/ src/u_websocket.c src/ulfius.c example_programs/auth_example/auth_server.c \
  example_programs/multiple_callbacks_example/multiple_callbacks_example.c \
  example_programs/websocket_example/websocket_server.c example_programs/include/u_example.h \
  example_callbacks/static_compressed_inmemory_website/static_compressed_inmemory_website_callback.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
