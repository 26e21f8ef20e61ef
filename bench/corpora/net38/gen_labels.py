#!/usr/bin/env python3
"""Hand labels of the net38 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net38. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net38/src'
PREFIX = 'n38'
COMMITS = {
    'collectd/collectd': '10d88917af2fd8083ab57faca55004b19608147f',
    'EnterpriseDB/repmgr': 'e696e28f438fcc73beaaec9a17238286f9a77115',
    'nicolasff/webdis': '8df5c2d5d63e46ff4bb18328869140ab45669068',
    'jabberd2/jabberd2': '376e632989e1e7c3ad11b0948054254e99ddec2a',
}

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net38')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


CURL_D = 'none for the transfer (CURLOPT_TIMEOUT 0 = forever); 300s connect (CURLOPT_CONNECTTIMEOUT default)'
HIREDIS_D = ('none (hiredis 0.14: blocking socket without SO_RCVTIMEO/SO_SNDTIMEO unless redisSetTimeout; '
             'redisConnectWithTimeout bounds only the connect)')
HIREDIS_ASYNC_D = ('none (hiredis 0.14 async: redisAsyncConnect starts a non-blocking connect with no timeout; '
                   'libevent waits for it without a deadline)')
PQ_D = ('none (libpq: connect_timeout unset = no client-side limit, only the OS TCP connect timeout; no '
        'query/statement timeout)')
MOSQ_D = ('none (libmosquitto 2.0 mosquitto_connect/mosquitto_reconnect do a blocking TCP connect with no timeout '
          'of its own)')
KAFKA_NOTE = ('librdkafka 2.0 defaults: message.send.max.retries 2147483647, retry.backoff.ms 100 (fixed), '
              'message.timeout.ms 300000 bounds each message\'s delivery including retries, enable.idempotence '
              'false.')

# ---------------------------------------------------------------- collectd/collectd (C plugins)
R = 'collectd/collectd'
L = 'libmosquitto'
P = 'src/mqtt.c'
T(R, P, 270, 'mosquitto_reconnect', L, 'mosquitto_reconnect (mqtt_reconnect)', 'missing', 'none', MOSQ_D,
  'Blocking reconnect of an existing client; the plugin sets no connect timeout (none exists in libmosquitto) '
  'and holds conf->lock while it blocks.')
TLS(R, P, 329, 'SSL_VERIFY_PEER', L, 'mosquitto_tls_opts_set(SSL_VERIFY_PEER)', 'enabled', 'never', 'peer',
    'When a CACert is configured the broker certificate is verified (SSL_VERIFY_PEER is hard-coded).')
TLS(R, P, 339, 'mosquitto_tls_insecure_set', L, 'mosquitto_tls_insecure_set(false)', 'enabled', 'never', 'host',
    'Host-name check explicitly kept on (insecure = false).')
T(R, P, 369, 'mosquitto_connect', L, 'mosquitto_connect (mqtt_connect)', 'missing', 'none', MOSQ_D,
  'First connect of the publisher/subscriber: blocking TCP connect with no timeout; MQTT_KEEPALIVE is the '
  'keep-alive interval, not a connect bound. (Line 364 is the LIBMOSQUITTO_MAJOR == 0 branch, inactive with '
  'libmosquitto 2.0.)')
RT(R, P, 402, 'mqtt_connect', L, 'subscribers_thread: while (conf->loop) { mqtt_connect; on failure sleep(1) }',
   'no', 'yes', 'no', 'fixed', 'method_idempotent', 'manual_loop',
   'Subscriber thread: while (conf->loop) { status = mqtt_connect(conf) (mosquitto_connect / mosquitto_reconnect); '
   'if (status != 0) { sleep(1); continue; } ... }: reconnects every second for as long as the plugin runs, no '
   'attempt or time limit; on MOSQ_ERR_CONN_LOST it goes straight back to mqtt_connect. Connecting is idempotent. '
   'Finding reason: bounded: no.')
L = 'hiredis'
P = 'src/write_redis.c'
T(R, P, 89, 'redisConnectWithTimeout', L, 'redisConnectWithTimeout (wr_write)', 'present', 'same_function',
  HIREDIS_D, 'Connect bounded by node->timeout (default 1 s, Timeout option in ms; set in wr_config_node).')
T(R, P, 106, 'redisCommand', L, 'redisCommand(SELECT)', 'missing', 'none', HIREDIS_D,
  'No redisSetTimeout anywhere in write_redis.c: the connect timeout does not apply to commands (hiredis 0.14).')
T(R, P, 114, 'redisCommand', L, 'redisCommand(ZADD)', 'missing', 'none', HIREDIS_D,
  'Every written value: blocking ZADD with no read/write timeout, under node->lock.')
T(R, P, 147, 'redisCommand', L, 'redisCommand(SADD)', 'missing', 'none', HIREDIS_D,
  'Blocking SADD of the metric identifier with no read/write timeout.')
P = 'src/redis.c'
T(R, P, 350, 'redisvCommand', L, 'redisvCommand (c_redisCommand wrapper)', 'missing', 'none', HIREDIS_D,
  'All redis plugin queries (AUTH, SELECT, INFO, user queries) go through c_redisCommand; no redisSetTimeout in '
  'redis.c, so only the connect is bounded. Call sites of c_redisCommand are not labelled (wrapper).')
T(R, P, 603, 'redisConnectWithTimeout', L, 'redisConnectWithTimeout / redisConnectUnixWithTimeout (lines 601-603)',
  'present', 'same_function', HIREDIS_D,
  'redis_check_connection: connect bounded by rn->timeout (REDIS_DEF_TIMEOUT_SEC = 2 s default, Timeout option).')
L = 'librdkafka'
P = 'src/write_kafka.c'
RT(R, P, 132, 'rd_kafka_new', L, 'rd_kafka_new(RD_KAFKA_PRODUCER) in kafka_handle', 'yes', 'yes', 'yes', 'fixed',
   'none', 'kafka_default',
   'The producer configuration is only what the user puts in <Property> lines (kafka_config, line 479); the '
   'plugin never sets enable.idempotence, so by default librdkafka re-sends failed produce requests without '
   'idempotence (duplicate metrics possible); rd_kafka_produce (line 231) is fire-and-forget. ' + KAFKA_NOTE,
   config_lines=[479])
L = 'libpq'
P = 'src/postgresql.c'
T(R, P, 166, 'PQexec', L, 'PQexec(BEGIN) (c_psql_begin)', 'missing', 'none', PQ_D,
  'conninfo built in c_psql_connect has no connect_timeout and there is no statement_timeout; blocking PQexec.')
T(R, P, 183, 'PQexec', L, 'PQexec(COMMIT) (c_psql_commit)', 'missing', 'none', PQ_D,
  'Blocking COMMIT with no client-side bound.')
T(R, P, 341, 'PQconnectdb', L, 'PQconnectdb (c_psql_connect)', 'missing', 'none', PQ_D,
  'conninfo = dbname/host/port/user/password/sslmode/krbsrvname/service/application_name: no connect_timeout '
  '(only a pg_service entry could add one).')
T(R, P, 360, 'PQreset', L, 'PQreset (c_psql_check_connection)', 'missing', 'none', PQ_D,
  'Reconnect with the same conninfo: no connect_timeout.')
T(R, P, 403, 'PQexec', L, 'PQexec (c_psql_exec_query_noparams)', 'missing', 'none', PQ_D,
  'User-configured read query; no statement_timeout, no connect_timeout.')
T(R, P, 441, 'PQexecParams', L, 'PQexecParams (c_psql_exec_query_params)', 'missing', 'none', PQ_D,
  'User-configured read query with parameters; no client-side bound.')
RT(R, P, 492, 'c_psql_exec_query', L, 'c_psql_exec_query: recursive re-run after c_psql_check_connection', 'no',
   'no', 'no', 'none', 'method_idempotent', 'recursion',
   'If the result is not TUPLES_OK and the connection is bad, c_psql_check_connection (PQreset) and, when that '
   'succeeds, return c_psql_exec_query(db, q, prep_area): the query is re-run at once (no wait) and the recursion '
   'has no depth limit (it repeats as long as each reset succeeds and the query fails on a lost connection). '
   'The configured queries are reads. Finding reasons: backoff: no, bounded: no.')
T(R, P, 856, 'PQexecParams', L, 'PQexecParams (writer statement, c_psql_write)', 'missing', 'none', PQ_D,
  'Writer statement (default collectd_insert(...)) executed with no client-side bound.')
T(R, P, 867, 'PQexecParams', L, 'PQexecParams (writer statement re-sent after reconnect)', 'missing', 'none', PQ_D,
  'Second execution of the writer statement after PQreset; no client-side bound.')
RT(R, P, 867, 'PQexecParams', L, 'c_psql_write: writer statement re-sent once after c_psql_check_connection',
   'yes', 'no', 'yes', 'none', 'none', 'reconnect_and_resend',
   'The writer statement (an INSERT through the user\'s function, e.g. collectd_insert) failed and the connection '
   'is bad: PQreset, then the same statement is sent again at once ("try again"). If the first execution was '
   'committed before the connection dropped (autocommit when CommitInterval is unset), the value is inserted '
   'twice; nothing de-duplicates it. One retry, no wait. Finding reasons: non-idempotent, backoff: no.')
L = 'libcurl'
P = 'src/write_http.c'
T(R, P, 178, 'curl_easy_perform', L, 'curl_easy_perform (POST of the send buffer, wh_post_nolock)', 'missing',
  'none', CURL_D,
  'CURLOPT_TIMEOUT_MS only when the Timeout option is > 0 (default cb->timeout = 0, line 758) and the low-speed '
  'limit only when LowSpeedLimit is set (default 0): with the default configuration the POST has no bound.')
TLS(R, P, 269, 'CURLOPT_SSL_VERIFYPEER', L, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, cb->verify_peer)',
    'disabled', 'option', 'both', 'VerifyPeer/VerifyHost options (default true, lines 753-754): verification is '
    'off only if the user configures false. Unscored.')
P = 'src/curl_json.c'
TLS(R, P, 615, 'CURLOPT_SSL_VERIFYPEER', L, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, db->verify_peer)',
    'disabled', 'option', 'both', 'VerifyPeer/VerifyHost options (default true): off only when configured. '
    'Unscored.')
T(R, P, 888, 'curl_easy_perform', L, 'curl_easy_perform (cj_curl_perform)', 'present', 'same_TU', CURL_D,
  'cj_init_curl (lines 624-629): CURLOPT_TIMEOUT_MS = Timeout option, or the plugin read interval when unset '
  '(db->timeout = -1 default).')
P = 'src/curl.c'
TLS(R, P, 378, 'CURLOPT_SSL_VERIFYPEER', L, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, wp->verify_peer)',
    'disabled', 'option', 'both', 'VerifyPeer/VerifyHost options (default true, lines 420-421): off only when '
    'configured. Unscored.')
T(R, P, 655, 'curl_easy_perform', L, 'curl_easy_perform (cc_read_page)', 'present', 'same_TU', CURL_D,
  'cc_page_init_curl (lines 387-393): CURLOPT_TIMEOUT_MS = Timeout option, or the plugin read interval when unset '
  '(page->timeout = -1 default).')

# ---------------------------------------------------------------- EnterpriseDB/repmgr (libpq, C)
R = 'EnterpriseDB/repmgr'
L = 'libpq'
RM_RECON = ('reconnect_attempts default DEFAULT_RECONNECTION_ATTEMPTS = 6, reconnect_interval default '
            'DEFAULT_RECONNECTION_INTERVAL = 10 s (repmgr.h:132-133); connect_timeout 2 s is added when the '
            'conninfo has none.')
P = 'dbutils.c'
T(R, P, 165, 'PQconnectdb', L, 'PQconnectdb (_establish_db_connection)', 'present', 'same_function', PQ_D,
  'param_set_ine(&conninfo_params, "connect_timeout", "2") on line 152: 2 s unless the conninfo sets its own.')
T(R, P, 315, 'PQconnectdbParams', L, 'PQconnectdbParams (establish_db_connection_by_params)', 'present',
  'same_function', PQ_D, 'param_set_ine(param_list, "connect_timeout", "2") on line 308.')
T(R, P, 938, 'PQexec', L, 'PQexec(BEGIN) (begin_transaction)', 'missing', 'none', PQ_D,
  'connect_timeout bounds only the connect; repmgr sets no statement_timeout and uses blocking PQexec.')
T(R, P, 5091, 'PQexec', L, 'PQexec("SELECT TRUE") (connection_ping)', 'missing', 'none', PQ_D,
  'Liveness check used by the monitoring loops; a stalled server (no RST) blocks it without any bound.')
P = 'repmgrd.c'
RT(R, P, 978, 'establish_db_connection_by_params', L, 'try_reconnect: for (i < reconnect_attempts) { PQping; '
   'connect; sleep(reconnect_interval) }', 'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'for (i = 0; i < max_attempts; i++) { is_server_available_params (PQpingParams); '
   'establish_db_connection_by_params; ... sleep(reconnect_interval) between attempts }, then marks the node '
   'down. Bounded, fixed wait, connecting is idempotent. ' + RM_RECON)
P = 'repmgrd-physical.c'
RM_STARTUP = ('repmgrd_standby_startup_timeout defaults to standby_reconnect_timeout (configfile.c:434-436), a '
              'finite number of 1 s attempts.')
RT(R, P, 1697, 'establish_db_connection', L, 'wait for the local node after a restart (for i < '
   'repmgrd_standby_startup_timeout; sleep 1)', 'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'for (i = 0; i < repmgrd_standby_startup_timeout; i++) { establish_db_connection; break on CONNECTION_OK; '
   'sleep(1); }: bounded, fixed 1 s wait, connect only. ' + RM_STARTUP)
RT(R, P, 3503, 'establish_db_connection', L, 'reconnect to the local node after promotion/follow (for i < '
   'repmgrd_standby_startup_timeout; sleep 1)', 'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'Same shape: bounded by repmgrd_standby_startup_timeout attempts, sleep(1) between them, then an error path. '
   + RM_STARTUP)
RT(R, P, 3893, 'get_new_primary', L, 'wait_primary_notification: poll get_new_primary (for i < '
   'primary_notification_timeout; sleep 1)', 'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'for (i = 0; i < primary_notification_timeout; i++) { if (get_new_primary(local_conn, ...)) return true; '
   'sleep(1); }: a read (SELECT repmgr.get_new_primary()) repeated at most primary_notification_timeout times '
   '(default 60, repmgr.h:137) with a fixed 1 s wait.')
RT(R, P, 4087, 'establish_db_connection', L, 'reconnect to the local node after following a new primary (for i < '
   'repmgrd_standby_startup_timeout; sleep 1)', 'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'Same bounded 1 s loop as above. ' + RM_STARTUP)
RT(R, P, 5525, 'establish_db_connection_by_params', L, 'try_primary_reconnect: for (i < reconnect_attempts)',
   'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'for (i = 0; i < max_attempts; i++) { PQpingParams; establish_db_connection_by_params; ... sleep up to '
   'reconnect_interval (1 s steps, lines 5596-5613) }: bounded, fixed wait, connect only. ' + RM_RECON)

# ---------------------------------------------------------------- nicolasff/webdis (hiredis async + libevent, C)
R = 'nicolasff/webdis'
L = 'hiredis'
P = 'src/pool.c'
RT(R, P, 75, 'pool_connect', L, 'pool_schedule_reconnect -> evtimer 100 ms -> pool_can_connect -> pool_connect',
   'no', 'yes', 'no', 'fixed', 'method_idempotent', 'timer_reconnect',
   'Every failed connect (ac->err), failed connect callback and disconnect calls pool_schedule_reconnect: a '
   'libevent timer of 0.1 s (lines 83-84) re-runs pool_connect (redisAsyncConnect), forever, with no attempt '
   'limit and no growth of the delay. Connecting is idempotent. Finding reason: bounded: no.')
T(R, P, 173, 'redisAsyncConnect', L, 'redisAsyncConnect / redisAsyncConnectUnix (lines 171-173)', 'missing',
  'none', HIREDIS_ASYNC_D,
  'pool_connect uses the plain async connect (no redisOptions connect_timeout); the connection is attached to '
  'libevent and the connect callback may never fire against a black-holed host.')

# ---------------------------------------------------------------- jabberd2/jabberd2 (libpq, C)
R = 'jabberd2/jabberd2'
L = 'libpq'
P = 'storage/storage_pgsql.c'
JD_RESEND = ('on failure with a bad connection: PQclear; PQreset(data->conn); res = PQexec(data->conn, same SQL) '
             '- one immediate re-send after the reset, no wait.')
T(R, P, 248, 'PQexec', L, 'PQexec(INSERT) (_st_pgsql_put_guts)', 'missing', 'none', PQ_D,
  'Blocking INSERT; storage.pgsql.conninfo is optional and the PQsetdbLogin path cannot carry connect_timeout; '
  'no statement_timeout.')
T(R, P, 253, 'PQreset', L, 'PQreset (put)', 'missing', 'none', PQ_D, 'Reconnect with no connect_timeout.')
RT(R, P, 254, 'PQexec', L, 'INSERT re-sent after PQreset (_st_pgsql_put_guts)', 'yes', 'no', 'yes', 'none', 'none',
   'reconnect_and_resend',
   'INSERT of a stored object; ' + JD_RESEND + ' The first INSERT may have been committed before the '
   'connection broke (autocommit when data->txn is off); with data->txn on, the re-sent INSERT runs on the '
   'fresh connection outside the BEGIN of _st_pgsql_put. Either way nothing de-duplicates the row. Finding reasons: non-idempotent, backoff: no.')
RT(R, P, 324, 'PQexec', L, 'COMMIT re-sent after PQreset (_st_pgsql_put)', 'no', 'no', 'yes', 'none', 'none',
   'reconnect_and_resend',
   'COMMIT; ' + JD_RESEND + ' On the new connection there is no open transaction, so the re-sent COMMIT only '
   'warns and reports success. Labelled for the immediate re-send (backoff: no), not as a duplicate write.')
T(R, P, 364, 'PQexec', L, 'PQexec(SELECT) (_st_pgsql_get)', 'missing', 'none', PQ_D,
  'Blocking SELECT with no client-side bound.')
RT(R, P, 370, 'PQexec', L, 'SELECT re-sent after PQreset (_st_pgsql_get)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'reconnect_and_resend', 'Read; ' + JD_RESEND + ' Finding reason: backoff: no.')
T(R, P, 479, 'PQexec', L, 'PQexec(SELECT COUNT) (_st_pgsql_count)', 'missing', 'none', PQ_D,
  'Blocking SELECT COUNT(*) with no client-side bound.')
RT(R, P, 485, 'PQexec', L, 'SELECT COUNT re-sent after PQreset (_st_pgsql_count)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'reconnect_and_resend', 'Read; ' + JD_RESEND + ' Finding reason: backoff: no.')
T(R, P, 544, 'PQexec', L, 'PQexec(DELETE) (_st_pgsql_delete)', 'missing', 'none', PQ_D,
  'Blocking DELETE with no client-side bound.')
RT(R, P, 550, 'PQexec', L, 'DELETE re-sent after PQreset (_st_pgsql_delete)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'reconnect_and_resend',
   'DELETE ... WHERE filter: repeating it removes nothing more (idempotent); ' + JD_RESEND +
   ' Finding reason: backoff: no.')
T(R, P, 656, 'PQconnectdb', L, 'PQconnectdb(conninfo) / PQsetdbLogin (lines 656-658, st_init)', 'missing', 'none',
  PQ_D, 'PQsetdbLogin(host, port, ..., dbname, user, pass) cannot set connect_timeout; PQconnectdb uses the '
  'optional storage.pgsql.conninfo verbatim (none added). Default configuration: no connect bound.')

def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
