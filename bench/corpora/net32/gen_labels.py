#!/usr/bin/env python3
"""Hand labels of corpus net32 (tryout format). Every line number was read in the extracted file;
line_sha1 is computed here and the labelled line must contain the api's callee token."""
import hashlib
import json
import os

ROOT = '/work/corpora/net32/src'
OUT = ['/work/main/bench/corpora/net32/labels.jsonl', '/work/corpora/net32/labels.jsonl']
PREFIX = 'n32'
C = {
    'aaron0x/stock-watcher': '6cf630d34a7804fa1f273135490bfa806434ee42',
    'ssszcmawo/netcrawler': '59b3494955d7e2036e45aa12fc766f6621c18f88',
    'mikeulicny/quant': '1836fb6ebcdbe4f99bfa8c55a7e9f8a555593063',
    'OAID/TengineGst': '83470dc7473cb049b9fdd43476109c85b1c6813d',
    'Cloudox/HiredisHelper': 'cf2fd328bc79cc08446b5ec2f6558e8d5a6e09e7',
    'shawn246/redis_client': '925a54f555f63c62764bc83351f183e0c81f2aca',
    'jeremyko/RedisHelper': '573646053d3aa98aa170ef177b7857ad88fea158',
    'kitinfo/garfield-shell': '1998a1602870878e0206914aa5104d1d154433d1',
    'TeaInside/tea-inside-bot-s6.1': 'fab06dd2b2c30873c80248e1bb923cd6a154e9cb',
    'SteveFosdick/CurrentCost': '32b10bb4bd1d44bcda6062d962cef9a3438e1fa5',
    'kanokkorn/pdresearch': 'b0dcf777ee63ed49776774cd68691aa83efbac08',
    'TOMO-CAT/CppUtil': 'cff20bb9ab4a885e9b49be2876b83037352d8625',
}
CURL_DEF = 'none for the transfer (CURLOPT_TIMEOUT 0 = forever); 300s connect (CURLOPT_CONNECTTIMEOUT default)'
REDIS_DEF = ('none (hiredis 0.14: blocking socket without SO_RCVTIMEO/SO_SNDTIMEO unless redisSetTimeout; '
             'redisConnectWithTimeout bounds only the connect)')
PQ_DEF = ('none (no connect_timeout in the conninfo nor PGCONNECT_TIMEOUT: the connect waits for the OS; '
          'libpq has no client-side query timeout)')
DEF = {'libcurl': CURL_DEF, 'hiredis': REDIS_DEF, 'libpq': PQ_DEF}
recs = []


def base(repo, path, line, api, library, family, tok=None):
    f = os.path.join(ROOT, repo.replace('/', '+'), path)
    text = open(f, 'rb').read().split(b'\n')[line - 1].rstrip(b'\r').decode()
    tok = tok or api.split('(')[0].split(' ')[0].split('->')[-1].split('::')[-1]
    assert tok in text, (repo, path, line, tok, text)
    return {'id': None, 'repo': repo, 'commit': C[repo], 'path': path, 'line': line,
            'column': text.index(tok) + 1, 'library': library, 'api': api, 'family': family,
            'line_sha1': hashlib.sha1(text.encode()).hexdigest()}


def to(repo, path, line, api, library, timeout, evidence, note, scope=None, tok=None):
    r = base(repo, path, line, api, library, 'timeout', tok)
    r.update({'timeout': timeout, 'library_default_timeout': DEF[library.split(' ')[0]],
              'timeout_evidence': evidence})
    if scope:
        r['timeout_scope'] = scope
    r['note'] = note
    recs.append(r)


def tls(repo, path, line, api, library, verification, condition, what, note, tok='curl_easy_setopt'):
    r = base(repo, path, line, api, library, 'tls', tok)
    r.update({'verification': verification, 'condition': condition, 'what': what, 'direction': 'client',
              'note': note})
    recs.append(r)


def rt(repo, path, line, api, library, nonidem, backoff, bounded, kind, guard, mech, note, tok=None):
    r = base(repo, path, line, api, library, 'retry', tok)
    r.update({'non_idempotent_retry': nonidem, 'backoff': backoff, 'bounded': bounded, 'backoff_kind': kind,
              'idempotency_guard': guard, 'retry_mechanism': mech, 'note': note})
    recs.append(r)


# ---------------------------------------------------------------- aaron0x/stock-watcher (libcurl wrapper class)
R = 'aaron0x/stock-watcher'
to(R, 'Curl.cpp', 30, 'curl_easy_perform in Curl::perform', 'libcurl', 'missing', 'none',
   'Curl wraps a CURL* created in its constructor with no options; every option comes from the callers '
   '(PriceWatcher::setCurlOption: FOLLOWLOCATION/URL/WRITEFUNCTION/WRITEDATA/FAILONERROR; SMTP::send: mail options). '
   'No CURLOPT_TIMEOUT/CONNECTTIMEOUT/LOW_SPEED_* anywhere in the project.')
rt(R, 'PriceWatcher.cpp', 54, 'Curl::perform (curl_easy_perform) in PriceWatcher::checkPrice retry loop', 'libcurl',
   'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'loop',
   'for (i < RETRY_TIME=100): a fresh Curl GETs the stock-quote URL; on an exception it sleeps SLEEP_SECOND=3 s and '
   'tries again. Idempotent GET, at most 100 attempts, fixed 3 s wait. (The rethrow test i == RETRY_TIME is never '
   'true, so after 100 failures it returns silently.)', tok='perform')

# ---------------------------------------------------------------- ssszcmawo/netcrawler (class owning a CURL*)
R = 'ssszcmawo/netcrawler'
tls(R, 'src/HttpsClient.cpp', 28, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER 1L / CURLOPT_SSL_VERIFYHOST 2L)', 'libcurl',
    'enabled', 'never', 'both',
    'Constructor sets VERIFYPEER 1L here and VERIFYHOST 2L on the next line (one label: 1 line apart).')
to(R, 'src/HttpsClient.cpp', 74, 'curl_easy_perform in HttpsClient::get_request', 'libcurl', 'present', 'same_TU',
   'The member handle gets CURLOPT_TIMEOUT timeout_seconds (10) and CURLOPT_CONNECTTIMEOUT 5 in the constructor '
   '(lines 22-23); get_request only sets URL/write callback.')
rt(R, 'src/HttpsClient.cpp', 74, 'curl_easy_perform in HttpsClient::get_request retry loop', 'libcurl',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'loop',
   'while (attempt < max_retries=3): a transport error or HTTP 429/500/502/503/504 increments attempt and `continue`s '
   'straight into the next curl_easy_perform with no sleep (429 included). GET, bounded at 3 attempts.')

# ---------------------------------------------------------------- mikeulicny/quant (wrapper class + libpq wrapper)
R = 'mikeulicny/quant'
to(R, 'src/curl_connection.cpp', 52, 'curl_easy_perform in tdma::curl_connection::perform', 'libcurl', 'missing',
   'none', 'perform() sets CURLU/NOPROGRESS/HTTPHEADER/WRITEFUNCTION/WRITEDATA only; reset() calls curl_easy_reset; '
   'the derived account/auth/quote/price_history classes set no timeout through setopt either (no TIMEOUT option in '
   'the repository).')
to(R, 'src/database_conn.cpp', 6, 'PQconnectdb in tdma::database_conn::database_conn', 'libpq', 'missing', 'none',
   'conninfo is the caller\'s string; nothing in the repository constructs a database_conn or adds connect_timeout.')
to(R, 'src/database_conn.cpp', 18, 'PQexec in tdma::database_conn::exec', 'libpq', 'missing', 'none',
   'Plain PQexec on the member connection; no statement_timeout or other bound.')

# ---------------------------------------------------------------- OAID/TengineGst (CHttpClient singleton)
R = 'OAID/TengineGst'
P = 'utils/http_client/http_client.cpp'
to(R, P, 105, 'curl_easy_perform in CHttpClient::Post', 'libcurl', 'present', 'same_function',
   'CURLOPT_CONNECTTIMEOUT 5 and CURLOPT_TIMEOUT 5 on lines 103-104.')
to(R, P, 141, 'curl_easy_perform in CHttpClient::Get', 'libcurl', 'present', 'same_function',
   'CURLOPT_CONNECTTIMEOUT 10 and CURLOPT_TIMEOUT 10 on lines 139-140.')
tls(R, P, 175, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in CHttpClient::Posts', 'libcurl',
    'disabled', 'always', 'both',
    'When pCaPath is NULL - the default argument in http_client.h, and no caller in the repository passes one - '
    'VERIFYPEER false here and VERIFYHOST false on the next line (one label).')
tls(R, P, 182, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, true) in CHttpClient::Posts', 'libcurl', 'enabled', 'never',
    'peer', 'Else branch: a CA file is given, VERIFYPEER true with CURLOPT_CAINFO.')
to(R, P, 187, 'curl_easy_perform in CHttpClient::Posts', 'libcurl', 'present', 'same_function',
   'CURLOPT_CONNECTTIMEOUT 10 and CURLOPT_TIMEOUT 10 on lines 185-186.')
tls(R, P, 219, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in CHttpClient::Gets', 'libcurl',
    'disabled', 'always', 'both',
    'Same as Posts: pCaPath defaults to NULL, so verification is off unless a caller passes a CA file.')
tls(R, P, 224, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, true) in CHttpClient::Gets', 'libcurl', 'enabled', 'never',
    'peer', 'Else branch with CURLOPT_CAINFO.')
to(R, P, 229, 'curl_easy_perform in CHttpClient::Gets', 'libcurl', 'present', 'same_function',
   'CURLOPT_CONNECTTIMEOUT 10 and CURLOPT_TIMEOUT 10 on lines 227-228.')

# ---------------------------------------------------------------- TOMO-CAT/CppUtil (http_client free functions)
R = 'TOMO-CAT/CppUtil'
P = 'http/http_client/http_client.cc'
tls(R, P, 57, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in http_client::Post', 'libcurl',
    'disabled', 'always', 'both',
    'ca_path defaults to nullptr in http_client.h (the example passes none): VERIFYPEER false here, VERIFYHOST false '
    'on the next line (one label).')
tls(R, P, 62, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, true) in http_client::Post', 'libcurl', 'enabled', 'never',
    'peer', 'Else branch: VERIFYPEER true with CURLOPT_CAINFO ca_path.')
to(R, P, 70, 'curl_easy_perform in http_client::Post', 'libcurl', 'present', 'same_function',
   'CURLOPT_TIMEOUT_MS timeout_ms and CURLOPT_CONNECTTIMEOUT_MS conn_timeout_ms (required parameters of the API, '
   'NOSIGNAL set) on lines 68-69.')
tls(R, P, 94, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in http_client::Get', 'libcurl',
    'disabled', 'always', 'both', 'Same default-NULL ca_path branch as Post.')
tls(R, P, 97, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, true) in http_client::Get', 'libcurl', 'enabled', 'never',
    'peer', 'Else branch with CURLOPT_CAINFO.')
to(R, P, 105, 'curl_easy_perform in http_client::Get', 'libcurl', 'present', 'same_function',
   'CURLOPT_TIMEOUT_MS / CURLOPT_CONNECTTIMEOUT_MS from the caller\'s parameters on lines 103-104 (example: 400/200 ms).')

# ---------------------------------------------------------------- Cloudox/HiredisHelper
R = 'Cloudox/HiredisHelper'
P = 'HiredisHelper.cpp'
to(R, P, 20, 'redisConnectWithTimeout in HiredisHelper::Connect', 'hiredis', 'present', 'same_function',
   'tv from m_timeout (Init default 200 ms) bounds the connect.', scope='connect')
to(R, P, 40, 'redisCommand (AUTH) in HiredisHelper::Connect', 'hiredis', 'present', 'same_function',
   'redisSetTimeout(m_ctx, tv) on line 31 sets send/receive timeouts on the socket before AUTH.')
to(R, P, 84, 'redisCommand in HiredisHelper::ExecuteCmd(const string&)', 'hiredis', 'present', 'same_TU',
   'm_ctx only comes from Connect(), which calls redisSetTimeout (line 31).')
to(R, P, 96, 'redisCommand (re-issued after reconnect) in HiredisHelper::ExecuteCmd', 'hiredis', 'present', 'same_TU',
   'Fresh context from Connect() with redisSetTimeout.')
rt(R, P, 96, 'redisCommand re-issued after Connect() in HiredisHelper::ExecuteCmd', 'hiredis', 'yes', 'no', 'yes',
   'none', 'none', 'reconnect_and_resend',
   'When redisCommand returns NULL with err 3 (REDIS_ERR_EOF, connection closed) the helper reconnects at once and '
   're-sends the same arbitrary command string once. Commands are the caller\'s (SET/LPUSH/INCR...): a write that '
   'reached the server before the close is applied twice. One retry, no wait.')
to(R, P, 153, 'redisCommand in HiredisHelper::ExecuteCmd(const char*, ...)', 'hiredis', 'present', 'same_TU',
   'Context from Connect() with redisSetTimeout.')

# ---------------------------------------------------------------- shawn246/redis_client (pooled client)
R = 'shawn246/redis_client'
P = 'src/RedisClient.cpp'
to(R, P, 586, 'redisCommandArgv in CRedisCommand::CmdRequest', 'hiredis', 'present', 'same_TU',
   'Contexts are created only by CRedisConnection::ConnectToRedis, which calls redisSetTimeout(m_pContext, '
   '{nTimeout,0}) (line 687); nTimeout is the CRedisServer/Initialize timeout (README example: 2 s).')
to(R, P, 610, 'redisGetReply in CRedisCommand::CmdReply', 'hiredis', 'present', 'same_TU',
   'Pipeline replies on the same pooled contexts (redisSetTimeout in ConnectToRedis).')
rt(R, P, 645, 'CRedisCommand::CmdRequest (redisCommandArgv) re-issued after Reconnect in CRedisConnection::ConnRequest',
   'hiredis', 'yes', 'no', 'yes', 'none', 'none', 'reconnect_and_resend',
   'If the request fails and the connection was idle longer than the server timeout, Reconnect() and send the same '
   'command again at once. All commands (INCR, LPUSH, HINCRBY...) go through here, so a non-idempotent command that '
   'reached the server can be applied twice. One retry, no wait.', tok='CmdRequest')
to(R, P, 676, 'redisConnectWithTimeout in CRedisConnection::ConnectToRedis', 'hiredis', 'present', 'same_function',
   'tmTimeout = {nTimeout, 0} from the server configuration.', scope='connect')
rt(R, P, 1909, 'CRedisClient::SimpleExecute re-run after WaitForRefresh in CRedisClient::Execute', 'hiredis',
   'yes', 'no', 'yes', 'none', 'none', 'reconnect_and_resend',
   'Standalone mode: on RC_RQST_ERR (no reply, the command may have reached the server) the refresh thread is woken '
   'and the command is executed again once. WaitForRefresh only polls while m_bValid is false, so the re-send is '
   'usually immediate. Every write command (INCR, LPUSH, ...) goes through Execute.', tok='SimpleExecute')
rt(R, P, 1916, 'CRedisClient::SimpleExecute re-run after WaitForRefresh in CRedisClient::Execute (cluster)',
   'hiredis', 'yes', 'no', 'yes', 'none', 'none', 'reconnect_and_resend',
   'Cluster mode: on a MOVED error or RC_RQST_ERR the slot map is refreshed and the command re-sent once; after '
   'RC_RQST_ERR a write may already have been applied.', tok='SimpleExecute')

# ---------------------------------------------------------------- jeremyko/RedisHelper (header-only)
R = 'jeremyko/RedisHelper'
P = 'redis_helper.hpp'
to(R, P, 130, 'redisConnectWithTimeout in RedisHelper::ConnectServer', 'hiredis', 'present', 'same_TU',
   'timeout = {connect_timeout_, 0}; the constructor sets connect_timeout_ = 10 s (SetConnectTimeoutSecs can change '
   'it).', scope='connect')
to(R, P, 158, 'redisCommand (ROLE) in RedisHelper::ConnectServer', 'hiredis', 'missing', 'none',
   'No redisSetTimeout anywhere: the connect timeout does not apply to commands in hiredis 0.14.')
to(R, P, 212, 'redisvCommand in RedisHelper::DoCommand', 'hiredis', 'missing', 'none',
   'Blocking command on a context without redisSetTimeout.')
rt(R, P, 212, 'redisvCommand re-sent after Reconnect() in RedisHelper::DoCommand while(true)', 'hiredis',
   'yes', 'no', 'no', 'none', 'none', 'reconnect_and_resend',
   'while (true): on a connection error it calls Reconnect() and `continue`s, re-sending the same arbitrary command '
   '(README uses SET; any INCR/LPUSH is re-applied). Each successful reconnect restarts the loop, so a server that '
   'keeps dropping the connection is retried forever; no wait before the re-send.')
to(R, P, 287, 'redisGetReply in RedisHelper::EndCmdPipeline', 'hiredis', 'missing', 'none',
   'Pipeline replies read without any socket timeout.')
rt(R, P, 358, 'ConnectServer (redisConnectWithTimeout) in RedisHelper::Reconnect loop', 'hiredis',
   'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'loop',
   'Reconnect loop: only a connect (+ ROLE) is repeated, usleep(reconnect_interval_micro_secs_ = 0.5 s) after each '
   'failure, stops after max_reconn_retry_ = MAX_CONNECT_RETRY (50) attempts by default (0 would mean forever, '
   'not the default).', tok='ConnectServer')

# ---------------------------------------------------------------- kitinfo/garfield-shell (libpq CLI tools)
R = 'kitinfo/garfield-shell'
GQ = ('No statement_timeout and no client-side bound on the garfield connection (database_connect passes no '
      'connect_timeout).')
to(R, 'garfield-common/pqconnect.c', 17, 'PQconnectdbParams in database_connect', 'libpq', 'missing', 'none',
   'keywords host/port/dbname/user/sslmode/password only: no connect_timeout. Included by both tools\' TUs via '
   'module-argparse.c.')
for path, line, what in [
        ('garfield-snack/mode_buy.c', 32, 'queryUserID'),
        ('garfield-snack/mode_buy.c', 56, 'buySnackByID (SELECT garfield.snack_buy)'),
        ('garfield-snack/mode_buy.c', 77, 'snack info query'),
        ('garfield-snack/mode_find.c', 42, 'querySnacksForTerms'),
        ('garfield-snack/mode_stats.c', 12, 'snack stats query'),
        ('garfield-user/mode_balance.c', 9, 'balance query'),
        ('garfield-user/mode_deposit.c', 3, 'user id query'),
        ('garfield-user/mode_deposit.c', 118, 'deposit/withdraw transaction'),
        ('garfield-user/mode_history.c', 53, 'history query'),
        ('garfield-user/mode_list.c', 10, 'user by id query'),
        ('garfield-user/mode_list.c', 61, 'user search query')]:
    to(R, path, line, 'PQexecParams (%s)' % what, 'libpq', 'missing', 'none', GQ)
to(R, 'garfield-user/mode_deposit.c', 28, 'PQexec (cash registers query)', 'libpq', 'missing', 'none', GQ)

# ---------------------------------------------------------------- TeaInside/tea-inside-bot-s6.1 (Telegram bot)
R = 'TeaInside/tea-inside-bot-s6.1'
tls(R, 'src/teabot/teabot.c', 139, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in get_update',
    'libcurl', 'disabled', 'always', 'both',
    'getUpdates handle: VERIFYPEER false here, VERIFYHOST false on the next line (one label), unconditionally; '
    'the request carries the bot token.')
to(R, 'src/teabot/teabot.c', 142, 'curl_easy_perform in get_update', 'libcurl', 'missing', 'none',
   'URL, TLS and write callback only; no timeout option in the project.')
rt(R, 'src/teabot/teabot.c', 41, 'get_update (getUpdates via curl_easy_perform) in run_daemon polling loop',
   'libcurl', 'no', 'yes', 'no', 'fixed', 'method_idempotent', 'loop',
   'goto _start_daemon after sleep(1): getUpdates is polled again forever whether or not the last call failed '
   '(a NULL result is parsed as nothing). Idempotent read, fixed 1 s, no limit.', tok='get_update')
tls(R, 'src/teabot/telegram_api.c', 17, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, false) in api_curl_post',
    'libcurl', 'disabled', 'always', 'both',
    'Every Bot API POST (send_message ...): VERIFYPEER false here, VERIFYHOST false on the next line (one label).')
to(R, 'src/teabot/telegram_api.c', 22, 'curl_easy_perform in api_curl_post', 'libcurl', 'missing', 'none',
   'POST with URL/TLS/POSTFIELDS/write callback only; no timeout.')

# ---------------------------------------------------------------- SteveFosdick/CurrentCost (libpq logger daemon)
R = 'SteveFosdick/CurrentCost'
P = 'src/db-logger-pg.c'
CQ = ('The daemon\'s connection comes from PQconnectdb(db_conn) with the -d command-line conninfo; the project adds '
      'no connect_timeout and no statement_timeout.')
to(R, P, 32, 'PQreset in db_setup reconnect loop', 'libpq', 'missing', 'none', CQ)
rt(R, P, 32, 'PQreset in db_setup do/while reconnect loop', 'libpq', 'no', 'yes', 'no', 'fixed', 'method_idempotent',
   'loop', 'do { sleep(RETRY_WAIT=30); PQreset(conn); } while (PQstatus(conn) != CONNECTION_OK): reconnects every 30 s '
   'with no attempt or time limit (the logger thread blocks forever while the database is down).')
to(R, P, 35, 'PQexec (SET TIME ZONE UTC) in db_setup', 'libpq', 'missing', 'none', CQ)
to(R, P, 38, 'PQprepare (power) in db_setup', 'libpq', 'missing', 'none', CQ)
to(R, P, 41, 'PQprepare (pulse) in db_setup', 'libpq', 'missing', 'none', CQ)
to(R, P, 84, 'PQexecPrepared in retry_exec', 'libpq', 'missing', 'none', CQ)
rt(R, P, 84, 'PQexecPrepared re-run by retry_exec after the connection was lost', 'libpq', 'no', 'yes', 'yes', 'fixed',
   'unique_key', 'reconnect_and_resend',
   'db_exec retries the INSERT once after db_setup re-established the connection (db_setup sleeps 30 s before each '
   'PQreset). The power/pulse tables have time_stamp PRIMARY KEY (sql/create-pg.sql) and the row keeps its '
   'timestamp, so a first attempt that did commit makes the retry fail with a key violation instead of a '
   'duplicate row.')
to(R, P, 114, 'PQexecPrepared in db_exec', 'libpq', 'missing', 'none', CQ)
to(R, P, 202, 'PQconnectdb in db_logger_new', 'libpq', 'missing', 'none',
   'conninfo is the -d command-line string; the project adds no connect_timeout.')
P = 'src/xml2pg.c'
XQ = 'xml2pg bulk loader: PQconnectdb(argv[1]) with no connect_timeout added, no statement_timeout.'
for line, api in [(16, 'PQexec (BEGIN) in insert'), (25, 'PQexecPrepared in insert batch loop'),
                  (35, 'PQexec (COMMIT) in insert'), (113, 'PQconnectdb in main'),
                  (120, 'PQexec (SET TIME ZONE UTC) in main'), (123, 'PQprepare (power) in main'),
                  (126, 'PQprepare (pulse) in main')]:
    to(R, P, line, api, 'libpq', 'missing', 'none', XQ)
to(R, 'src/cgi-now-pg.c', 78, 'PQexec in cgi_db_main', 'libpq', 'missing', 'none',
   'CGI query on the connection opened by cgi-dbmain.c (constant conninfo without connect_timeout).')

# ---------------------------------------------------------------- kanokkorn/pdresearch (polling client)
R = 'kanokkorn/pdresearch'
to(R, 'main.c', 17, 'curl_easy_perform in main polling loop', 'libcurl', 'missing', 'none',
   'Only URL and FOLLOWLOCATION set; the "timeout" variable counts failures, it is no transfer timeout.')
rt(R, 'main.c', 17, 'curl_easy_perform in main while (timeout != 3) loop', 'libcurl', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'loop',
   'GET of localhost:39393 every 3 s (sleep(3) after each attempt); three consecutive failures end the loop. '
   'Idempotent GET, fixed wait, bounded failures.')

# ---------------------------------------------------------------- write
for i, r in enumerate(recs, 1):
    r['id'] = '%s-%03d' % (PREFIX, i)
seen = {}
for r in recs:
    k = (r['family'], r['repo'], r['path'])
    for ln in seen.get(k, []):
        assert abs(ln - r['line']) >= 3, ('too close', r['id'], ln)
    seen.setdefault(k, []).append(r['line'])
for o in OUT:
    with open(o, 'w') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(recs))
