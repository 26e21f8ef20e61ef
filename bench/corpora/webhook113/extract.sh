#!/bin/bash
# Re-creates /work/corpora/webhook113/src from the fetched mirrors (fetch github:<owner>/<name> first), copies the
# hand-written headers from ./stubs to /work/corpora/webhook113/stubs, then writes compile_commands.json,
# labels.jsonl and empty.sarif.
# Needs from Debian 12: libssl-dev, libjansson-dev, libgnutls28-dev, libmicrohttpd-dev, libldap-dev, libcurl4-openssl-dev,
# libpcre2-dev, apache2-dev (installed for this corpus), nginx-dev (installed for this corpus).
set -e
cd "$(dirname "$0")"
M=./mat.sh
C=/work/corpora/webhook113
rm -rf $C/src $C/stubs
mkdir -p $C
cp -r stubs $C/stubs
R=OpenPrinting+libcups; RC=a932cb9c8fe3f44a2703353d1d2435b70262719c
$M $R $RC cups/
R=OpenIDC+mod_auth_openidc; RC=1deff3d91057dd3f3cb1db7d0d1773c2764e795c
$M $R $RC src/
R=cisco+cjose; RC=db7d26ef2bd02572128c7cdaa4066f39af2b42da
$M $R $RC include/cjose/ src/
R=LINBIT+csync2; RC=83b36449abb4c2903ef3b40b46018240633989e0
$M $R $RC csync2.h groups.c conn.c db_api.h
R=zbackup+zbackup; RC=3e4977c5e59884cb092159c660b22ebeeaca2632
$M $R $RC encryption_key.cc encryption_key.hh ex.hh check.hh random.hh chunk_id.cc chunk_id.hh rolling_hash.hh \
  endian.hh
R=curityio+nginx_oauth_proxy_module; RC=50e26aeb4b226782ff805cab5f233685e4a68c6e
$M $R $RC src/
R=kvspb+nginx-auth-ldap; RC=241200eac8e4acae74d353291bd27f79e5ca3dc4
$M $R $RC ngx_http_auth_ldap_module.c
R=openNDS+openNDS; RC=b9fbb8d1e8b0619070d1cf0cbfdfcb5fcd2432a7
$M $R $RC src/
R=paolostivanin+libcotp; RC=29220a9707355f67bd7c44b5a8c964765ee29394
$M $R $RC src/
R=pokowaka+jwt-cpp; RC=3ce24c1fcf58a2044c1d041922ac6712b1f5ee0d
$M $R $RC src/include/ src/validators/ src/base64/
R=CERN-CERT+pam_2fa; RC=e0578c9662bae32af0681cf7ab3bb38b0e1b36f3
$M $R $RC pam_2fa.c pam_2fa.h log.h user.c module_conf.c ssh_user_auth.h curl.h
echo '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"empty"}},"results":[]}]}' > $C/empty.sarif
python3 gen_cc.py
python3 gen_labels.py
