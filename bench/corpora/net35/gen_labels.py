#!/usr/bin/env python3
"""Hand labels of the net35 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net35. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net35/src'
PREFIX = 'n35'
COMMITS = {
    'edenhill/kcat': 'ab6ce814fa2e435359e77a1d3813853248679206',
    'owntracks/recorder': 'ae2fd296caf8ee2b451231221da3265f1fe2f1d0',
    'swatkat/twitcurl': '99f0e0c1cba922592795d647b9179b5fd1496666',
    'citusdata/pg_auto_failover': '0fecd653f9ef43019e4d76e347afce378adcc481',
    'alex-spataru/QSimpleUpdater': 'c5c136c0f79ca6423b0914a2676ae3d0e3811c5b',
    'Totenkaf/Memeger': 'ae02805fe67aa62c088b1399162d04fa1902b726',
    'hilfa007/CPE-monitoring-and-command-execution-system': 'e88eac44e17520c94a0d940dba5f6bf6b9b33cba',
    'clearlinux/swupd-client': '79cea2778f291a9f926da256540db4014379d96b',
    'mkogan1/ceph-utils': 'd78f55fdf7152ec387fec108176ab0ba85a47989',
    'jpmens/mosquitto-auth-plug': '34c1ab00ce22f0e32faf3a2563019fb97e60e687',
}

CURL_D = 'none (libcurl has no default transfer timeout; CURLOPT_CONNECTTIMEOUT defaults to 300 s for the connect phase only)'
HIREDIS_D = ('none (hiredis 0.14: redisConnectWithTimeout bounds the connect only; commands have no timeout unless '
             'redisSetTimeout sets SO_RCVTIMEO/SO_SNDTIMEO)')
MOSQ_D = 'none (libmosquitto 2.0 mosquitto_connect/mosquitto_reconnect do a blocking TCP connect with no timeout of its own)'
PQ_D = ('none (libpq: connect_timeout unset = no client-side limit, only the OS TCP connect timeout; no query/statement '
        'timeout)')
QNAM5_D = 'none (Qt 5.15 QNetworkRequest transferTimeout default 0 = no timeout)'
BEAST_D = 'none (Boost.Beast 1.74 tcp_stream has no timeout until expires_after/expires_at is called)'
KAFKA = ('librdkafka 2.0 defaults: message.send.max.retries 2147483647, retry.backoff.ms 100 (fixed), '
         'message.timeout.ms 300000 bounds each message\'s delivery including retries, enable.idempotence false.')

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net35')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


# ---------------------------------------------------------------- edenhill/kcat (librdkafka, C)
R = 'edenhill/kcat'
K = 'librdkafka'
P = 'kcat.c'
RT(R, P, 367, 'rd_kafka_new', K, 'rd_kafka_new(RD_KAFKA_PRODUCER) in producer_run', 'yes', 'yes', 'yes', 'fixed', 'none',
   'kafka_default',
   'Producer mode (-P): conf.rk_conf holds only what the user passes (-b brokers, -X props); kcat never sets '
   'enable.idempotence, so every message read from stdin/files is produced with librdkafka\'s default retries and '
   'no idempotence (a transactional.id given with -X would turn it on; not the default). ' + KAFKA, config_lines=[])
RT(R, P, 1121, 'rd_kafka_new', K, 'rd_kafka_new(RD_KAFKA_PRODUCER) in mock_run', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'not_a_retry',
   'Mock-cluster mode (--mock, compiled: ENABLE_MOCK is 1 for librdkafka >= 1.3): the producer handle only hosts '
   'rd_kafka_mock_cluster_new and never produces a message, so nothing is re-sent.', config_lines=[])
RT(R, P, 1221, 'rd_kafka_new', K, 'rd_kafka_new(RD_KAFKA_PRODUCER) in metadata_list', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'not_a_retry',
   'Metadata mode (-L): the producer handle is only used for rd_kafka_metadata (a read); it never produces, so '
   'librdkafka\'s produce retries do not apply.', config_lines=[])
RT(R, 'tools.c', 60, 'rd_kafka_new', K, 'rd_kafka_new(RD_KAFKA_PRODUCER) in query_offsets_by_time', 'no', 'yes', 'yes',
   'fixed', 'method_idempotent', 'not_a_retry',
   'Query mode (-Q): the producer handle is only used for rd_kafka_offsets_for_times (a read, bounded by '
   'conf.metadata_timeout); it never produces.', config_lines=[])

# ---------------------------------------------------------------- owntracks/recorder (libmosquitto + libcurl, C)
R = 'owntracks/recorder'
P = 'recorder.c'
T(R, P, 1976, 'mosquitto_connect', 'libmosquitto', 'mosquitto_connect', 'missing', 'none', MOSQ_D,
  'Initial broker connect in main(); the 60 is the MQTT keepalive, not a connect timeout, and no socket option is '
  'set, so a black-holed broker blocks the daemon for the kernel SYN timeout.', scope='connect')
T(R, P, 2070, 'mosquitto_reconnect', 'libmosquitto', 'mosquitto_reconnect', 'missing', 'none', MOSQ_D,
  'Reconnect in the main loop after mosquitto_loop fails: same blocking TCP connect, no timeout.', scope='connect')
RT(R, P, 2070, 'mosquitto_reconnect', 'libmosquitto', 'main loop: while (run) { mosquitto_loop; on error sleep(10); '
   'mosquitto_reconnect }', 'no', 'yes', 'no', 'fixed', 'method_idempotent', 'reconnect_loop',
   'Every failed mosquitto_loop is followed by sleep(10) and mosquitto_reconnect, for as long as the daemon runs: '
   'no attempt counter and no deadline (mosquitto_reconnect_delay_set on line 1913 only governs the library\'s own '
   'loop_forever/loop_start reconnects, which are not used here). Reconnecting is idempotent; the finding is the '
   'unbounded loop.')
TLS(R, P, 1963, 'SSL_VERIFY_PEER', 'libmosquitto', 'mosquitto_tls_opts_set(SSL_VERIFY_PEER)', 'enabled', 'never', 'both',
    'When a cafile/capath is configured, mosquitto_tls_set is followed by mosquitto_tls_opts_set(mosq, '
    'SSL_VERIFY_PEER, ...): the broker certificate is verified, and mosquitto_tls_insecure_set is never called, so '
    'the host name is checked too.')
T(R, 'geo.c', 353, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (reverse geocoding)', 'present',
  'same_function', CURL_D,
  'revgeo_getdata sets CURLOPT_TIMEOUT_MS GEOCODE_TIMEOUT (4000 ms from config.mk, passed with -D) on line 348, '
  'right before the perform.')

# ---------------------------------------------------------------- swatkat/twitcurl (libcurl, C++)
R = 'swatkat/twitcurl'
P = 'libtwitcurl/twitcurl.cpp'
TLS(R, P, 39, 'CURLOPT_SSL_VERIFYPEER', 'libcurl', 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, 0)', 'disabled', 'always',
    'peer',
    'twitCurl constructor: the one handle every API call uses is created with certificate verification off, '
    'unconditionally (VERIFYHOST is left at its default 2, but without peer verification any certificate for the '
    'name is accepted).')
TW = ('m_curlHandle is created in the constructor (curl_easy_init, only VERIFYPEER 0) and prepareStandardParams/'
      'prepareCurlProxy/prepareCurlCallback set proxy, callbacks and headers; no CURLOPT_TIMEOUT/CONNECTTIMEOUT/'
      'LOW_SPEED_* anywhere in the library, so ')
T(R, P, 1857, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::performGet)', 'missing', 'none', CURL_D,
  TW + 'every GET of the Twitter API can hang.')
T(R, P, 1914, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::performGetInternal)', 'missing', 'none',
  CURL_D, TW + 'the OAuth-internal GET (request/access token) can hang.')
T(R, P, 1974, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::performDelete)', 'missing', 'none', CURL_D,
  TW + 'DELETE requests can hang.')
T(R, P, 2039, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::performPost)', 'missing', 'none', CURL_D,
  TW + 'status updates and other POSTs can hang.')
T(R, P, 2269, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::oAuthHandlePIN, GET authorize page)',
  'missing', 'none', CURL_D, TW + 'the authorize-page GET can hang.')
T(R, P, 2345, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (twitCurl::oAuthHandlePIN, POST credentials)',
  'missing', 'none', CURL_D, TW + 'the PIN form POST can hang.')

# ---------------------------------------------------------------- citusdata/pg_auto_failover (libpq, C)
R = 'citusdata/pg_auto_failover'
P = 'src/bin/pg_autoctl/pgsql.c'
L = 'libpq'
PGC = ('pgsql_open_connection sets PGCONNECT_TIMEOUT to POSTGRES_CONNECT_TIMEOUT ("2", defaults.h:44) with setenv on '
       'line 509 before any connection attempt; libpq reads it as connect_timeout = 2 s. ')
T(R, P, 516, 'PQconnectdb', L, 'PQconnectdb', 'present', 'same_function', PQ_D, PGC + 'First connection attempt.',
  scope='connect')
T(R, P, 652, 'PQping', L, 'PQping', 'present', 'same_TU', PQ_D,
  PGC + 'pgsql_retry_open_connection is only called from pgsql_open_connection after that setenv, so each ping '
  'attempt is bounded by the same 2 s connect timeout.', scope='connect')
RT(R, P, 652, 'PQping', L, 'pgsql_retry_open_connection: while (!connectionOk) { sleep; PQping; PQconnectdb }', 'no',
   'yes', 'yes', 'exponential_jitter', 'method_idempotent', 'loop',
   'Connection retry loop (PQping, then PQconnectdb on line 672 once the ping answers): bounded by the retry policy '
   '(pgsql_retry_policy_expired: maxT total seconds, 2 s interactive / 900 s init and monitor policies, and maxR '
   'attempts when > 0), sleeping a decorrelated-jitter delay (random between base and 3x the previous sleep, capped '
   'at 2 s or 5 s) before every attempt. Only connection establishment is repeated, which is idempotent.')
T(R, P, 672, 'PQconnectdb', L, 'PQconnectdb', 'present', 'same_TU', PQ_D,
  PGC + 'Reconnect inside the retry loop after a successful ping.', scope='connect')
PQX = ('No statement_timeout, PGOPTIONS or client-side wait limit is set anywhere in pg_autoctl; the 2 s '
       'PGCONNECT_TIMEOUT only bounds connection establishment, so ')
T(R, P, 1045, 'PQexec', L, 'PQexec (pgsql_execute_with_params, no parameters)', 'missing', 'none', PQ_D,
  PQX + 'every monitor/local query without parameters blocks until the server answers.')
T(R, P, 1049, 'PQexecParams', L, 'PQexecParams (pgsql_execute_with_params)', 'missing', 'none', PQ_D,
  PQX + 'every parameterised monitor query (node_active, register_node, ...) blocks until the server answers.')
T(R, P, 2072, 'PQexec', L, 'PQexec (CREATE DATABASE)', 'missing', 'none', PQ_D, PQX + 'CREATE DATABASE can block.')
T(R, P, 2141, 'PQexec', L, 'PQexec (CREATE EXTENSION)', 'missing', 'none', PQ_D, PQX + 'CREATE EXTENSION can block.')
T(R, P, 2268, 'PQexec', L, 'PQexec (CREATE USER)', 'missing', 'none', PQ_D, PQX + 'CREATE USER can block.')
T(R, P, 2862, 'PQexec', L, 'PQexec (IDENTIFY_SYSTEM)', 'missing', 'none', PQ_D,
  PQX + 'the replication-protocol IDENTIFY_SYSTEM on a remote node can block.')
T(R, P, 2902, 'PQexec', L, 'PQexec (TIMELINE_HISTORY)', 'missing', 'none', PQ_D,
  PQX + 'TIMELINE_HISTORY on the same replication connection can block.')
T(R, P, 3227, 'PQexec', L, 'PQexec (LISTEN)', 'missing', 'none', PQ_D, PQX + 'LISTEN on the monitor can block.')
T(R, P, 3331, 'PQexec', L, 'PQexec (ALTER EXTENSION UPDATE)', 'missing', 'none', PQ_D,
  PQX + 'ALTER EXTENSION ... UPDATE on the monitor can block.')

# ---------------------------------------------------------------- alex-spataru/QSimpleUpdater (Qt 5 Network)
R = 'alex-spataru/QSimpleUpdater'
Q = 'qt-network'
T(R, 'src/Updater.cpp', 262, 'get', Q, 'QNetworkAccessManager::get (update definitions)', 'missing', 'none', QNAM5_D,
  'checkForUpdates: the request gets a redirect policy and a User-Agent only; no setTransferTimeout (unlike '
  'Downloader::startDownload) and the manager (created in the constructor) has no transferTimeout either, so the '
  'update check can stay pending forever.', at='m_manager->get(request)')
T(R, 'src/Downloader.cpp', 167, 'get', Q, 'QNetworkAccessManager::get (download)', 'present', 'same_function', QNAM5_D,
  'startDownload: request.setTransferTimeout(10000) on line 153 (inside QT_VERSION >= 5.15, true for Debian\'s '
  'Qt 5.15.8) before the get.', at='m_manager->get(request)')

# ---------------------------------------------------------------- Totenkaf/Memeger (Boost.Beast async client)
R = 'Totenkaf/Memeger'
P = 'project/client/src/async.http.client.cpp'
B = 'Boost.Beast'
MB = ('Client has a tcp_stream and a resolver but no expires_after/expires_at and no timer anywhere in the file; '
      'every request method (signup, login, chats, messages) goes through this one chain, so ')
T(R, P, 401, 'async_resolve', B, 'tcp::resolver::async_resolve', 'missing', 'none', BEAST_D,
  MB + 'the resolve has no deadline.')
T(R, P, 412, 'async_connect', B, 'beast::tcp_stream::async_connect', 'missing', 'none', BEAST_D,
  MB + 'the connect to the server has no deadline.')
T(R, P, 428, 'async_write', B, 'http::async_write', 'missing', 'none', BEAST_D, MB + 'the request write has no deadline.')
T(R, P, 444, 'async_read', B, 'http::async_read', 'missing', 'none', BEAST_D,
  MB + 'the response read waits forever for a silent server.')

# ---------------------------------------------------------------- hilfa007/CPE-monitoring... (libcurl, C)
R = 'hilfa007/CPE-monitoring-and-command-execution-system'
P = 'cpe-project/system_manager/http_client.c'
T(R, P, 70, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (send_http)', 'present', 'same_function', CURL_D,
  'CURLOPT_TIMEOUT 10 and CURLOPT_CONNECTTIMEOUT 10 on lines 62-63 of the same loop body.')
RT(R, P, 70, 'curl_easy_perform', 'libcurl', 'send_http: while (retries < MAX_RETRIES && !success) POST again', 'yes',
   'yes', 'yes', 'fixed', 'none', 'loop',
   'The alarm POST (alarm.c sends CPU/memory/disk alarms to the cloud manager\'s /alarm) is performed up to 3 times, '
   '1 s apart, after any cURL error including CURLE_OPERATION_TIMEDOUT, and also again after a non-2xx answer '
   '(success stays 0); the payload carries no idempotency key, so an alarm the server stored before the timeout '
   'is raised again.')

# ---------------------------------------------------------------- clearlinux/swupd-client (libcurl, C)
R = 'clearlinux/swupd-client'
P = 'src/swupd_lib/curl.c'
SW = ('swupd_curl_set_basic_options (line 776) always calls swupd_curl_set_timeouts (line 104): CURLOPT_CONNECTTIMEOUT '
      '30 s and CURLOPT_LOW_SPEED_LIMIT 1 byte/s for CURLOPT_LOW_SPEED_TIME 120 s (a stalled transfer is aborted). ')
T(R, P, 157, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (check_connection_capath, HEAD)', 'present', 'same_TU',
  CURL_D, SW + 'check_connection_capath calls it after curl_easy_reset.')
T(R, P, 332, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (swupd_curl_query_content_size, HEAD)', 'present',
  'same_TU', CURL_D, SW + 'Set on curl_main right after curl_easy_reset.')
T(R, P, 601, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (swupd_curl_get_file_full)', 'present', 'same_TU',
  CURL_D, SW + 'Set on curl_main before the download.')
RT(R, P, 664, 'swupd_curl_get_file_full', 'libcurl', 'retry_download_loop: for (;;) swupd_curl_get_file_full', 'no',
   'yes', 'yes', 'exponential', 'method_idempotent', 'loop',
   'Sync downloads (GET of manifests/files) are retried while current_retry <= globals.max_retries (3 by default, '
   '--max-retries), sleeping retry_delay (10 s default) doubled each time up to MAX_DELAY; not retried for '
   '403/404/write errors/unreachable server. Partial-file/range errors retry at once (sleep 0) within the same '
   'limit.')
TLS(R, P, 740, 'CURLOPT_SSL_VERIFYPEER', 'libcurl', 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, true)', 'enabled', 'never',
    'both',
    'swupd_curl_set_security_opts (used for every https:// URL): VERIFYPEER on, TLS >= 1.2, HIGH ciphers; '
    'VERIFYHOST is left at its default 2.')
P = 'src/swupd_lib/curl_async.c'
T(R, P, 509, 'curl_multi_add_handle', 'libcurl', 'curl_multi_add_handle (process_download)', 'present', 'other_TU',
  CURL_D, SW.replace('swupd_curl_set_basic_options (line 776)', 'swupd_curl_set_basic_options (curl.c:776, called on '
                     'line 503)'))
RT(R, P, 639, 'process_download', 'libcurl', 'swupd_curl_parallel_download_end: re-add failed downloads',
   'no', 'yes', 'yes', 'exponential', 'method_idempotent', 'loop',
   'Failed parallel downloads (GETs into files) are re-queued while file->retries < globals.max_retries (3 by '
   'default) and not a write error; after each round the loop sleeps h->retry_delay, doubled up to MAX_DELAY.',
   at='process_download(h, file)')


# ---------------------------------------------------------------- jpmens/mosquitto-auth-plug (libcurl, hiredis, libpq; C)
R = 'jpmens/mosquitto-auth-plug'
P = 'be-http.c'
T(R, P, 199, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (http_post)', 'present', 'same_function', CURL_D,
  'CURLOPT_TIMEOUT 10 on line 197, on the handle created at the top of http_post.')
HR = ('conf->retry_count is http_retry_count from the broker configuration, 3 by default (line 285), and try starts at '
      '0 with try <= retry_count, so up to 4 POSTs run back to back on BACKEND_ERROR (cURL error or HTTP >= 500): '
      'no sleep between attempts. The POST only asks the auth server for a verdict (no state change), so the repeat '
      'is idempotent; the finding is the missing wait, inside the broker\'s connect/publish path. ')
RT(R, P, 321, 'http_post', 'libcurl', 'be_http_getuser: while (re == BACKEND_ERROR && try <= retry_count) http_post',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'loop', HR + 'Credential check on CONNECT.')
RT(R, P, 335, 'http_post', 'libcurl', 'be_http_superuser: while (re == BACKEND_ERROR && try <= retry_count) http_post',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'loop', HR + 'Superuser check.')
RT(R, P, 350, 'http_post', 'libcurl', 'be_http_aclcheck: while (re == BACKEND_ERROR && try <= retry_count) http_post',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'loop', HR + 'ACL check on every publish/subscribe.')
T(R, 'be-jwt.c', 189, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (JWT http_post)', 'present', 'same_function',
  CURL_D, 'CURLOPT_TIMEOUT 10 on line 187.')
P = 'be-redis.c'
T(R, P, 59, 'redisConnectWithTimeout', 'hiredis', 'redisConnectWithTimeout', 'present', 'same_function', HIREDIS_D,
  'be_redis_reconnect: timeval {2, 500000} (2.5 s) on line 57.', scope='connect')
RR = ('The context comes from redisConnectWithTimeout (2.5 s, connect only) and redisSetTimeout is never called, so ')
T(R, P, 67, 'redisCommand', 'hiredis', 'redisCommand(AUTH)', 'missing', 'none', HIREDIS_D, RR + 'AUTH can block forever.')
T(R, P, 74, 'redisCommand', 'hiredis', 'redisCommand(SELECT)', 'missing', 'none', HIREDIS_D, RR + 'SELECT can block forever.')
T(R, P, 155, 'redisCommand', 'hiredis', 'redisCommand(userquery, GET)', 'missing', 'none', HIREDIS_D,
  RR + 'the password lookup on every CONNECT can block the broker. (On failure it reconnects but does not re-send.)')
T(R, P, 192, 'redisCommand', 'hiredis', 'redisCommand(aclquery)', 'missing', 'none', HIREDIS_D,
  RR + 'the ACL lookup on every publish/subscribe can block the broker.')
P = 'be-postgres.c'
PGK = ('The connection keywords (lines 113-131) are host, port, dbname, user, password, sslcert, sslkey: no '
       'connect_timeout, and no statement_timeout is set, so ')
T(R, P, 134, 'PQconnectdbParams', 'libpq', 'PQconnectdbParams', 'missing', 'none', PQ_D,
  PGK + 'a black-holed database host blocks plugin start-up for the OS TCP timeout.', scope='connect')
T(R, P, 181, 'PQexecParams', 'libpq', 'PQexecParams(userquery)', 'missing', 'none', PQ_D,
  PGK + 'the password query on every CONNECT blocks until the server answers.')
T(R, P, 188, 'PQreset', 'libpq', 'PQreset', 'missing', 'none', PQ_D,
  PGK + 'the blocking reconnect after a lost connection has no limit either (the query itself is not re-run).',
  scope='connect')
T(R, P, 237, 'PQexecParams', 'libpq', 'PQexecParams(superquery)', 'missing', 'none', PQ_D,
  PGK + 'the superuser query blocks until the server answers.')
T(R, P, 246, 'PQreset', 'libpq', 'PQreset', 'missing', 'none', PQ_D, PGK + 'the reconnect has no limit.', scope='connect')
T(R, P, 307, 'PQexecParams', 'libpq', 'PQexecParams(aclquery)', 'missing', 'none', PQ_D,
  PGK + 'the ACL query on every publish/subscribe blocks until the server answers.')
T(R, P, 317, 'PQreset', 'libpq', 'PQreset', 'missing', 'none', PQ_D, PGK + 'the reconnect has no limit.', scope='connect')


# ---------------------------------------------------------------- mkogan1/ceph-utils (libcurl test programs, C)
R = 'mkogan1/ceph-utils'
P = 'test_apps/mem_debug_curl/curl-ex01.c'
TLS(R, P, 23, 'CURLOPT_SSL_VERIFYPEER', 'libcurl', 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER/VERIFYHOST, 1)', 'enabled',
    'never', 'both',
    'VERIFYPEER 1 here and VERIFYHOST 1 on the next line (one label, 1 line apart): verification explicitly on; since '
    'curl 7.66 VERIFYHOST 1 is treated like 2 (name checked).')
T(R, P, 29, 'curl_easy_perform', 'libcurl', 'curl_easy_perform', 'missing', 'none', CURL_D,
  'Memory-test loop of 512 GETs to a Keystone endpoint on one handle; only URL, FOLLOWLOCATION and the TLS options '
  'are set, no CURLOPT_TIMEOUT/CONNECTTIMEOUT/LOW_SPEED_*. (The for loop repeats for valgrind, it is not a retry.)')
P = 'test_apps/mem_debug_curl/curl2-mk.c'
TLS(R, P, 42, 'CURLOPT_SSL_VERIFYPEER', 'libcurl', 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, 0)', 'disabled',
    'test_only', 'peer',
    'Test program (massif run against https://localhost:4433): certificate verification off on every handle; the '
    'CAINFO on the next line is then unused.')
T(R, P, 44, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (doit)', 'missing', 'none', CURL_D,
  'doit() configures method, URL, callbacks and TLS only; no CURLOPT_TIMEOUT/CONNECTTIMEOUT/LOW_SPEED_*. '
  '(process() calls it 512 times for memory profiling, not as a retry.)')

def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
