#!/usr/bin/env python3
"""Hand labels of the net40 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net40. Each label names the line and the token
whose 1-based byte column is recorded; line_sha1 is computed from the extracted file and the script asserts that
the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net40/src'
PREFIX = 'n40'
COMMITS = {
    'sjanel/coincenter': '8581e99c8f3f1d26a98ef1064d9ac1be4e1c8488',
    'R100001/BinanceConnectorCpp': '6e4941e852a867142f625ac9447d37ba4f58b8c9',
    'open-telemetry/opentelemetry-cpp': 'e35113804f078b3592699601ed728ec893754dac',
    'guendto/cclive': '9f77d01dd47cc1754e8a0bd0b61da230677d9359',
}

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net40')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT

CURL_D = 'none for the transfer (CURLOPT_TIMEOUT 0 = forever); 300s connect (CURLOPT_CONNECTTIMEOUT default)'
BEAST_D = ('none (Boost.Beast 1.74: beast::tcp_stream operations are unbounded until expires_after is called; '
           'websocket::stream has no handshake/idle timeout unless set_option(stream_base::timeout) is used; '
           'the asio resolver has no timeout; synchronous tcp_stream/ssl_stream operations ignore expiry)')

# ---------------------------------------------------------------- sjanel/coincenter (libcurl, C++23)
R = 'sjanel/coincenter'
L = 'libcurl'
P = 'src/http-request/src/curlhandle.cpp'
TLS(R, P, 176, 'CURLOPT_SSL_VERIFYHOST', L, 'curl_easy_setopt(CURLOPT_SSL_VERIFYHOST, proxyUrl != nullptr ? 0 : 1)',
    'disabled', 'test_only', 'host',
    'setUpProxy turns host-name verification off whenever a proxy URL is set. The constructor sets a proxy only '
    'when settings::IsProxyRequested(runMode) (RunMode::kTestKeysWithProxy, "proxy + use test keys", '
    'runmodes.hpp); no production code path sets CurlOptions::setProxyUrl. Test-only switch.')
T(R, P, 297, 'curl_easy_perform', L, 'curl_easy_perform (CurlHandle::query)', 'present', 'same_TU', CURL_D,
  'The CurlHandle constructor (lines 145-148) sets CURLOPT_TIMEOUT_MS from PermanentCurlOptions::timeout() when '
  'it is non-zero; exchange-permanent-curl-options.cpp fills it from the exchange config "query.http.timeout", '
  'whose built-in default (exchange-config-default.hpp) is 15 s. Only an explicit "0" in the user config removes '
  'it.')
RT(R, P, 297, 'curl_easy_perform', L, 'CurlHandle::query: do { sleep(100 ms * 2^n); curl_easy_perform } while '
   '(res != CURLE_OK && ++retryPos <= _nbMaxRetries)', 'yes', 'yes', 'yes', 'exponential', 'none', 'manual_loop',
   'Every request of every exchange goes through this loop, POST/DELETE included: private APIs place and cancel '
   'orders and withdraw with POST (e.g. kraken /private/AddOrder). Any curl error is retried, '
   'CURLE_OPERATION_TIMEDOUT (the 15 s transfer timeout) included, i.e. after the order may already have been '
   'received; the re-sent POST carries no client order id / idempotency key (kraken regenerates the nonce in '
   'RequestRetry, not here: here the identical body is re-sent). Backoff 100 ms doubling, at most _nbMaxRetries '
   '(PermanentCurlOptions default 5) retries. Finding reason: non-idempotent.')
P = 'src/http-request/include/request-retry.hpp'
RT(R, P, 64, 'query', L, 'RequestRetry::query: do { sleep(initialRetryDelay * 2^n); _curlHandle.query } while '
   '(parse error or error status) && ++nbRetries <= nbMaxRetries', 'yes', 'yes', 'yes', 'exponential', 'none',
   'retry_helper', 'Generic retry class used by every public and private exchange API: re-runs the whole request '
   '(CurlHandle::query, itself retrying curl errors) when the JSON cannot be parsed or the status lambda says '
   'kResponseError. Private APIs use it with POST for orders (krakenprivateapi.cpp PrivateQuery, POST, '
   'QueryRetryPolicy{1 s, 3 retries}, retried on "EAPI:Rate limit exceeded" and on any unknown error; '
   'huobi/kucoin/bithumb/upbit likewise). With TooManyErrorsPolicy kReturnEmptyResponse an exhausted transport '
   'retry returns an empty body, which fails to parse and makes this loop re-send the POST once more. No '
   'idempotency key. Exponential backoff (default 500 ms x2), bounded by nbMaxRetries (default 5). The helper is '
   'labelled at the retried call because its callers (public/private API TUs) need the full glaze library to '
   'parse. Finding reason: non-idempotent.', at='_curlHandle.query(')

# ---------------------------------------------------------------- R100001/BinanceConnectorCpp (Boost.Beast, C++20)
R = 'R100001/BinanceConnectorCpp'
L = 'Boost.Beast'
P = 'binance/lib/websocket_client.cpp'
T(R, P, 232, 'async_write', L, 'websocket async_write (WebSocketClientImpl::send)', 'missing', 'none', BEAST_D,
  'No timeout option on the websocket stream and no expires_after on the tcp_stream anywhere in the file.')
T(R, P, 354, 'async_resolve', L, 'tcp::resolver::async_resolve (do_connect)', 'missing', 'none', BEAST_D,
  'Resolver without any deadline (the 23 h _reconnect_timer is armed only after a successful handshake).')
T(R, P, 365, 'async_connect', L, 'tcp_stream::async_connect (do_connect)', 'missing', 'none', BEAST_D,
  'beast::tcp_stream without expires_after: the connect waits for the OS TCP timeout.')
T(R, P, 372, 'async_handshake', L, 'ssl_stream::async_handshake (do_connect)', 'missing', 'none', BEAST_D,
  'TLS handshake without a deadline.')
T(R, P, 379, 'async_handshake', L, 'websocket::stream::async_handshake (do_connect)', 'missing', 'none', BEAST_D,
  'WebSocket upgrade without stream_base::timeout (the default websocket::stream has none).')
T(R, P, 405, 'async_read', L, 'websocket::stream::async_read (do_read)', 'missing', 'none', BEAST_D,
  'Long-lived read with no idle timeout: a silently dropped connection is never detected (keep-alive pings are '
  'not enabled, only the server\'s pings are answered).')
RT(R, P, 424, 'do_connect', L, 'do_reconnect: delay = min(delay * 2, max); timer.async_wait -> do_connect',
   'no', 'yes', 'no', 'exponential', 'method_idempotent', 'timer_reconnect',
   'Every resolve/connect/handshake/read error calls do_reconnect, which doubles the delay (initial 1 s, capped '
   'at 60 s, reset after a successful handshake) and re-runs do_connect: forever, with no attempt or time limit '
   'and no stop condition. Connecting is idempotent. Finding reason: bounded: no.')
TLS(R, P, 462, 'verify_peer', L, 'ssl::context::set_verify_mode(verify_peer) (WebSocketAPIClient)', 'enabled',
    'never', 'peer', 'Peer chain verified against the default paths. (No SNI and no host-name check are set up '
    'in do_connect; this label covers the peer verification only.)')
TLS(R, P, 557, 'verify_peer', L, 'ssl::context::set_verify_mode(verify_peer) (WebSocketMarketStreamsClient)',
    'enabled', 'never', 'peer', 'Same as the API client: peer verification on.')
TLS(R, P, 636, 'verify_peer', L, 'ssl::context::set_verify_mode(verify_peer) (WebSocketUserDataStreamsClient)',
    'enabled', 'never', 'peer', 'Same: peer verification on.')
P = 'binance/lib/http_client.cpp'
HTTP_NOTE = ('HTTPClientImpl::performRequest takes a "timeout" parameter (default 60) but never uses it; the '
             'synchronous Beast calls have no bound.')
T(R, P, 59, 'resolve', L, 'tcp::resolver::resolve (performRequest)', 'missing', 'none', BEAST_D,
  'Blocking resolve. ' + HTTP_NOTE)
TLS(R, P, 83, 'verify_none', L, 'ssl::context::set_verify_mode(verify_none) (performRequest)', 'disabled',
    'always', 'both', 'Every HTTPS REST call (orders, account, listen keys: signed requests carrying the API key) '
    'is made with certificate verification off; no host-name check either.')
T(R, P, 86, 'connect', L, 'tcp_stream::connect + ssl_stream::handshake (lines 86-87, https)', 'missing', 'none',
  BEAST_D, 'Synchronous connect and TLS handshake. ' + HTTP_NOTE)
T(R, P, 89, 'write', L, 'http::write (https)', 'missing', 'none', BEAST_D, 'Synchronous request write. ' + HTTP_NOTE)
T(R, P, 92, 'read', L, 'http::read (https)', 'missing', 'none', BEAST_D,
  'Synchronous response read: blocks for ever on a stalled server. ' + HTTP_NOTE)
T(R, P, 95, 'shutdown', L, 'ssl_stream::shutdown (https)', 'missing', 'none', BEAST_D,
  'TLS close_notify exchange, waits for the peer\'s close_notify without a bound.')
T(R, P, 104, 'connect', L, 'tcp_stream::connect + http::write (lines 104-106, http)', 'missing', 'none', BEAST_D,
  'Plain-HTTP branch: synchronous connect and write. ' + HTTP_NOTE)
T(R, P, 109, 'read', L, 'http::read (http)', 'missing', 'none', BEAST_D, 'Synchronous response read. ' + HTTP_NOTE)

# ---------------------------------------------------------------- open-telemetry/opentelemetry-cpp (libcurl)
R = 'open-telemetry/opentelemetry-cpp'
L = 'libcurl'
OTEL_TMO = ('HttpOperation::Setup sets CURLOPT_TIMEOUT_MS from http_conn_timeout_ (http_operation_curl.cc:1203), '
            'which HttpClient passes from the request\'s timeout_ms_ (OTLP HTTP exporter option timeout, default '
            '10 s; HttpOperation default kDefaultHttpConnTimeout 5 s), plus a low-speed limit (4 kB/s for 30 s).')
P = 'ext/src/http/client/curl/http_client_curl.cc'
T(R, P, 752, 'curl_multi_add_handle', L, 'curl_multi_add_handle (HttpClient::doAddSessions)', 'present',
  'other_TU', CURL_D, 'Starts the asynchronous transfers of queued sessions. ' + OTEL_TMO)
RT(R, P, 864, 'curl_multi_add_handle', L, 'HttpClient::doRetrySessions: re-add the easy handle once '
   'NextRetryTime() has passed', 'yes', 'yes', 'yes', 'exponential_jitter', 'none', 'scheduled_resend',
   'Compiled with ENABLE_OTLP_RETRY_PREVIEW (WITH_OTLP_RETRY_PREVIEW). When a finished transfer IsRetryable() '
   '(HTTP 429/502/503/504 with CURLE_OK and retry_attempts_ < max_attempts), the session goes to '
   'pending_to_retry_sessions_ (line 531) and is re-added here: the same OTLP export POST (spans/metrics/logs '
   'batch) is sent again with no idempotency key; a 502/504 from a gateway can follow a batch the collector '
   'already accepted, so data may be duplicated. Backoff initial_backoff * multiplier^(n-1) capped at '
   'max_backoff, jitter x0.8-1.2, or the server\'s Retry-After (http_operation_curl.cc:609-638); OTLP defaults 5 '
   'attempts, 1 s, 5 s, 1.5. Finding reason: non-idempotent (POST re-sent).')
P = 'ext/src/http/client/curl/http_operation_curl.cc'
TLS(R, P, 1132, 'CURLOPT_SSL_VERIFYPEER', L, 'SetCurlLongOption(CURLOPT_SSL_VERIFYPEER, 0) if ssl_insecure_skip_verify',
    'disabled', 'option', 'peer', 'Only when the exporter option ssl_insecure_skip_verify is set (default false). '
    'Unscored.')
TLS(R, P, 1138, 'CURLOPT_SSL_VERIFYHOST', L, 'SetCurlLongOption(CURLOPT_SSL_VERIFYHOST, 0) if ssl_insecure_skip_verify',
    'disabled', 'option', 'host', 'Same option, host-name check. Unscored.')
TLS(R, P, 1154, 'CURLOPT_SSL_VERIFYPEER', L, 'SetCurlLongOption(CURLOPT_SSL_VERIFYPEER, 1)', 'enabled', 'never',
    'peer', 'Default HTTPS path: verification enforced.')
TLS(R, P, 1160, 'CURLOPT_SSL_VERIFYHOST', L, 'SetCurlLongOption(CURLOPT_SSL_VERIFYHOST, 2)', 'enabled', 'never',
    'host', 'Default HTTPS path: host-name check enforced.')
T(R, P, 1417, 'curl_easy_perform', L, 'curl_easy_perform (HttpOperation::Send, synchronous export)', 'present',
  'same_TU', CURL_D, OTEL_TMO)

# ---------------------------------------------------------------- guendto/cclive (libcurl via cc::file, C++)
R = 'guendto/cclive'
L = 'libcurl'
P = 'src/cc/get.cpp'
RT(R, P, 80, 'write', L, 'cc::get: while (retry <= max_retries) { wait(retry_wait); file.write (resumed GET) }',
   'no', 'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'Media download: each attempt builds a new cc::file (which measures the partial file) and file.write does a '
   'GET resumed at that offset (CURLOPT_RESUME_FROM_LARGE, file.cpp:186); a failed transfer returns false and is '
   'retried after cc::wait(retry_wait). Defaults (options.h): max-retries 5, retry-wait 5 s. Idempotent GET, '
   'bounded, fixed wait. Expect no finding.', at='file.write(')


def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
