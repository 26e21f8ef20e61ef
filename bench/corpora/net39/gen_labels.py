#!/usr/bin/env python3
"""Hand labels of the net39 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net39. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net39/src'
PREFIX = 'n39'
COMMITS = {
    'guetlein/daceDS': '0bc63e53cbf01178d4df28ed1def96339eb02cea',
    'DataDog/dd-opentracing-cpp': '2b4a4f202993a0c72879936fdcbf56c3ff2c6b45',
    'javier/questdb-ha-reads': 'eff502d99c1ee99d773b42178ce83c2657bd6031',
    'rjzupkoii/PSU-CIDD-Malaria-Simulation': '8d06ab44d3f87e6fa0df67c52a0caffbcdd45251',
    'Kansattica/msync': 'f66a2a0cdc4abe8e3f647cb09158693e0237667b',
}

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net39')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT

CURL_D = 'none for the transfer (CURLOPT_TIMEOUT 0 = forever); 300s connect (CURLOPT_CONNECTTIMEOUT default)'
CPR_D = ('none (cpr adds no timeout unless a cpr::Timeout option is passed; libcurl underneath: no transfer '
         'timeout, 300s connect)')
PQ_D = ('none (libpq/libpqxx: connect_timeout unset = no client-side limit, only the OS TCP connect timeout; no '
        'query/statement timeout)')
KAFKA_NOTE = ('librdkafka 2.0 defaults: retry.backoff.ms 100 (fixed), message.timeout.ms 300000 bounds each '
              'message\'s delivery including retries, enable.idempotence false.')

# ---------------------------------------------------------------- guetlein/daceDS (librdkafka C++ producer)
R = 'guetlein/daceDS'
L = 'librdkafka (C++ API)'
P = 'CppBaseWrapper/src/communication/kafka/KafkaProducer.cpp'
RT(R, P, 48, 'create', L, 'RdKafka::Producer::create (KafkaProducer::init)', 'yes', 'yes', 'yes', 'fixed', 'none',
   'kafka_default',
   'Producer configured with message.send.max.retries=10000000 and acks=1; the line that would set '
   'enable.idempotence=true is commented out (line 33, "//-> exactly once"). librdkafka therefore re-sends failed '
   'produce requests without idempotence: a request whose ack was lost is written twice (duplicate simulation '
   'messages). Retries are bounded by message.timeout.ms (default 300 s, not set here) and spaced by '
   'retry.backoff.ms (default 100 ms). ' + KAFKA_NOTE + ' Finding reason: non-idempotent.',
   at='Producer::create(conf', config_lines=[33, 39, 41])
RT(R, P, 156, 'produce', L, 'do { producer->produce(...) } while (!success) in publish(topic, key, vector payload)',
   'no', 'yes', 'no', 'fixed', 'not_enqueued', 'manual_loop',
   'do { ... resp = producer->produce(...); if OK return; if ERR__QUEUE_FULL producer->poll(5000) (waits up to 5 s '
   'for deliveries) and loop; catch: usleep(10000 * tries++) and loop if repeatOnError } while (!success): no '
   'attempt or time limit, a persistently full queue (broker down) spins here forever. produce() is only '
   're-called when the previous call did not enqueue the message, so the loop itself does not duplicate it '
   '(the producer-level re-sends are labelled at line 48). Finding reason: bounded: no.',
   at='producer->produce(')
RT(R, P, 240, 'produce', L, 'do { producer->produce(...) } while (!success) in publish(topic, key, string payload)',
   'no', 'yes', 'no', 'fixed', 'not_enqueued', 'manual_loop',
   'Same loop for string payloads: on ERR__QUEUE_FULL producer->poll(1000) and retry, on an exception '
   'usleep(10000 * tries++) and retry when repeatOnError; no attempt or time limit. Finding reason: bounded: no.',
   at='producer->produce(')

# ---------------------------------------------------------------- DataDog/dd-opentracing-cpp (libcurl trace writer)
R = 'DataDog/dd-opentracing-cpp'
L = 'libcurl'
P = 'src/agent_writer.cpp'
RT(R, P, 160, 'retryFiniteOnFail', L, 'retryFiniteOnFail([&]{ return postTraces(...); }) (trace flush thread)',
   'yes', 'yes', 'yes', 'fixed', 'none', 'helper_lambda',
   'The writer thread passes postTraces (HTTP POST of the msgpack trace batch to the agent\'s /v0.x/traces '
   'endpoint) to retryFiniteOnFail (line 212): try, wait retry_periods_[i] (default 500 ms, then 2500 ms; a '
   'fixed schedule, interruptible by stop), try again, 3 attempts in all. The POST carries no idempotency key; '
   'when an attempt times out (2 s CURLOPT_TIMEOUT_MS) after the agent accepted the batch, the batch is posted '
   'again and its spans are ingested twice. Finding reason: non-idempotent.')
P = 'src/transport.cpp'
T(R, P, 93, 'curl_easy_perform', L, 'curl_easy_perform (CurlHandle::perform)', 'present', 'other_TU', CURL_D,
  'The only CurlHandle is created by AgentWriter, whose setUpHandle sets CURLOPT_TIMEOUT_MS to default_timeout_ms '
  '(2000 ms) on it (agent_writer.cpp:101) before any perform.')

# ---------------------------------------------------------------- javier/questdb-ha-reads (libpqxx)
R = 'javier/questdb-ha-reads'
L = 'libpqxx'
P = 'cpp/main.cpp'
T(R, P, 22, 'connection', L, 'pqxx::connection(ConnStr) (get_conn_with_retry)', 'present', 'same_TU', PQ_D,
  'ConnStr (line 11) ends with connect_timeout=3: each connect attempt (per host of the multi-host list) is '
  'bounded to 3 s.', at='pqxx::connection(ConnStr)', scope='connect')
RT(R, P, 22, 'connection', L, 'get_conn_with_retry: while (true) { new pqxx::connection; sleep 1 s }', 'no', 'yes',
   'no', 'fixed', 'method_idempotent', 'manual_loop',
   'Connect loop: while (true) { try { new pqxx::connection(ConnStr); if open return; } catch {...} '
   'sleep_for(1 s); } - no attempt or time limit. Connecting is idempotent. Finding reason: bounded: no.',
   at='pqxx::connection(ConnStr)')
T(R, P, 42, 'exec', L, 'pqxx::work::exec(Query) (run_query)', 'missing', 'none', PQ_D,
  'SELECT on the (re)connected session: connect_timeout bounds only the connect; no statement_timeout in ConnStr '
  'or the session, no client-side bound. (Line 41, the pqxx::work constructor, sends BEGIN on the same '
  'connection; covered by this label.)')
T(R, P, 45, 'commit', L, 'pqxx::work::commit (run_query)', 'missing', 'none', PQ_D,
  'COMMIT round trip with no client-side bound.')
RT(R, P, 52, 'run_query', L, 'run_query: catch { drop connection; run_query(i) } (recursion)', 'no', 'no', 'no',
   'none', 'method_idempotent', 'recursion',
   'Any exception from the query (including a lost connection) deletes the connection and calls run_query(i) '
   'again at once: the reconnect in get_conn_with_retry only sleeps when a connect fails, so the SELECT is re-sent '
   'immediately, and the recursion has no depth limit (a query that keeps failing, e.g. a server that accepts '
   'connections but errors on the query, recurses until the stack overflows). The query is a read. Finding '
   'reasons: backoff: no, bounded: no.', at='run_query(i);  // retry')

# ---------------------------------------------------------------- rjzupkoii/PSU-CIDD-Malaria-Simulation (libpqxx 7)
R = 'rjzupkoii/PSU-CIDD-Malaria-Simulation'
L = 'libpqxx'
P = 'src/Reporters/DbReporter.cpp'
CONN_NOTE = ('The connection string is Model::CONFIG->connection_string(), read from the simulation\'s YAML '
             'configuration (default ""); the code adds no connect_timeout, so a connect is bounded only if the '
             'user happens to put one in the config.')
T(R, P, 26, 'connection', L, 'new pqxx::connection (DbReporter::get_connection)', 'missing', 'none', PQ_D,
  CONN_NOTE, at='pqxx::connection(Model')
RT(R, P, 26, 'connection', L, 'DbReporter::get_connection: while (retry_count <= RETRY_LIMIT) connect, sleep '
   '10 s * n', 'no', 'yes', 'yes', 'linear', 'method_idempotent', 'manual_loop',
   'Connect retried on pqxx::broken_connection at most RETRY_LIMIT + 1 = 11 times, sleeping WAIT_TIMESPAN * '
   'retry_count (10 s, 20 s, ... : linear backoff) between attempts, then exit(-1). Connecting is idempotent. '
   'Expect none.', at='pqxx::connection(Model')
T(R, P, 76, 'exec', L, 'pqxx::work::exec(SELECT_CONFIGURATION) (prepare_configuration)', 'missing', 'none', PQ_D,
  'No statement_timeout anywhere; line 74 (pqxx::work constructor, BEGIN) is covered by this label.')
T(R, P, 101, 'exec', L, 'pqxx::work::exec(INSERT_CONFIGURATION) (prepare_configuration)', 'missing', 'none', PQ_D,
  'INSERT ... RETURNING with no client-side bound.')
T(R, P, 109, 'exec', L, 'pqxx::work::exec(UPDATE_CONFIGURATION_STUDY)', 'missing', 'none', PQ_D,
  'UPDATE with no client-side bound.')
T(R, P, 131, 'exec', L, 'pqxx::work::exec(location inserts) + commit (lines 131-132)', 'missing', 'none', PQ_D,
  'Batch of INSERT location statements, then COMMIT on line 132 (covered by this label); no client-side bound.')
T(R, P, 152, 'exec', L, 'pqxx::work::exec(INSERT_REPLICATE) (prepare_replicate)', 'missing', 'none', PQ_D,
  'Line 151 (pqxx::work constructor, BEGIN) is covered by this label; no client-side bound.')
T(R, P, 158, 'exec', L, 'pqxx::work::exec(SELECT_LOCATION) (prepare_replicate)', 'missing', 'none', PQ_D,
  'SELECT with no client-side bound.')
T(R, P, 164, 'commit', L, 'pqxx::work::commit (prepare_replicate)', 'missing', 'none', PQ_D,
  'COMMIT round trip with no client-side bound.')
RT(R, P, 176, 'do_monthly_report', L, 'monthly_report: while (attempt < RETRY_LIMIT) do_monthly_report()',
   'no', 'no', 'yes', 'none', 'transaction', 'manual_loop',
   'do_monthly_report (line 190) connects (get_connection), opens a pqxx::work and runs INSERT_COMMON ... '
   'RETURNING id, the site/genome INSERT batch and COMMIT; on pqxx::broken_connection it returns false and this '
   'loop calls it again at once, up to RETRY_LIMIT = 10 times, then exit(-1). There is no wait between attempts '
   'when the reconnect succeeds (get_connection sleeps only when a connect fails). The INSERTs are in one '
   'transaction that the server rolls back when the connection breaks; a break during COMMIT raises '
   'pqxx::in_doubt_error, which is not caught here, so a committed report is not re-inserted. Finding reason: '
   'backoff: no.')
T(R, P, 205, 'exec', L, 'pqxx::work::exec(INSERT_COMMON) (do_monthly_report)', 'missing', 'none', PQ_D,
  'Line 204 (pqxx::work constructor, BEGIN) is covered by this label; no client-side bound. The connection comes '
  'from get_connection (line 203; the connect itself is labelled at line 26).')
T(R, P, 220, 'exec', L, 'pqxx::work::exec(monthly site data) + commit (lines 220-221)', 'missing', 'none', PQ_D,
  'Large INSERT/UPDATE batch and COMMIT (line 221, covered by this label) with no client-side bound.')
T(R, P, 402, 'work', L, 'after_run: pqxx::connection + pqxx::work (BEGIN) + exec(UPDATE_REPLICATE) + commit '
  '(lines 401-404)', 'missing', 'none', PQ_D,
  'Four request sites within four lines, one label: connect on line 401 (' + CONN_NOTE + '), BEGIN (pqxx::work '
  'constructor, line 402), UPDATE (line 403) and COMMIT (line 404), none bounded.', at='pqxx::work db')
P = 'src/Reporters/Utility/PqxxHelpers.cpp'
T(R, P, 22, 'connection', L, 'new pqxx::connection (pqxx_db::get_connection)', 'missing', 'none', PQ_D,
  CONN_NOTE, at='pqxx::connection(Model')
RT(R, P, 22, 'connection', L, 'pqxx_db::get_connection: while (retry_count <= RETRY_LIMIT) connect, sleep 10 s * n',
   'no', 'yes', 'yes', 'linear', 'method_idempotent', 'manual_loop',
   'Same helper as DbReporter::get_connection for the specialist reporters: at most RETRY_LIMIT + 1 = 11 connect '
   'attempts on pqxx::broken_connection with WAIT_TIMESPAN * retry_count (10 s, 20 s, ...) between them, then '
   'exit(-1). Expect none.', at='pqxx::connection(Model')

# ---------------------------------------------------------------- Kansattica/msync (cpr, Mastodon client)
R = 'Kansattica/msync'
L = 'cpr'
P = 'lib/net/net.cpp'
T(R, P, 72, 'Post', L, 'cpr::Post (simple_post: favourite/boost/bookmark)', 'missing', 'none', CPR_D,
  'No cpr::Timeout among the options; cpr (and libcurl under it) then waits forever for the response.',
  at='cpr::Post(')
T(R, P, 82, 'Delete', L, 'cpr::Delete (simple_delete)', 'missing', 'none', CPR_D,
  'No cpr::Timeout option.', at='cpr::Delete(')
T(R, P, 90, 'Post', L, 'cpr::Post multipart (upload_media)', 'missing', 'none', CPR_D,
  'Media upload without any timeout.', at='cpr::Post(')
T(R, P, 128, 'Post', L, 'cpr::Post (new_status)', 'missing', 'none', CPR_D,
  'Status post without any timeout.', at='cpr::Post(')
T(R, P, 159, 'Get', L, 'cpr::Get (get_timeline_and_notifs)', 'missing', 'none', CPR_D,
  'Timeline/notification download without any timeout.', at='cpr::Get(')
HELPER = ('request_with_retries (lib/sync/sync_helpers.hpp:77) calls the request up to `retries` times (default 3; '
          'set_default resets values <= 0 to 3); it waits only after HTTP 429 (until X-RateLimit-Reset, >= 10 s); '
          'on a timeout, a connection failure that looks like one, or a 5xx it retries at once (`continue`).')
P = 'lib/sync/send.hpp'
RT(R, P, 55, 'simple_call', L, 'simple_call(post, "POST", retries, ...) -> request_with_retries(simple_post)',
   'no', 'no', 'yes', 'none', 'idempotency_key', 'helper_lambda',
   'Favourite/unfavourite/boost/unboost/bookmark/unbookmark POSTs through simple_call (send_helpers.hpp:38, a '
   'lambda passed to request_with_retries). simple_post sends an Idempotency-Key (the last 20 characters of the '
   'URL: status id + action) and the actions are idempotent on the server. ' + HELPER +
   ' Finding reason: backoff: no.')
RT(R, P, 60, 'simple_call', L, 'simple_call(del, "DELETE", ...) and get_and_write(get_method, ...) (lines 60, 62)',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'helper_lambda',
   'Covers two helper calls two lines apart: DELETE of a status (line 60, simple_call -> request_with_retries) and '
   'get_and_write (line 62: two GETs, status and context, each through simple_call). DELETE and GET are '
   'idempotent. ' + HELPER + ' Finding reason: backoff: no.')
RT(R, P, 100, 'request_with_retries', L, 'request_with_retries([&]{ return upload(...); }) (media upload POST)',
   'yes', 'no', 'yes', 'none', 'none', 'helper_lambda',
   'upload is upload_media (net.cpp:87): a multipart POST to /api/v1/media without an Idempotency-Key. When an '
   'upload times out after the server stored it, the retry creates a second media attachment (the first becomes '
   'an orphan). ' + HELPER + ' Finding reasons: non-idempotent, backoff: no.')
RT(R, P, 146, 'request_with_retries', L, 'request_with_retries([&]{ return new_status(...); }) (status POST)',
   'no', 'no', 'yes', 'none', 'idempotency_key', 'helper_lambda',
   'new_status (net.cpp:113) POSTs the status with Idempotency-Key = params.idempotency_key, a random number drawn '
   'once per queued post in read_params (send_helpers.cpp:75), so every retry of this loop carries the same key and '
   'Mastodon de-duplicates it. ' + HELPER + ' Finding reason: backoff: no.')
P = 'lib/sync/recv.hpp'
RT(R, P, 137, 'request_with_retries', L, 'request_with_retries([&]{ return download(...); }) (newest_first GET)',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'helper_lambda',
   'Timeline/notification GET (get_timeline_and_notifs). ' + HELPER + ' Finding reason: backoff: no.')
RT(R, P, 199, 'request_with_retries', L, 'request_with_retries([&]{ return download(...); }) (oldest_first GET)',
   'no', 'no', 'yes', 'none', 'method_idempotent', 'helper_lambda',
   'Same GET in oldest_first. ' + HELPER + ' Finding reason: backoff: no.')

_LABELS.write(__file__)
