#!/usr/bin/env python3
"""Hand labels of the net34 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net34. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net34/src'
PREFIX = 'n34'
COMMITS = {
    'roleoroleo/sonoff-hack': 'e544fa2fc53e7183e06cecff32c72dd0e1c0f7f8',
    'volcengine/ve-tls-cpp-sdk': '86f2245c97f90b15bb31557e7fb52ce23e4c0c7a',
    'anybrain/curlinho': '584ab577c59a13dfa5a931fc5f5c5aee9e6a396f',
    'eyjian/r3c': '7a271cf08c06fdd641cff246e23fb5e4f9967901',
    'Kimi-Arthur/pimix-software-suite': 'b593fc0fe5e0d7d3bba4994b9e4318b2f17b3c68',
    'radiospiel/sse': 'ab14e15050c039b0b0d7385a863183c74bbe05d1',
    'butor/blackbird': 'a16aa8eb05e9aa7fd19f57f1c48ff0de44a4f957',
}

CURL_D = 'none (libcurl has no default transfer timeout; CURLOPT_CONNECTTIMEOUT defaults to 300 s for the connect phase only)'
HIREDIS_D = ('none (hiredis 0.14: redisConnect blocks without timeout; commands have no timeout unless '
             'redisSetTimeout sets SO_RCVTIMEO/SO_SNDTIMEO)')
HTTPLIB_D = ('finite (cpp-httplib 0.12 vendored copy: CPPHTTPLIB_CONNECTION_TIMEOUT_SECOND 300, '
             'READ_TIMEOUT 5 s, WRITE_TIMEOUT 5 s)')
QNAM5_D = 'none (Qt 5.15 QNetworkRequest transferTimeout default 0 = no timeout)'
MOSQ_D = 'none (libmosquitto 2.0 mosquitto_connect does a blocking TCP connect with no timeout of its own)'

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net34')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


# ---------------------------------------------------------------- roleoroleo/sonoff-hack (libmosquitto, C)
R, P = 'roleoroleo/sonoff-hack', 'src/mqtt/mqtt-sonoff/src/mqtt_mosquitto.c'
M = 'libmosquitto'
T(R, P, 174, 'mosquitto_connect', M, 'mosquitto_connect', 'missing', 'none', MOSQ_D,
  'mqtt_connect(): blocking connect to the broker; the keepalive argument is not a connect timeout and no socket '
  'option is set, so an unreachable (blackholed) broker blocks for the kernel SYN timeout on every attempt.')
RT(R, P, 174, 'mosquitto_connect', M, 'mqtt_connect: do { mosquitto_connect } while (ret != MOSQ_ERR_SUCCESS)',
   'no', 'yes', 'no', 'fixed', 'method_idempotent', 'loop',
   'The inner do/while re-runs mosquitto_connect after usleep(500 ms) until it succeeds, with no attempt or time '
   'limit, and the outer while (conn_state != CONN_CONNECTED) starts over after a refused CONNACK; '
   'mqtt_check_connection() calls it again from the main loop. A CONNECT is idempotent, but a broker that stays '
   'down keeps the camera daemon spinning forever at 2 attempts/s.')

# ---------------------------------------------------------------- volcengine/ve-tls-cpp-sdk (cpp-httplib, vendored)
R = 'volcengine/ve-tls-cpp-sdk'
H = 'cpp-httplib'
RPOL = ('HttpUtils::SendHttpRequestWithRetry (sdk/src/http/Http.cc:49-70) re-sends the same request in while (true) on '
        'a network error (status <= 0), 429 or 500/502/503/504, sleeping random(0..retry_counter)*100 ms (a '
        'process-wide counter that grows by one per failure, max 50), until now >= start + config timeout_millisecond. '
        'The deadline is the only bound: with the default timeout_millisecond 0 the first failure returns at once. ')
P = 'sdk/src/http/Http.cc'
TLS(R, P, 82, 'enable_server_certificate_verification', H, 'httplib::Client::enable_server_certificate_verification(false)',
    'disabled', 'always', 'both',
    'Every per-request client (use_long_link false) is built with certificate verification off; cpp-httplib then '
    'also skips the host name check.')
T(R, P, 98, 'CustomRequest', H, 'httplib::Client::CustomRequest (vendored, modified cpp-httplib 0.12)', 'present',
  'same_function', HTTPLIB_D,
  'set_read_timeout(timeout_millisecond) on line 80 when the config gives one; otherwise (and for the keep-alive '
  'client made in TlsClient::TlsClient, which sets the same read timeout) the finite cpp-httplib defaults apply.')
P = 'sdk/src/TlsClient.cc'
TLS(R, P, 148, 'enable_server_certificate_verification', H, 'httplib::Client::enable_server_certificate_verification(false)',
    'disabled', 'always', 'both',
    'TlsClient constructor: the keep-alive client used by default (use_long_link defaults to true) never verifies '
    'the server certificate or host.')
RT(R, P, 235, 'SendHttpRequestWithRetry', H, 'TlsClient::PutLogs -> HttpUtils::SendHttpRequestWithRetry (POST /PutLogs)',
   'yes', 'yes', 'yes', 'exponential_jitter', 'none', 'loop',
   RPOL + 'PutLogs POSTs a (lz4) log batch; a batch that reached the server before a timeout or a 5xx is written '
   'again (no request id / sequence number is sent), so logs are duplicated. Enabled unless disable_retry is set.')
RT(R, P, 344, 'SendHttpRequestWithRetry', H, 'TlsClient::ConsumeLogs -> HttpUtils::SendHttpRequestWithRetry (GET by cursor)',
   'no', 'yes', 'yes', 'exponential_jitter', 'method_idempotent', 'loop',
   RPOL + 'ConsumeLogs reads logs from a cursor the caller passes; repeating it returns the same data.')
RT(R, P, 473, 'SendHttpRequestWithRetry', H, 'TlsClient::WebTracks -> HttpUtils::SendHttpRequestWithRetry (POST /WebTracks)',
   'yes', 'yes', 'yes', 'exponential_jitter', 'none', 'loop',
   RPOL + 'WebTracks POSTs tracking events; a retried batch that the server already stored is stored twice.')

# ---------------------------------------------------------------- anybrain/curlinho (libcurl wrapper library)
R = 'anybrain/curlinho'
T(R, 'src/session.cpp', 271, 'curl_easy_perform', 'libcurl', 'curl_easy_perform (Session::makeRequest)', 'missing',
  'none', CURL_D,
  'Both Session constructors set no CURLOPT_TIMEOUT/CONNECTTIMEOUT; only a caller that passes a Timeout option gets '
  'CURLOPT_TIMEOUT_MS (Session::SetTimeout). Default Get/Post calls have no bound.')
P = 'include/curlinho/curlinho.h'
RP2 = ('handle*Retries runs in a detached thread after the first attempt: for (retry < numRetries) it sleeps '
       'pow(2, retry) * random(minDelay..maxDelay) seconds capped at maxBackOff (CRL_SLEEP), on a timeout or on a '
       'status in recoverableCodes_ {408,425,429,502,503,504,522,524}. ')
RT(R, P, 125, 'Post', 'libcurl', 'curlinho::handlePostRetries: session.Post() re-sent', 'yes', 'yes', 'yes',
   'exponential_jitter', 'none', 'callback',
   RP2 + 'The same POST body is sent again after CURLE_OPERATION_TIMEDOUT (the server may have processed it) and '
   'after 408/429/5xx; no idempotency key is added.', at='session.Post()')
RT(R, P, 159, 'Get', 'libcurl', 'curlinho::handleGetRetries: session.Get() re-sent', 'no', 'yes', 'yes',
   'exponential_jitter', 'method_idempotent', 'callback',
   RP2 + 'GET only; bounded by numRetries (default 0 = no retry), exponential delay with random factor and cap.',
   at='session.Get()')

# ---------------------------------------------------------------- eyjian/r3c (hiredis Redis-cluster client library)
R, P = 'eyjian/r3c', 'r3c.cpp'
HR = 'hiredis'
RWT = ('connect_redis_node() (r3c.cpp:5169-5310) sets redisSetTimeout(readwrite_timeout) on every context it creates '
       '(READWRITE_TIMEOUT_MILLISECONDS = 2000 by default; only a caller passing <= 0 skips it). ')
T(R, P, 4538, 'redisCommand', HR, 'redisCommand(ASKING)', 'present', 'same_TU', HIREDIS_D, RWT + 'ASKING before a redirected command.')
T(R, P, 4541, 'redisCommandArgv', HR, 'redisCommandArgv', 'present', 'same_TU', HIREDIS_D, RWT + 'Command after ASKING.')
T(R, P, 4548, 'redisCommandArgv', HR, 'redisCommandArgv', 'present', 'same_TU', HIREDIS_D,
  RWT + 'Every CRedisClient command goes through this call in redis_command().')
RT(R, P, 4548, 'redisCommandArgv', HR, 'CRedisClient::redis_command for (loop_counter;;) re-sends redisCommandArgv',
   'yes', 'no', 'yes', 'none', 'none', 'reconnect_and_resend',
   'On REDIS_ERR_EOF / ECONNRESET (HR_RECONN_UNCOND) the node is closed, reconnected and the same command re-sent, '
   'always at least once even when num_retries is 0 (loop_counter>num_retries && loop_counter>0), so INCRBY/HINCRBY '
   '(num_retries default 0) and LPUSH/EVAL (default NUM_RETRIES 15) that reached the server before the connection '
   'dropped are applied twice. The sleep table (10,100,200,500,1000 ms) is used only for the UNCOND cases; a read '
   'timeout (EAGAIN, HR_RECONN_COND) and TRYAGAIN-style errors are retried at once.')
T(R, P, 5182, 'redisConnect', HR, 'redisConnect', 'missing', 'none', HIREDIS_D,
  'Branch taken when connect_timeout_milliseconds <= 0: a plain blocking redisConnect with no timeout.')
T(R, P, 5189, 'redisConnectWithTimeout', HR, 'redisConnectWithTimeout', 'present', 'same_function', HIREDIS_D,
  'timeval from _connect_timeout_milliseconds (CONNECT_TIMEOUT_MILLISECONDS 2000 by default).', scope='connect')
T(R, P, 5263, 'redisCommand', HR, 'redisCommand(AUTH)', 'present', 'same_function', HIREDIS_D,
  'redisSetTimeout(data_timeout) at line 5247 in the same function, before AUTH.')
T(R, P, 5298, 'redisCommand', HR, 'redisCommand(READONLY)', 'present', 'same_function', HIREDIS_D,
  'redisSetTimeout(data_timeout) at line 5247 in the same function.')
T(R, P, 5468, 'redisCommand', HR, 'redisCommand(CLUSTER NODES)', 'present', 'same_TU', HIREDIS_D,
  RWT + 'list_cluster_nodes() runs on a context made by connect_redis_node().')

# ---------------------------------------------------------------- Kimi-Arthur/pimix-software-suite (Qt 5 QNAM)
R = 'Kimi-Arthur/pimix-software-suite'
Q = 'qt-network'
P = 'Library/PtNetwork/PNetworkAccessManager.cpp'
QW = ('QTimer::singleShot(retryPolicy->timeout()) on line 55 ends the local event loop after the policy timeout '
      '(300 s by default, 600/1800 s in BaiduCloudAccount); the reply is then abandoned and deleted (aborted) on the '
      'next attempt. ')
T(R, P, 34, 'get', Q, 'QNetworkAccessManager::get', 'present', 'same_function', QNAM5_D, QW + 'GET.', at='get(request)')
T(R, P, 37, 'post', Q, 'QNetworkAccessManager::post', 'present', 'same_function', QNAM5_D, QW + 'POST.', at='post(request')
T(R, P, 40, 'put', Q, 'QNetworkAccessManager::put', 'present', 'same_function', QNAM5_D, QW + 'PUT.', at='put(request')
P = 'Modules/BaiduCloud/BaiduCloudAccount.cpp'
LIM = ('manager has LimitedRetryPolicy(5, 600000) (constructor, line 29): executeNetworkRequest '
       '(PNetworkAccessManager.cpp:19-67) re-issues the request up to 5 times while the reply is not a finished '
       'NoError reply, waiting wait = 0 ms between attempts (QThread::msleep(0)). ')
UNL = ('A local PNetworkAccessManager with UnlimitedRetryPolicy(1800000, 600000): timesToTry -1, so needToTry() is '
       'always true until a reply validates; 600 s fixed wait between attempts. ')
EX = 'executeNetworkRequest'
RT(R, P, 95, EX, Q, 'executeNetworkRequest(Post, remove_path) with LimitedRetryPolicy(5)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'loop', LIM + 'Removing a path again is harmless (NOT_FOUND), but the retries are immediate.')
RT(R, P, 132, EX, Q, 'executeNetworkRequest(Get, diff_file_list) with LimitedRetryPolicy(5)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'loop', LIM + 'Idempotent GET retried immediately.')
RT(R, P, 208, EX, Q, 'executeNetworkRequest(Post, upload_file_rapid, NoRetryPolicy)', 'no', 'yes', 'yes', 'none',
   'method_idempotent', 'not_a_retry',
   'NoRetryPolicy(600000) = FixedIntervalRetry(timesToTry 1): the loop body runs once, so this POST is never repeated.')
RT(R, P, 232, EX, Q, 'executeNetworkRequest(Put, upload_file_direct) with LimitedRetryPolicy(5)', 'no', 'no', 'yes',
   'none', 'method_idempotent', 'loop', LIM + 'PUT of a whole file to a fixed remote path; repeated at once.')
RT(R, P, 336, EX, Q, 'executeNetworkRequest(Get, download_file) with UnlimitedRetryPolicy', 'no', 'yes', 'no', 'fixed',
   'method_idempotent', 'loop', UNL + 'Idempotent download, but never gives up.')
RT(R, P, 364, EX, Q, 'executeNetworkRequest(Post, verify_file) with LimitedRetryPolicy(5)', 'no', 'no', 'yes', 'none',
   'method_idempotent', 'loop', LIM + 'A verification query; repeated at once.')
RT(R, P, 380, EX, Q, 'executeNetworkRequest(Put, upload_block) with UnlimitedRetryPolicy', 'no', 'yes', 'no', 'fixed',
   'method_idempotent', 'loop', UNL + 'Block upload (content-addressed by MD5), retried forever.')
RT(R, P, 410, EX, Q, 'executeNetworkRequest(Get, request) with UnlimitedRetryPolicy', 'no', 'yes', 'no', 'fixed',
   'method_idempotent', 'loop', UNL + 'Ranged GET, retried forever.')
RT(R, P, 434, EX, Q, 'executeNetworkRequest(Post, merge_blocks) with LimitedRetryPolicy(5)', 'yes', 'no', 'yes', 'none',
   'none', 'loop', LIM + 'POST that creates the remote file from the uploaded blocks (create-superfile); a merge '
   'that succeeded but timed out on the client is sent again at once without any request id.')

# ---------------------------------------------------------------- radiospiel/sse (libcurl CLI)
R, P = 'radiospiel/sse', 'src/http.c'
T(R, P, 19, 'curl_easy_perform', 'libcurl', 'curl_easy_perform', 'missing', 'none', CURL_D,
  'curl_handle() sets no CURLOPT_TIMEOUT/CONNECTTIMEOUT; the SSE stream and the POST both run unbounded.')
RT(R, P, 19, 'curl_easy_perform', 'libcurl', 'curl_perform: while (1) retry on resolve/connect errors', 'no', 'yes', 'yes',
   'fixed', 'method_idempotent', 'loop',
   'Only CURLE_COULDNT_RESOLVE_PROXY/HOST and CURLE_COULDNT_CONNECT are retried (the request was never sent, so even '
   'the POST of `sse post` is not duplicated), at most 5 times, sleep(3) in between; any other error exits.')
TLS(R, P, 145, 'CURLOPT_SSL_VERIFYPEER', 'libcurl', 'CURLOPT_SSL_VERIFYPEER', 'disabled', 'option', 'peer',
    'Peer verification is off only with the -i (allow_insecure) command-line flag.')
TLS(R, P, 153, 'CURLOPT_SSL_VERIFYHOST', 'libcurl', 'CURLOPT_SSL_VERIFYHOST', 'disabled', 'option', 'host',
    'Host verification is off only with -i.')

# ---------------------------------------------------------------- butor/blackbird (libcurl trading bot)
R = 'butor/blackbird'
C = 'libcurl'
T(R, 'src/curl_fun.cpp', 44, 'curl_easy_perform', C, 'curl_easy_perform (getJsonFromUrl)', 'present', 'same_function',
  CURL_D, 'CURLOPT_CONNECTTIMEOUT 10 and CURLOPT_TIMEOUT 20 on lines 22-23.')
RT(R, 'src/curl_fun.cpp', 44, 'curl_easy_perform', C, 'getJsonFromUrl: goto retry_state', 'yes', 'yes', 'no', 'fixed',
   'none', 'goto',
   'Any cURL error (including the 20 s CURLE_OPERATION_TIMEDOUT after the request was sent) and any non-JSON answer '
   'jump back to retry_state, sleep 2 s and perform again, forever; with postFields set (order calls) the same POST '
   'is repeated.')
P = 'src/utils/restapi.cpp'
T(R, P, 44, 'curl_easy_perform', C, 'curl_easy_perform (doRequest)', 'present', 'same_TU', CURL_D,
  'RestApi::RestApi (lines 86-87) sets CURLOPT_CONNECTTIMEOUT 10 and CURLOPT_TIMEOUT 20 on the handle.')
RT(R, P, 44, 'curl_easy_perform', C, 'doRequest: goto retry_state', 'yes', 'yes', 'no', 'fixed', 'none', 'goto',
   'Same goto loop as curl_fun.cpp: every cURL error or non-JSON body re-sends after 2 s, with no limit. '
   'RestApi::postRequest (order placement in kraken.cpp, bitfinex.cpp, ...) goes through it.')
TLS(R, P, 84, 'CURLOPT_SSL_VERIFYPEER', C, 'CURLOPT_SSL_VERIFYPEER(false)', 'disabled', 'option', 'peer',
    'Only when the cacert argument is NULL; every exchange passes params.cacert.c_str() (never NULL), so the branch '
    'is configuration-dependent at most.')
for P, X, tag, wait, lines, nonce in (
        ('src/exchanges/gemini.cpp', 'Gemini', 167, 2, (172, 181, 190, 195), True),
        ('src/exchanges/okcoin.cpp', 'OKCoin', 166, 4, (172, 179, 189, 194), False)):
    TLS(R, P, tag, 'CURLOPT_SSL_VERIFYPEER', C, 'CURLOPT_SSL_VERIFYPEER(0L)', 'disabled', 'always', 'peer',
        '%s authRequest (private API: balances, orders) always turns peer verification off.' % X)
    for ln in lines:
        T(R, P, ln, 'curl_easy_perform', C, 'curl_easy_perform (%s authRequest)' % X, 'missing', 'none', CURL_D,
          'Only CURLOPT_CONNECTTIMEOUT 10 is set (line %d); no CURLOPT_TIMEOUT on params.curl (main.cpp:371 creates it '
          'bare, and authRequest ends with curl_easy_reset), so the transfer itself is unbounded.' % (tag + 4))
    guard = ('Gemini puts a nonce in the signed payload and the retry re-sends the same payload, so the exchange '
             'rejects a duplicate of an order it already accepted (nonce must increase). ' if nonce else
             'The OKCoin v1 order POST carries no nonce or client order id, so a re-sent order is placed twice. ')
    RT(R, P, lines[1], 'curl_easy_perform', C, '%s authRequest: while (resCurl != CURLE_OK) perform again' % X,
       'no' if nonce else 'yes', 'yes', 'no', 'fixed', 'nonce' if nonce else 'none', 'loop',
       guard + 'On any cURL error it sleeps %d s and performs the same POST again, with no limit.' % wait)
    RT(R, P, lines[2], 'curl_easy_perform', C, '%s authRequest: while (!root) re-POST after a non-JSON answer' % X,
       'no' if nonce else 'yes', 'yes', 'no', 'fixed', 'nonce' if nonce else 'none', 'loop',
       guard + 'A response that is not JSON (the request was processed and answered) triggers another POST after %d s, '
       'with the inner cURL-error loop on line %d; no limit.' % (wait, lines[3]))


def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
