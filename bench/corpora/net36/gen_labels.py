#!/usr/bin/env python3
"""Hand labels of the net36 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net36. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net36/src'
PREFIX = 'n36'
COMMITS = {
    'eduhds/logduto': '1f2b556a600ed8551972465e38a6488eb9c737a4',
    'yegorgru/ResourceMonitor': '2ecad713c55161820ada730c913c69539febb966',
    'loki2001-dev/cpprest-http-client-sdk': '976c890f83655cebeff581df2418b9e5d9e1be3f',
    'eclipse/paho.mqtt.cpp': '33921c8b68b351828650c36816e7ecf936764379',
    'sdclarke/buildbox-common': 'f77bf556176625b083dd45e2a6575a1301c6276a',
}

HTTPLIB_D = ('finite (vendored cpp-httplib 0.15.3: CPPHTTPLIB_CONNECTION_TIMEOUT_SECOND 300, READ_TIMEOUT 5 s, '
             'WRITE_TIMEOUT 5 s)')
BEAST_D = 'none (Boost.Beast 1.74 tcp_stream has no timeout until expires_after/expires_at is called)'
POCO_D = 'finite (Poco 1.11 HTTPClientSession: 60 s send/receive timeout, 30 s connect by default)'
CPPREST_D = 'finite (cpprestsdk 2.10 http_client_config timeout default 30 s)'
PAHO_SYNC_D = ('finite (paho.mqtt.cpp 1.2 mqtt::client waits for every token with timeout_, DFLT_TIMEOUT 30 s; '
               'set_timeout changes it)')
PAHO_CONNECT_D = ('finite (paho.mqtt.cpp 1.2 connect_options start from MQTTAsync_connectOptions_initializer: '
                  'connectTimeout 30 s)')
GRPC_D = 'none (gRPC C++: no deadline unless ClientContext::set_deadline; channel args here set none)'
PAHO_AUTO = ('paho.mqtt.c 1.3 automatic reconnect (MQTTAsync): after a lost connection the library reconnects '
             'forever, the wait doubling from minRetryInterval to maxRetryInterval; there is no attempt limit.')
GRPC_RETRIER = ('buildbox-common GrpcRetrier (buildboxcommon_grpcretrier.cpp, other TU): retries only UNAVAILABLE '
                '(plus codes the caller adds), retry limit d_retryLimit (ConnectionOptions default 4), delay '
                'd_retryDelay (default 1000 ms) * 1.6^attempt, no jitter; a new ClientContext per attempt.')

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net36')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


# ---------------------------------------------------------------- eduhds/logduto (cpp-httplib, C++)
R = 'eduhds/logduto'
P = 'main.cpp'
L = 'cpp-httplib'
TLS(R, P, 118, 'enable_server_certificate_verification', L,
    'httplib::Client::enable_server_certificate_verification(false)', 'disabled', 'always', 'both',
    'The forwarding client (httplib::Client built from the user-given URL, https included: main.cpp defines '
    'CPPHTTPLIB_OPENSSL_SUPPORT) always turns certificate verification off; cpp-httplib 0.15 then uses SSL_VERIFY_NONE '
    'and skips the host-name check, so every proxied https request accepts any certificate.')
TO_NOTE = ('Forwarded request inside the server handler lambda of main(); the shared client got '
           'set_connection_timeout/set_read_timeout/set_write_timeout(timeout, 0) at lines 119-121 of main() '
           '(-t, default 10 s).')
for ln, tok in ((244, 'Post'), (248, 'Post'), (252, 'Post'), (259, 'Put'), (263, 'Put'), (267, 'Put'),
                (272, 'Patch'), (276, 'Patch'), (281, 'Delete'), (285, 'Delete'), (292, 'Get')):
    T(R, P, ln, tok, L, 'httplib::Client::%s' % tok, 'present', 'same_function', HTTPLIB_D,
      TO_NOTE + ' The label covers the calls within 2 lines of it.', at='client.' + tok)

# ---------------------------------------------------------------- yegorgru/ResourceMonitor (Boost.Beast, Poco)
R = 'yegorgru/ResourceMonitor'
P = 'ResourceMonitor/Http/Beast/HttpSession.cpp'
B = 'Boost.Beast'
BN = ('Session has a beast::tcp_stream (HttpSession.h:42) and never calls expires_after. Two callers: the command-line '
      'client (Beast/Client/Client.cpp) only cancels on a user "cancel" command; the server\'s DatabaseManager.h '
      'arms a 30 s steady_timer that calls cancel(). The client path has no bound.')
T(R, P, 58, 'async_resolve', B, 'tcp::resolver::async_resolve', 'missing', 'none', BEAST_D, BN)
T(R, P, 70, 'async_connect', B, 'beast::tcp_stream::async_connect', 'missing', 'none', BEAST_D, BN)
T(R, P, 82, 'async_write', B, 'http::async_write', 'missing', 'none', BEAST_D, BN)
T(R, P, 94, 'async_read', B, 'http::async_read', 'missing', 'none', BEAST_D, BN)
P = 'ResourceMonitor/Http/Poco/HttpSession.cpp'
PO = 'Poco Net'
PN = ('Poco::Net::HTTPClientSession mSession. The server path (Poco/Server/DatabaseManager.cpp) calls '
      'Session::setTimeout(30) -> HTTPClientSession::setTimeout (line 67 of this file) before get/put; the '
      'command-line client path keeps Poco\'s defaults (60 s send/receive, 30 s connect). Bounded on every path.')
T(R, P, 88, 'sendRequest', PO, 'HTTPClientSession::sendRequest (PUT)', 'present', 'caller_config', POCO_D, PN)
T(R, P, 91, 'sendRequest', PO, 'HTTPClientSession::sendRequest (GET)', 'present', 'caller_config', POCO_D, PN)
T(R, P, 99, 'receiveResponse', PO, 'HTTPClientSession::receiveResponse', 'present', 'caller_config', POCO_D, PN)
P = 'ResourceMonitor/Http/Poco/Server/DatabaseManager.cpp'
T(R, P, 23, 'get', PO, 'Http::Poco::Session::get (GET to the database agent)', 'present', 'same_function', POCO_D,
  'Server-side request to the Python DB agent through the Session wrapper; session->setTimeout(30) two lines above '
  '(HTTPClientSession::setTimeout 30 s).', at='session->get')
T(R, P, 34, 'put', PO, 'Http::Poco::Session::put (PUT to the database agent)', 'present', 'same_function', POCO_D,
  'Server-side PUT to the DB agent; session->setTimeout(30) on line 32.', at='session->put')

# ---------------------------------------------------------------- loki2001-dev/cpprest-http-client-sdk (cpprestsdk)
R = 'loki2001-dev/cpprest-http-client-sdk'
CR = 'cpprestsdk'
P = 'src/HttpClientImpl.cpp'
CN = ('The http_client comes from get_or_create_client, built with create_client_config(), which calls '
      'client_config.set_timeout(connect_timeout + read_timeout) (Config.h defaults 10 s + 30 s).')
TLS(R, P, 194, 'set_validate_certificates', CR, 'http_client_config::set_validate_certificates(false)', 'disabled',
    'option', 'both', 'Only when the user sets Config::verify_ssl = false (default true, Config.h:21).')
T(R, P, 295, 'request', CR, 'http_client::request (CORS preflight OPTIONS)', 'present', 'same_TU', CPPREST_D, CN,
  at='client->request')
T(R, P, 348, 'request', CR, 'http_client::request (execute_request)', 'present', 'same_TU', CPPREST_D, CN,
  at='client->request')
P = 'src/HttpClientCo.cpp'
CN = ('Clients are built with create_client_config() (line 58), which calls client_config.set_timeout(connect_timeout '
      '+ read_timeout) (HttpClientCo.h defaults 5 s + 10 s).')
TLS(R, P, 62, 'set_validate_certificates', CR, 'http_client_config::set_validate_certificates(false)', 'disabled',
    'option', 'both', 'Only when Config::verify_ssl is false (default true, HttpClientCo.h:33).')
T(R, P, 123, 'request', CR, 'http_client::request (CORS preflight)', 'present', 'same_TU', CPPREST_D, CN,
  at='client.request')
T(R, P, 166, 'request', CR, 'http_client::request (execute_request_co)', 'present', 'same_TU', CPPREST_D, CN,
  at='client->request')

# ---------------------------------------------------------------- eclipse/paho.mqtt.cpp v1.2.0 samples
R = 'eclipse/paho.mqtt.cpp'
PM = 'paho.mqtt.cpp'
P = 'src/samples/async_subscribe.cpp'
RT(R, P, 110, 'connect', PM, 'async_client::connect in callback::reconnect', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'manual_loop',
   'Manual reconnect driven by the action listener: on_failure re-calls reconnect() until ++nretry_ > '
   'N_RETRY_ATTEMPTS (5), then exit(1); reconnect() sleeps 2500 ms before each connect. Connecting is idempotent.',
   at='cli_.connect')
P = 'src/samples/rpc_math_srvr.cpp'
RT(R, P, 61, 'reconnect', PM, 'mqtt::client::reconnect in try_reconnect', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'manual_loop',
   'try_reconnect: for (i < N_ATTEMPT (30) && !cli.is_connected()) { cli.reconnect(); } with sleep_for(1 s) after '
   'each failure. Bounded, fixed wait, reconnect is idempotent.', at='cli.reconnect')
P = 'src/samples/data_publish.cpp'
RT(R, P, 267, 'automatic_reconnect', PM, 'connect_options_builder::automatic_reconnect(true)', 'no', 'yes', 'no',
   'exponential', 'method_idempotent', 'library_auto_reconnect',
   PAHO_AUTO + ' Here with the defaults (1 s .. 60 s); the sample publishes forever, so the broker connection is '
   're-established without limit.')
T(R, P, 282, 'connect', PM, 'async_client::connect()->wait()', 'present', 'none', PAHO_CONNECT_D,
  'The token wait() has no timeout, but the connect itself is bounded by the library default connectTimeout (30 s); '
  'unscored.', at='cli.connect')
P = 'src/samples/async_publish_time.cpp'
RT(R, P, 121, 'automatic_reconnect', PM, 'connect_options_builder::automatic_reconnect(1 s, 10 s)', 'no', 'yes', 'no',
   'exponential', 'method_idempotent', 'library_auto_reconnect',
   PAHO_AUTO + ' Wait 1 s doubling to 10 s; run time is unlimited unless a run time argument is given.')
P = 'src/samples/sync_consume.cpp'
RT(R, P, 59, 'automatic_reconnect', PM, 'connect_options_builder::automatic_reconnect(2 s, 30 s)', 'no', 'yes', 'no',
   'exponential', 'method_idempotent', 'library_auto_reconnect',
   PAHO_AUTO + ' Wait 2 s doubling to 30 s; main() waits in while (!cli.is_connected()) sleep 250 ms (lines 114-116) '
   'with no limit.')
T(R, P, 86, 'connect', PM, 'mqtt::client::connect', 'present', 'none', PAHO_SYNC_D,
  'Synchronous client with its default 30 s token timeout (no set_timeout call); unscored.', at='cli.connect')
P = 'src/samples/sync_reconnect.cpp'
SN = 'cli.set_timeout(seconds(3)) on line 89: every synchronous client call waits at most 3 s for its token.'
T(R, P, 98, 'connect', PM, 'mqtt::client::connect', 'present', 'same_function', PAHO_SYNC_D, SN, at='cli.connect')
T(R, P, 108, 'reconnect', PM, 'mqtt::client::reconnect', 'present', 'same_function', PAHO_SYNC_D,
  SN + ' (Reconnects once per sample when disconnected; an exception ends the program, so this is not a retry.)',
  at='cli.reconnect')
T(R, P, 112, 'publish', PM, 'mqtt::topic::publish (synchronous client)', 'present', 'same_function', PAHO_SYNC_D, SN,
  at='top.publish')

# ---------------------------------------------------------------- sdclarke/buildbox-common (gRPC C++)
R = 'sdclarke/buildbox-common'
G = 'gRPC C++'
D = 'buildbox-common/buildboxcommon/'
P = D + 'buildboxcommon_grpcretrier.cpp'
RT(R, P, 74, 'd_grpcInvocation', G, 'GrpcRetrier::issueRequest loop', 'no', 'yes', 'yes', 'exponential',
   'method_idempotent', 'manual_loop',
   'while (true) { ClientContext; d_grpcInvocation(context); ... if (d_retryAttempts >= d_retryLimit) return false; '
   'sleep_for(d_retryDelayBase * 1.6^attempt) } -- bounded by d_retryLimit, exponential without jitter, server '
   'RetryInfo can raise the base. Only UNAVAILABLE is retried by default. The invocations it is used with in this '
   'corpus are CAS/ByteStream reads and content-addressed writes (idempotent); CreateLogStream is labelled at its '
   'call site.')
P = D + 'buildboxcommon_grpcretry.cpp'
RT(R, P, 112, 'grpcInvocation', G, 'GrpcRetry::retry loop (older helper)', 'no', 'yes', 'yes', 'exponential',
   'method_idempotent', 'manual_loop',
   'do { ClientContext; status = grpcInvocation(context); ... sleep_for(grpcRetryDelay * 1.6^nAttempts) } while '
   '(nAttempts < grpcRetryLimit + 1): bounded, exponential, no jitter; retries UNAVAILABLE plus the given codes; '
   'other errors throw.')
P = D + 'buildboxcommon_client.cpp'
CC = ('No ClientContext::set_deadline anywhere in buildbox-common at this commit; the GrpcRetrier gives each attempt a '
      'fresh context with no deadline (ConnectionOptions has retry limit/delay only).')
T(R, P, 107, 'GetCapabilities', G, 'Capabilities::Stub::GetCapabilities', 'missing', 'none', GRPC_D, CC)
RT(R, P, 107, 'GetCapabilities', G, 'GetCapabilities via Client::makeRetrier', 'no', 'yes', 'yes', 'exponential',
   'method_idempotent', 'wrapper_other_TU', 'Read-only capability query retried by GrpcRetrier. ' + GRPC_RETRIER)
T(R, P, 231, 'Read', G, 'ByteStream::Stub::Read (fetchString)', 'missing', 'none', GRPC_D, CC)
T(R, P, 237, 'Read', G, 'ClientReader<ReadResponse>::Read (fetchString)', 'missing', 'none', GRPC_D,
  CC + ' Stream reads on the same context.', at='reader->Read')
T(R, P, 288, 'Read', G, 'ByteStream::Stub::Read (download)', 'missing', 'none', GRPC_D, CC)
T(R, P, 291, 'Read', G, 'ClientReader<ReadResponse>::Read (download)', 'missing', 'none', GRPC_D,
  CC + ' Stream reads on the same context.', at='reader->Read')
T(R, P, 428, 'Write', G, 'ByteStream::Stub::Write (upload from string)', 'missing', 'none', GRPC_D, CC)
T(R, P, 449, 'Write', G, 'ClientWriter<WriteRequest>::Write (upload from string)', 'missing', 'none', GRPC_D,
  CC + ' Chunk writes on the same context.', at='writer->Write')
T(R, P, 487, 'Write', G, 'ByteStream::Stub::Write (upload from fd)', 'missing', 'none', GRPC_D, CC)
T(R, P, 518, 'Write', G, 'ClientWriter<WriteRequest>::Write (upload from fd)', 'missing', 'none', GRPC_D,
  CC + ' Chunk writes on the same context.', at='writer->Write')
T(R, P, 861, 'StageTree', G, 'LocalContentAddressableStorage::Stub::StageTree (bidi stream)', 'missing', 'none',
  GRPC_D, CC + ' Not retried; the stream stays open for the StagedDirectory\'s lifetime.')
T(R, P, 902, 'GetTree', G, 'ContentAddressableStorage::Stub::GetTree', 'missing', 'none', GRPC_D,
  CC + ' Not wrapped in the retrier.')
T(R, P, 906, 'Read', G, 'ClientReader<GetTreeResponse>::Read', 'missing', 'none', GRPC_D, CC, at='reader->Read')
T(R, P, 936, 'FetchTree', G, 'LocalContentAddressableStorage::Stub::FetchTree', 'missing', 'none', GRPC_D, CC)
T(R, P, 963, 'CaptureTree', G, 'LocalContentAddressableStorage::Stub::CaptureTree', 'missing', 'none', GRPC_D, CC)
T(R, P, 991, 'CaptureFiles', G, 'LocalContentAddressableStorage::Stub::CaptureFiles', 'missing', 'none', GRPC_D, CC)
T(R, P, 1023, 'BatchUpdateBlobs', G, 'ContentAddressableStorage::Stub::BatchUpdateBlobs', 'missing', 'none', GRPC_D,
  CC)
RT(R, P, 1023, 'BatchUpdateBlobs', G, 'BatchUpdateBlobs via issueRequestAndThrowOnErrors', 'no', 'yes', 'yes',
   'exponential', 'natural_key', 'wrapper_other_TU',
   'Content-addressed upload (blobs keyed by their digest): re-sending stores the same blobs. ' + GRPC_RETRIER)
T(R, P, 1066, 'BatchReadBlobs', G, 'ContentAddressableStorage::Stub::BatchReadBlobs', 'missing', 'none', GRPC_D, CC)
T(R, P, 1202, 'FindMissingBlobs', G, 'ContentAddressableStorage::Stub::FindMissingBlobs', 'missing', 'none', GRPC_D,
  CC)
RT(R, P, 1202, 'FindMissingBlobs', G, 'FindMissingBlobs via issueRequestAndThrowOnErrors', 'no', 'yes', 'yes',
   'exponential', 'method_idempotent', 'wrapper_other_TU', 'Read-only query. ' + GRPC_RETRIER)
P = D + 'buildboxcommon_logstreamwriter.cpp'
LC = ('grpc::ClientContext without set_deadline (no deadline anywhere in buildbox-common at this commit).')
T(R, P, 166, 'QueryWriteStatus', G, 'ByteStream::Stub::QueryWriteStatus', 'missing', 'none', GRPC_D,
  LC + ' The comment on line 60 says BuildGrid may block this call until a reader attaches.')
RT(R, P, 166, 'QueryWriteStatus', G, 'QueryWriteStatus via GrpcRetrier', 'no', 'yes', 'yes', 'exponential',
   'method_idempotent', 'wrapper_other_TU', 'Status query (read). ' + GRPC_RETRIER +
   ' (The lambda reuses the outer context on every attempt.)')
T(R, P, 181, 'Write', G, 'ByteStream::Stub::Write (log stream writer)', 'missing', 'none', GRPC_D,
  LC + ' d_clientContext is a member, never given a deadline; the writer is used for every write()/commit().')
T(R, P, 219, 'CreateLogStream', G, 'LogStreamService::Stub::CreateLogStream', 'missing', 'none', GRPC_D, LC)
RT(R, P, 219, 'CreateLogStream', G, 'CreateLogStream via GrpcRetrier', 'yes', 'yes', 'yes', 'exponential', 'none',
   'wrapper_other_TU',
   'CreateLogStream creates a new stream resource on every successful call and the request carries no request id; '
   'an UNAVAILABLE after the server handled it makes the retrier create a second stream. ' + GRPC_RETRIER)
P = D + 'buildboxcommon_connectionoptions.cpp'
TLS(R, P, 310, 'SslCredentials', G, 'grpc::SslCredentials(options)', 'enabled', 'never', 'both',
    'TLS channel for https/grpcs URLs; pem_root_certs from --server-cert (or the default roots); gRPC always checks '
    'the chain and host name, nothing here turns that off.')
TLS(R, P, 317, 'SslCredentials', G, 'grpc::SslCredentials(options) (with access token)', 'enabled', 'never', 'both',
    'Same SSL options, composed with the access-token call credentials.')


def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
