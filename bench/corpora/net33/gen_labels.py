#!/usr/bin/env python3
"""Hand labels of the net33 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net33. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net33/src'
PREFIX = 'n33'
COMMITS = {
    'VA7ODR/RESTCore': 'cbc5ed76a5068fc2c18dc792bfaaf49cd9723645',
    'VowpalWabbit/reinforcement_learning': 'a04ede6d5573561cca38c223cdf899179f48ee3a',
    'ess-dmsc/kafka-to-nexus': '162d07cacfe6e2227ba71723863c6cd8064dd89a',
    'GuillaumeChamp/School-Project-PLT': 'a4e03a29b098f987eb9d286bd4558dd67a9bab6a',
    'cedoduarte/ASP-NET-Core_plus_Angular_plus_Qt': '8c469759edef9c8655ce76031c16fd44307a1ecf',
    'shigmas/SFOsaka': '68a07414dabde7efa43ddf7792cb406d53e00959',
    'CrimsonlineCorporation/server': 'f8cbfbb125aafe704c346d73ccf4fc3a0b06a7cd',
    'long-fu/kafka_client': '3fe9f8670349953bda7b0949213adb497a59e9af',
    'PUT-Motorsport/PUTM_EV_Dataviewer': 'e7cbf9e10cf289774672d11b951720c6ba788164',
    'inverted-ai/invertedai': '82eb69fc86c3b7a21e2cb87b8e0dc8acb467fe3d',
    'stiali/libant': '85aadb6ae85645165d61b0a1382beb1c427896cb',
    'josnih21/HttpClientExampleCpp': 'fad76c06fe084b0cbcb78fc58329cb25b24fc046',
    'mgoral/CIObserver': 'f8bcbb0facbd84a296f32310a62392e94ab8c52d',
    'bbvch/Coronan': '1fd2eaf5951dd36347a35b7573251aa48494bb0a',
    'sandvikcode/pubsuber': '1083c20e71fc057accf1bc0e7fbb31008efaf885',
    'lidianzhe/rz500': '36d32842e5801607c43f958bd82d3a573e2c0242',
}

BEAST_D = ('none (Beast/Asio operations have no timeout unless tcp_stream::expires_after or websocket '
           'timeout options are set; sync operations ignore both)')
ASIO_D = 'none (standalone Asio sockets and resolvers have no timeout; only a timer the code arms can cancel them)'
CPPREST_D = '30s (http_client_config default timeout)'
QNAM5_D = 'none (Qt 5.15 QNetworkRequest transferTimeout default 0 = no timeout)'
QNAM6_D = 'none (Qt 6.4 QNetworkRequest/QNetworkAccessManager transferTimeout default 0 = no timeout)'
QTCP_D = 'none (QAbstractSocket::connectToHost has no timeout of its own; waitForConnected(msecs) bounds the wait)'
POCO_D = ('60s send/receive, 30s connect (Poco::Net::HTTPSession defaults HTTP_DEFAULT_TIMEOUT / '
          'HTTP_DEFAULT_CONNECTION_TIMEOUT)')
KAFKA_NOTE = ('librdkafka 2.0 defaults: message.send.max.retries 2147483647, retry.backoff.ms 100 (fixed), '
              'message.timeout.ms 300000 bounds each message\'s delivery including retries, enable.idempotence false.')

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net33')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


# ---------------------------------------------------------------- VA7ODR/RESTCore (Boost.Beast sync client library)
R, P = 'VA7ODR/RESTCore', 'src/Client.cpp'
NOTO = 'RESTCore never calls expires_after/expires_at and sets no socket option anywhere (src/Client.cpp, include/RESTCore/Client.hpp); '
B = 'boost-beast'
T(R, P, 42, 'resolve', B, 'tcp::resolver::resolve', 'missing', 'none', BEAST_D,
  NOTO + 'blocking DNS lookup in the Connection constructor.')
T(R, P, 46, 'connect', B, 'tcp_stream::connect', 'missing', 'none', BEAST_D,
  NOTO + 'synchronous plain-HTTP connect of the keep-alive Connection.')
TLS(R, P, 50, 'verify_peer', 'boost-asio', 'ssl::context::set_verify_mode', 'enabled', 'never', 'peer',
    'Connection (https): default verify paths + ssl::verify_peer; no host_name_verification/rfc2818 callback, so only the chain is checked.')
T(R, P, 58, 'connect', B, 'tcp_stream::connect + ssl_stream::handshake', 'missing', 'none', BEAST_D,
  NOTO + 'synchronous connect of the lowest layer and TLS handshake on the next line (one label, 1 line apart).')
T(R, P, 111, 'shutdown', B, 'ssl_stream::shutdown', 'missing', 'none', BEAST_D,
  NOTO + 'Connection::close(): synchronous TLS shutdown waits for the peer\'s close_notify.')
T(R, P, 164, 'write', B, 'http::write + http::read', 'missing', 'none', BEAST_D,
  NOTO + 'Connection::request over plain HTTP: write and read on the next line (one label); a silent server blocks forever.')
T(R, P, 167, 'write', B, 'http::write + http::read', 'missing', 'none', BEAST_D,
  NOTO + 'Connection::request over TLS: write and read on the next line (one label).')
T(R, P, 248, 'write', B, 'http::write + http::read_header', 'missing', 'none', BEAST_D,
  NOTO + 'Connection::stream_request (generic lambda): request write and header read on the next line.')
T(R, P, 257, 'read_some', B, 'http::read_some', 'missing', 'none', BEAST_D,
  NOTO + 'chunked body read loop of Connection::stream_request.')
T(R, P, 277, 'read_some', B, 'http::read_some', 'missing', 'none', BEAST_D,
  NOTO + 'buffer_body read loop of Connection::stream_request.')
T(R, P, 588, 'resolve', B, 'tcp::resolver::resolve', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request (one-shot): blocking DNS lookup.')
T(R, P, 609, 'connect', B, 'tcp_stream::connect + http::write', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request plain HTTP: connect, and the request write 2 lines below (one label).')
T(R, P, 613, 'read', B, 'http::read', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request plain HTTP: response read.')
TLS(R, P, 623, 'verify_peer', 'boost-asio', 'ssl::context::set_verify_mode', 'enabled', 'never', 'peer',
    'Client::request (https): ssl::verify_peer on a fresh context with default verify paths; no host name check.')
T(R, P, 634, 'connect', B, 'tcp_stream::connect', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request https: synchronous connect of the lowest layer.')
T(R, P, 637, 'handshake', B, 'ssl_stream::handshake + http::write', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request https: TLS handshake, and the request write 2 lines below (one label).')
T(R, P, 641, 'read', B, 'http::read', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request https: response read.')
T(R, P, 645, 'shutdown', B, 'ssl_stream::shutdown', 'missing', 'none', BEAST_D,
  NOTO + 'Client::request https: synchronous TLS shutdown.')
T(R, P, 668, 'resolve', B, 'tcp::resolver::resolve', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request: blocking DNS lookup.')
T(R, P, 707, 'write', B, 'http::write + http::read_header', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request (generic lambda): write and header read on the next line.')
T(R, P, 716, 'read_some', B, 'http::read_some', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request chunked read loop.')
T(R, P, 735, 'read_some', B, 'http::read_some', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request buffer_body read loop.')
T(R, P, 763, 'connect', B, 'tcp_stream::connect', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request plain HTTP connect.')
TLS(R, P, 774, 'verify_peer', 'boost-asio', 'ssl::context::set_verify_mode', 'enabled', 'never', 'peer',
    'Client::stream_request (https): ssl::verify_peer with default verify paths; no host name check.')
T(R, P, 783, 'connect', B, 'tcp_stream::connect + ssl_stream::handshake', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request https: connect and TLS handshake on the next line (one label).')
T(R, P, 789, 'shutdown', B, 'ssl_stream::shutdown', 'missing', 'none', BEAST_D,
  NOTO + 'Client::stream_request https: synchronous TLS shutdown.')

# ---------------------------------------------------------------- VowpalWabbit/reinforcement_learning (cpprestsdk)
R = 'VowpalWabbit/reinforcement_learning'
C = 'cpprestsdk'
CFG = ('the wrapped web::http::client::http_client is built with utility::get_http_config(cfg) '
       '(rlclientlib/utility/http_helper.cc:20: set_timeout(seconds(timeout)), timeout from config '
       'HTTP_CLIENT_TIMEOUT default 30, clamped to 1..30 s). ')
TLS(R, 'rlclientlib/utility/http_helper.cc', 16, 'set_validate_certificates', C,
    'http_client_config::set_validate_certificates(!HTTP_CLIENT_DISABLE_CERT_VALIDATION)', 'disabled', 'option', 'both',
    'Validation is on by default and turned off only when the configuration sets http.client.disable_cert_validation.')
T(R, 'rlclientlib/utility/http_client.cc', 22, 'request', C, 'web::http::client::http_client::request', 'present',
  'other_TU', CPPREST_D, 'Wrapper http_client::request(method): ' + CFG, at='_impl.request')
T(R, 'rlclientlib/utility/http_client.cc', 24, 'request', C, 'web::http::client::http_client::request', 'present',
  'other_TU', CPPREST_D, 'Wrapper http_client::request(request): ' + CFG, at='_impl.request')
for p, a, b in (('rlclientlib/model_mgmt/restapi_data_transport.cc', 62, 132),
                ('rlclientlib/model_mgmt/restapi_data_transport_oauth.cc', 69, 139)):
    T(R, p, a, 'request', C, 'i_http_client::request (cpprest http_client)', 'present', 'other_TU', CPPREST_D,
      'get_data_info HEAD/GET of the model blob through the i_http_client made by create_http_client '
      '(rlclientlib/utility/http_client.cc): ' + CFG, at='->request(')
    T(R, p, b, 'request', C, 'i_http_client::request (cpprest http_client)', 'present', 'other_TU', CPPREST_D,
      'get_data model download through the i_http_client made by create_http_client: ' + CFG, at='->request(')
T(R, 'rlclientlib/logger/http_transport_client.h', 216, 'request', C, 'i_http_client::request (cpprest http_client)',
  'present', 'other_TU', CPPREST_D,
  'Event upload POST; the client comes from create_http_client (azure_factories.cc): ' + CFG, at='->request(')
RT(R, 'rlclientlib/logger/http_transport_client.h', 216, 'request', C,
   'http_request_task::send_request_with_retries (recursive re-POST)', 'yes', 'yes', 'yes', 'fixed', 'none',
   'recursion',
   'Any non-2xx (or exception) re-sends the same POST body (event batch to Event Hub / API endpoint) after '
   'sleep_for(1000 ms), until try_count >= max_retries or max_retry_duration elapsed (azure_factories.cc passes the '
   'configured *_MAX_HTTP_RETRIES, default 4, and *_MAX_HTTP_RETRY_DURATION_MS, default 3600000); '
   'no idempotency key or de-duplication, so a lost response duplicates the batch.', at='->request(')

# ---------------------------------------------------------------- ess-dmsc/kafka-to-nexus
R = 'ess-dmsc/kafka-to-nexus'
RT(R, 'src/Kafka/Producer.cpp', 59, 'create', 'librdkafka (C++)', 'RdKafka::Producer::create in Kafka::Producer::Producer',
   'no', 'yes', 'yes', 'fixed', 'kafka_idempotence', 'kafka_default',
   'The configuration comes from BrokerSettings::KafkaConfiguration (src/Kafka/BrokerSettings.h:36-55) applied by '
   'configureKafka(); its defaults include {"enable.idempotence", "true"}, so librdkafka\'s internal retries are '
   'de-duplicated by the broker. ' + KAFKA_NOTE.replace(', enable.idempotence false', ''), config_lines=[])
P = 'src/Metrics/CarbonConnection.cpp'
A = 'asio'
T(R, P, 40, 'async_connect', A, 'asio::ip::tcp::socket::async_connect', 'missing', 'none', ASIO_D,
  'Connect to the Carbon (Graphite) server; the only timer (ReconnectTimeout) is used for reconnect delays, never to cancel the connect.')
T(R, P, 119, 'async_write', A, 'asio::async_write', 'missing', 'none', ASIO_D,
  'Metric upload when the buffer exceeds MessageAdditionLimit; no timer or socket option bounds the write.')
T(R, P, 127, 'async_write', A, 'asio::async_write', 'missing', 'none', ASIO_D,
  'Metric upload after dequeuing a message (and the same call 2 lines below); no bound.')
T(R, P, 171, 'async_resolve', A, 'asio::ip::tcp::resolver::async_resolve', 'missing', 'none', ASIO_D,
  'doAddressQuery: DNS lookup of the Carbon host, not bounded.')
RT(R, P, 171, 'async_resolve', A, 'Connection::Impl::reconnect -> doAddressQuery (timer-driven reconnect loop)',
   'no', 'yes', 'no', 'fixed', 'method_idempotent', 'timer_callback',
   'Resolve/connect failures and receive errors call reconnect(), which waits 10 s (100 ms after a receive error) on '
   'ReconnectTimeout and calls doAddressQuery() again; there is no attempt limit, so it reconnects forever. Only the '
   'connection is re-established (metric lines are plain Carbon text).')

# ---------------------------------------------------------------- GuillaumeChamp/School-Project-PLT (Beast async)
R, P = 'GuillaumeChamp/School-Project-PLT', 'src/client/client/httpClient.cpp'
T(R, P, 32, 'async_resolve', B, 'tcp::resolver::async_resolve', 'missing', 'none', BEAST_D,
  'session::run: async DNS; the 30 s stream expiry is armed only afterwards in on_resolve.')
T(R, P, 49, 'async_connect', B, 'tcp_stream::async_connect', 'present', 'same_function', BEAST_D,
  'stream_.expires_after(30s) three lines above.')
T(R, P, 65, 'async_write', B, 'http::async_write', 'present', 'same_function', BEAST_D,
  'expires_after(30s) re-armed in on_connect before the POST write.')
T(R, P, 78, 'async_read', B, 'http::async_read', 'present', 'same_TU', BEAST_D,
  'on_write arms nothing, but the 30 s expiry set in on_connect before the write still covers the read.')

# ---------------------------------------------------------------- cedoduarte (Qt 6 widgets client)
R = 'cedoduarte/ASP-NET-Core_plus_Angular_plus_Qt'
P = 'FE-Qt-app/Test/mainwindow.cpp'
Q = 'qt-network'
QN = ('m_manager is a QSslNetAccessManager (qsslnetaccessmanager.cpp: empty constructor) and QSslNetRequest only '
      'sets VerifyNone and a content type; no setTransferTimeout and no QTimer abort anywhere in the app. ')
T(R, P, 75, 'get', Q, 'QNetworkAccessManager::get', 'missing', 'none', QNAM6_D, QN + 'GET of all credit cards.',
  at='->get(')
T(R, P, 89, 'post', Q, 'QNetworkAccessManager::post', 'missing', 'none', QNAM6_D, QN + 'POST of a new card.',
  at='->post(')
T(R, P, 103, 'put', Q, 'QNetworkAccessManager::put', 'missing', 'none', QNAM6_D, QN + 'PUT of an edited card.',
  at='->put(')
T(R, P, 110, 'post', Q, 'QNetworkAccessManager::post', 'missing', 'none', QNAM6_D, QN + 'POST .../eliminar/<id> (delete).',
  at='->post(')
TLS(R, 'FE-Qt-app/Test/qsslnetrequest.cpp', 30, 'VerifyNone', Q,
    'QSslConfiguration::setPeerVerifyMode(QSslSocket::VerifyNone)', 'disabled', 'always', 'both',
    'Every QSslNetRequest (used for all four https://localhost:7211 calls) disables peer verification in init().')

# ---------------------------------------------------------------- shigmas/SFOsaka (Qt 5 client library + app)
R = 'shigmas/SFOsaka'
P = 'client/FJClient/FJOperation.cpp'
FJ = ('The QNetworkAccessManager is created in FJClient::FJClient (FJClient.cpp:25) with no setTransferTimeout; '
      'FJClient\'s QTimer only schedules queued operations, it never aborts a reply. ')
T(R, P, 320, 'post', Q, 'QNetworkAccessManager::post', 'missing', 'none', QNAM5_D, FJ + 'JSON POST with CSRF header.',
  at='->post(')
T(R, P, 327, 'get', Q, 'QNetworkAccessManager::get', 'missing', 'none', QNAM5_D, FJ + 'GET of the fetch/check URL.',
  at='->get(')
TLS(R, P, 231, 'ignoreSslErrors', Q, 'QNetworkReply::ignoreSslErrors(errors)', 'disabled', 'always', 'both',
    '_OnSslErrors (connected to every GET reply at line 333) ignores whatever SSL errors are reported '
    '("Hacky hack hack" for Android), so any certificate is accepted.')
TLS(R, 'client/SFOsaka/src/SFOIgnoreNetworkAccessManager.cpp', 20, 'ignoreSslErrors', Q,
    'QNetworkReply::ignoreSslErrors(errors)', 'disabled', 'always', 'both',
    'The QML network factory\'s QNAM subclass connects sslErrors to a slot that ignores all reported errors.')

# ---------------------------------------------------------------- CrimsonlineCorporation/server (Qt 5 QTcpSocket)
R, P = 'CrimsonlineCorporation/server', 'Qt/NetWork/tcpconnection.cpp'
T(R, P, 22, 'connectToHost', Q, 'QAbstractSocket::connectToHost', 'present', 'same_function', QTCP_D,
  'waitForConnected(_waitForConnectedTimemsecs) on the next line bounds the connect to 5000 ms (tcpconnection.h).',
  scope='connect')
RT(R, P, 26, 'singleShot', Q, 'TCPConnection::reConnectingServer re-scheduled with QTimer::singleShot(0)',
   'no', 'no', 'no', 'none', 'method_idempotent', 'timer_callback',
   'When waitForConnected fails the slot re-schedules itself with a 0 ms single-shot timer, and disconnected() '
   'also triggers it: reconnects forever with no delay (a refused connection fails at once, so this spins).')

# ---------------------------------------------------------------- long-fu/kafka_client (C, librdkafka)
R, P = 'long-fu/kafka_client', 'producer.c'
RT(R, P, 84, 'rd_kafka_new', 'librdkafka', 'rd_kafka_new(RD_KAFKA_PRODUCER)', 'no', 'yes', 'yes', 'fixed',
   'kafka_idempotence', 'kafka_default',
   'enable.idempotence=true is set at line 61 on this configuration before the producer is created. '
   + KAFKA_NOTE.replace(', enable.idempotence false', ''), config_lines=[45, 53, 61])
RT(R, P, 99, 'rd_kafka_producev', 'librdkafka', 'rd_kafka_producev: goto retry on RD_KAFKA_RESP_ERR__QUEUE_FULL',
   'no', 'yes', 'no', 'fixed', 'kafka_idempotence', 'loop',
   'On QUEUE_FULL the code polls up to 1000 ms and jumps back to retry with no attempt limit; the message was not '
   'enqueued, so no duplicate, but the loop can spin forever while the broker is unreachable.')

# ---------------------------------------------------------------- PUT-Motorsport/PUTM_EV_Dataviewer (Poco)
R, P = 'PUT-Motorsport/PUTM_EV_Dataviewer', 'src/http_client.cpp'
PC = 'poco-net'
T(R, P, 19, 'sendRequest', PC, 'HTTPClientSession::sendRequest', 'present', 'none', POCO_D,
  'Session made in the constructor with no setTimeout: bounded only by the Poco default.')
T(R, P, 22, 'receiveResponse', PC, 'HTTPClientSession::receiveResponse', 'present', 'none', POCO_D,
  'No setTimeout on the session: Poco default receive timeout.')
RT(R, P, 45, 'send_request', PC, 'tFunction: while (true) polls http_client::send_request (GET)', 'no', 'no', 'no',
   'none', 'method_idempotent', 'loop',
   'Polling thread: every Poco exception is caught and the loop immediately calls send_request again; the 0.25 s '
   'usleep is only on the success path, so a down server is retried forever without any wait.')

# ---------------------------------------------------------------- inverted-ai/invertedai (Beast sync SSL)
R, P = 'inverted-ai/invertedai', 'invertedai_cpp/invertedai/session.cc'
NOI = ('Session uses beast::ssl_stream<tcp_stream>/tcp_stream synchronously (session.h: tcp_stream_.expires_never()), '
       'so nothing bounds it; ')
T(R, P, 48, 'resolve', B, 'tcp::resolver::resolve', 'missing', 'none', BEAST_D, NOI + 'Session::connect DNS lookup.')
T(R, P, 54, 'connect', B, 'tcp_stream::connect + ssl_stream::handshake', 'missing', 'none', BEAST_D,
  NOI + 'connect of the lowest layer and TLS handshake on the next line (one label).')
T(R, P, 58, 'connect', B, 'tcp_stream::connect', 'missing', 'none', BEAST_D, NOI + 'local (IAI_DEV) plain connect.')
T(R, P, 86, 'shutdown', B, 'ssl_stream::shutdown', 'missing', 'none', BEAST_D, NOI + 'synchronous TLS shutdown.')
T(R, P, 141, 'write', B, 'http::write', 'missing', 'none', BEAST_D, NOI + 'request write (local mode).')
T(R, P, 144, 'write', B, 'http::write', 'missing', 'none', BEAST_D, NOI + 'request write over TLS.')
T(R, P, 150, 'read', B, 'http::read', 'missing', 'none', BEAST_D, NOI + 'response read (local mode).')
T(R, P, 153, 'read', B, 'http::read', 'missing', 'none', BEAST_D, NOI + 'response read over TLS.')
RT(R, P, 144, 'write', B, 'Session::request retry loop (while retry_count < max_retries)', 'yes', 'yes', 'no',
   'exponential', 'none', 'loop',
   'The loop re-writes the same request (POST for initialize/drive/blame) on an error or a status in '
   'status_force_list {408,429,500,502,503,504}, sleeping base_backoff*backoff_factor^n (1 s, x2, no cap); '
   'max_retries defaults to infinity (session.h:109, and api.cc passes no value), so it never gives up; '
   'no idempotency key.')

# ---------------------------------------------------------------- stiali/libant (Beast async HTTP(S) client)
R = 'stiali/libant'
H = 'include/libant/net/http/'
LT = ('ioTimeout_/connectTimeout_ come from the constructor (defaults 5000 ms / 2000 ms, finite in every caller). ')
T(R, H + 'base_http_client.h', 178, 'async_resolve', B, 'tcp::resolver::async_resolve', 'missing', 'none', BEAST_D,
  'BaseHttpClient::resolve: no timer is armed before the DNS lookup (the stream expiry is set only in connect()).')
T(R, H + 'base_http_client.h', 188, 'async_connect', B, 'tcp_stream::async_connect', 'present', 'same_function',
  BEAST_D, LT + 'stream.expires_after(connectTimeout_) two lines above.')
T(R, H + 'https_client.h', 62, 'async_handshake', B, 'ssl_stream::async_handshake', 'present', 'same_TU', BEAST_D,
  LT + 'no new expiry in handshake(), but the connect expiry armed in BaseHttpClient::connect still runs during the handshake.')
T(R, H + 'https_client.h', 74, 'async_write', B, 'http::async_write', 'present', 'same_function', BEAST_D,
  LT + 'get_lowest_layer(stream_).expires_after(ioTimeout_) two lines above.')
T(R, H + 'https_client.h', 83, 'async_read', B, 'http::async_read', 'present', 'same_function', BEAST_D,
  LT + 'expires_after(ioTimeout_) re-armed two lines above.')
T(R, H + 'http_client.h', 61, 'async_write', B, 'http::async_write', 'present', 'same_function', BEAST_D,
  LT + 'stream_.expires_after(ioTimeout_) two lines above.')
T(R, H + 'http_client.h', 69, 'async_read', B, 'http::async_read', 'present', 'same_function', BEAST_D,
  LT + 'stream_.expires_after(ioTimeout_) two lines above.')
P = 'src/net/http/base_http_client.cpp'
RT(R, P, 99, 'send_request', B, 'BaseHttpClient::on_response_read: resend on a non-200 status', 'yes', 'no', 'yes',
   'none', 'none', 'callback',
   'Any status other than 200 re-sends the current request (Get or Post, same body) at once, up to maxRetryTimes '
   '(default 2); there is no delay and no idempotency key, so a POST the server already processed is repeated.')
RT(R, P, 236, 'resolve', B, 'BaseHttpClient::on_connect: re-resolve/reconnect on a connect error', 'no', 'no', 'yes',
   'none', 'method_idempotent', 'callback',
   'A failed connect (including the 2 s connect timeout) immediately starts resolve() again, up to maxRetryTimes '
   '(default 2), with no delay between attempts; the request has not been sent yet.')
TLS(R, 'src/net/http/http_client_pool.cpp', 17, 'verify_none', 'boost-asio', 'ssl::context::set_verify_mode', 'disabled',
    'option', 'both',
    'HttpClientPool picks verify_peer for SecurityMode::https_verify_peer_cert and verify_none for '
    'SecurityMode::https_verify_none: the caller chooses.')

# ---------------------------------------------------------------- josnih21/HttpClientExampleCpp (cpprestsdk wrapper)
R, P = 'josnih21/HttpClientExampleCpp', 'HttpClient.cpp'
TLS(R, P, 8, 'set_validate_certificates', C, 'http_client_config::set_validate_certificates(false)', 'disabled',
    'always', 'both', 'create_client() builds every http_client of the wrapper with certificate validation off.')
T(R, P, 16, 'request', C, 'web::http::client::http_client::request', 'present', 'none', CPPREST_D,
  'GET; the config from create_client sets no timeout, so the cpprest 30 s default applies.', at='.request(')
T(R, P, 30, 'request', C, 'web::http::client::http_client::request', 'present', 'none', CPPREST_D,
  'POST; only the cpprest 30 s default timeout.', at='.request(')

# ---------------------------------------------------------------- mgoral/CIObserver (Poco NetSSL)
R = 'mgoral/CIObserver'
TLS(R, 'src/main.cpp', 40, 'VERIFY_NONE', 'poco-netssl', 'Poco::Net::Context(CLIENT_USE, ..., VERIFY_NONE)', 'disabled',
    'always', 'both',
    'The default client context used by SSLManager (initializeClient on the next line) never verifies the server '
    'certificate; the ConsoleCertificateHandler two lines above is never consulted because nothing fails verification.')
T(R, 'src/core/src/ConnectionFacade.cpp', 41, 'open', 'poco-net', 'URIStreamOpener::open', 'present', 'none', POCO_D,
  'Fetches the CI XML feed through Poco\'s HTTP(S)StreamFactory; no timeout is set, only the Poco session defaults.',
  at='.open(')

# ---------------------------------------------------------------- bbvch/Coronan (Poco NetSSL)
R = 'bbvch/Coronan'
TLS(R, 'src/ssl_client.cpp', 38, 'AcceptCertificateHandler', 'poco-netssl', 'Poco::Net::AcceptCertificateHandler',
    'disabled', 'always', 'both',
    'create_with_accept_certificate_handler (the only factory) installs AcceptCertificateHandler for the client: '
    'every certificate that fails verification is accepted.')
TLS(R, 'src/ssl_context-linux.cpp', 16, 'VERIFY_RELAXED', 'poco-netssl', 'Poco::Net::Context::VERIFY_RELAXED', 'enabled',
    'never', 'peer',
    'The context itself asks for verification (VERIFY_RELAXED); the acceptance of bad certificates comes from the '
    'handler in ssl_client.cpp, so a finding belongs there, not here.')

# ---------------------------------------------------------------- sandvikcode/pubsuber (gRPC C++ Pub/Sub client)
R = 'sandvikcode/pubsuber'
G = 'grpc++'
GRPC_D = 'none (no deadline unless ClientContext::set_deadline)'
MC = ('retriable::make_call (pubsuber/src/Retriable.h:90-126) creates a ClientContext per attempt with '
      'set_deadline(rpcTimeout) (default 20 s, doubled after DEADLINE_EXCEEDED) before the stub call. ')
RP = ('make_call retries DEADLINE_EXCEEDED and UNAVAILABLE in a while loop bounded by RetryCountPolicy (default 3) and '
      'MaxRetryTimePolicy (default 15 s, always finite), sleeping ExpoBackoff::Delay() between attempts '
      '(250 ms initial, x2.718, max 15 s, gaussian jitter). ')
T(R, 'pubsuber/src/Retriable.h', 104, 'function', G, 'Stub member call (*stub.*function)(&ctx, request, &response)',
  'present', 'same_function', GRPC_D, 'set_deadline(ctx, rpcTimeout) four lines above on the same ClientContext.',
  at='*function)(')
T(R, 'pubsuber/src/SubscriptionPullIterator.cpp', 33, 'Pull', G, 'Subscriber::Stub::Pull', 'present', 'same_function',
  GRPC_D, 'retriable::set_deadline(ctx) (20 s default, Retriable.h:66) on the line above.', at='->Pull(')
P = 'pubsuber/src/TopicImpl.cpp'
for line, rpc in ((46, 'GetTopic'), (68, 'CreateTopic'), (83, 'DeleteTopic'), (111, 'Publish')):
    T(R, P, line, 'make_call', G, 'retriable::make_call(Publisher::Stub::%s)' % rpc, 'present', 'same_TU', GRPC_D,
      MC + rpc + ' RPC.')
RT(R, P, 46, 'make_call', G, 'retriable::make_call(Publisher::Stub::GetTopic)', 'no', 'yes', 'yes',
   'exponential_jitter', 'method_idempotent', 'loop', RP + 'GetTopic only reads.')
RT(R, P, 83, 'make_call', G, 'retriable::make_call(Publisher::Stub::DeleteTopic)', 'no', 'yes', 'yes',
   'exponential_jitter', 'method_idempotent', 'loop', RP + 'DeleteTopic is idempotent (NOT_FOUND is accepted as success).')
RT(R, P, 111, 'make_call', G, 'retriable::make_call(Publisher::Stub::Publish)', 'yes', 'yes', 'yes',
   'exponential_jitter', 'none', 'loop',
   RP + 'Publish is not idempotent: a publish that reached the server but timed out (DEADLINE_EXCEEDED) is sent '
   'again and Pub/Sub stores the message twice; no message-level de-duplication key is set.')
P = 'pubsuber/src/SubscriptionImpl.cpp'
for line, rpc in ((43, 'GetSubscription'), (71, 'CreateSubscription'), (91, 'DeleteSubscription')):
    T(R, P, line, 'make_call', G, 'retriable::make_call(Subscriber::Stub::%s)' % rpc, 'present', 'same_TU', GRPC_D,
      MC + rpc + ' RPC.')
RT(R, P, 43, 'make_call', G, 'retriable::make_call(Subscriber::Stub::GetSubscription)', 'no', 'yes', 'yes',
   'exponential_jitter', 'method_idempotent', 'loop', RP + 'GetSubscription only reads.')
RT(R, P, 91, 'make_call', G, 'retriable::make_call(Subscriber::Stub::DeleteSubscription)', 'no', 'yes', 'yes',
   'exponential_jitter', 'method_idempotent', 'loop', RP + 'DeleteSubscription is idempotent (NOT_FOUND is accepted).')


# ---------------------------------------------------------------- lidianzhe/rz500 rzagent (Poco HTTPClientSession)
R, P = 'lidianzhe/rz500', 'rzagent/httpclient.cpp'
for line, tok, api, setl, what in (
        (58, 'sendRequest', 'HTTPClientSession::sendRequest', 55, 'Client::Get of the log list'),
        (59, 'receiveResponse', 'HTTPClientSession::receiveResponse', 55, 'Client::Get response'),
        (84, 'sendRequest', 'HTTPClientSession::sendRequest', 80, 'Client::Post of a log entry (JSON)'),
        (86, 'receiveResponse', 'HTTPClientSession::receiveResponse', 80, 'Client::Post response'),
        (116, 'sendRequest', 'HTTPClientSession::sendRequest', 113, 'Client::getDatetime request'),
        (117, 'receiveResponse', 'HTTPClientSession::receiveResponse', 113, 'Client::getDatetime response')):
    T(R, P, line, tok, 'poco-net', api, 'present', 'same_function', POCO_D,
      '%s: session.setTimeout(Poco::Timespan(2,0)) at line %d sets connect/send/receive to 2 s.' % (what, setl),
      at='.' + tok + '(')


def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
