#!/usr/bin/env python3
"""Hand labels of the net37 corpus (tryout format, see ../../../../shared/tryout/README.md).

Writes labels.jsonl next to this script and into /work/corpora/net37. Each label names the
line and the token whose 1-based byte column is recorded; line_sha1 is computed from the
extracted file and the script asserts that the line contains the token.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import NetLabels  # noqa: E402

ROOT = '/work/corpora/net37/src'
PREFIX = 'n37'
COMMITS = {
    'edgexfoundry/device-sdk-c': 'ec1c5ebf205add5361e4a23d8a9261f9ef892148',
    'eclipse-velocitas/vehicle-app-cpp-sdk': '7128363ae440a1808ed34a2549f662a55c4b6d81',
    'baidu/iot-edge-sdk-for-iot-parser': 'a4c38335eab5fe2f1aaad181450aef8f815c0875',
}

CURL_D = 'none for the transfer (CURLOPT_TIMEOUT 0 = forever); 300s connect (CURLOPT_CONNECTTIMEOUT default)'
CPR_D = 'none (cpr: no cpr::Timeout argument means libcurl defaults: no transfer timeout, 300 s connect)'
PAHO_C_CONNECT_D = ('finite (paho.mqtt.c 1.3 connect options initializer: connectTimeout 30 s)')
PAHO_C_SYNC_D = ('finite (paho.mqtt.c 1.3 MQTTClient: synchronous subscribe waits for the SUBACK with the '
                 'client\'s internal command timeout, 10 s)')
PAHO_ASYNC_TOKEN_D = ('none (paho.mqtt.c 1.3 MQTTAsync: only the connect has a timeout (connectTimeout); a '
                      'publish/subscribe token completes when the broker answers and token::wait() has no bound)')
PAHO_CPP_CONNECT_D = ('finite (paho.mqtt.cpp 1.2 connect_options start from MQTTAsync_connectOptions_initializer: '
                      'connectTimeout 30 s)')
PAHO_AUTO = ('paho.mqtt.c 1.3 automatic reconnect (MQTTAsync): after a lost connection the library reconnects '
             'forever, the wait doubling from minRetryInterval (1 s) to maxRetryInterval (60 s) (defaults, not '
             'changed here); there is no attempt limit.')
EDGEX_CURL = ('edgex_http_* (rest.c) end in edgex_run_curl: curl_easy_perform with no CURLOPT_TIMEOUT/CONNECTTIMEOUT/'
              'LOW_SPEED_*; the only abort hook is ctx->aborter, which no caller in src/c sets.')
EDGEX_LOOP = ('devsdk_timeout from devsdk_get_deadline (service.c:594): deadline = start + EDGEX_STARTUP_DURATION '
              '(default 60 s), interval = EDGEX_STARTUP_INTERVAL (default 1 s).')

_LABELS = NetLabels(ROOT, PREFIX, COMMITS, 'net37')
T, TLS, RT = _LABELS.T, _LABELS.TLS, _LABELS.RT


# ---------------------------------------------------------------- edgexfoundry/device-sdk-c (paho MQTTAsync, libcurl, C)
R = 'edgexfoundry/device-sdk-c'
D = 'src/c/'
PC = 'paho.mqtt.c'
P = D + 'bus-mqtt.c'
T(R, P, 78, 'MQTTAsync_waitForCompletion', PC, 'MQTTAsync_subscribe + MQTTAsync_waitForCompletion(1000)', 'present',
  'same_function', PAHO_ASYNC_TOKEN_D,
  'edgex_bus_mqtt_subscribe: the subscribe token is awaited with MQTTAsync_waitForCompletion(client, token, 1000): '
  'at most 1 s for the SUBACK.')
RT(R, P, 235, 'automaticReconnect', PC, 'MQTTAsync_connectOptions.automaticReconnect = 1', 'no', 'yes', 'no',
   'exponential', 'method_idempotent', 'library_auto_reconnect',
   PAHO_AUTO + ' The message-bus client of every device service reconnects without limit after the start-up loop.')
TLS(R, P, 255, 'verify', PC, 'MQTTAsync_SSLOptions.verify = SkipCertVerify ? 0 : 1', 'disabled', 'option', 'host',
    'Host-name check off only when the MessageBus option SkipCertVerify is true (default false, data-mqtt defaults '
    'and bus config); enableServerCertAuth stays at its default 1. Unscored.', at='ssl_opts.verify')
T(R, P, 273, 'MQTTAsync_connect', PC, 'MQTTAsync_connect + pthread_cond_timedwait(deadline)', 'present',
  'same_function', PAHO_C_CONNECT_D,
  'Asynchronous connect; the caller then waits on pthread_cond_timedwait until tm->deadline (line 269-274), and the '
  'connect itself keeps the 30 s connectTimeout default. ' + EDGEX_LOOP)
RT(R, P, 273, 'MQTTAsync_connect', PC, 'MQTTAsync_connect start-up loop', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'manual_loop',
   'while (true) { if (tm->deadline <= now) break; MQTTAsync_connect ...; if (t2 > deadline - interval) break; '
   'iot_wait_msecs(interval - elapsed); }: bounded by the start-up deadline, fixed wait. Connecting is idempotent. '
   + EDGEX_LOOP)
P = D + 'rest.c'
L = 'libcurl'
TLS(R, P, 203, 'CURLOPT_SSL_VERIFYPEER', L, 'curl_easy_setopt(CURLOPT_SSL_VERIFYPEER, 0L)', 'disabled', 'option',
    'peer', 'else-branch of edgex_run_curl: peer verification is off whenever the ctx has no verify_peer + CA file/path; '
    'only the Vault client sets verify_peer, and only when SecretStore/RootCaCertPath is configured. The other '
    'callers build http:// URLs. Unscored (depends on configuration).')
T(R, P, 253, 'curl_easy_perform', L, 'curl_easy_perform (edgex_run_curl)', 'missing', 'none', CURL_D,
  'Every EdgeX REST client call (metadata, keeper, vault, ping) ends here. ' + EDGEX_CURL)
P = D + 'service.c'
T(R, P, 622, 'edgex_http_get', L, 'edgex_http_get (ping of core-metadata)', 'missing', 'other_TU', CURL_D,
  'GET http://host:port/api/v3/ping through the rest.c wrapper. ' + EDGEX_CURL)
RT(R, P, 622, 'edgex_http_get', L, 'ping_client loop', 'no', 'yes', 'yes', 'fixed', 'method_idempotent',
   'manual_loop',
   'ping_client: while (true) { edgex_http_get(ping); if ok break; if (t2 > deadline - interval) fail; '
   'iot_wait_msecs(interval - elapsed); }: bounded by the deadline, fixed wait, idempotent GET. ' + EDGEX_LOOP)
P = D + 'keeper.c'
KN = 'Keeper (EdgeX configuration provider) REST call through the rest.c wrapper. ' + EDGEX_CURL
for ln, tok in ((174, 'edgex_http_get'), (192, 'edgex_http_get'), (579, 'edgex_http_put'), (611, 'edgex_http_put'),
                (694, 'edgex_http_get'), (702, 'edgex_http_put'), (706, 'edgex_http_post'),
                (748, 'edgex_http_delete'), (799, 'edgex_http_get')):
    T(R, P, ln, tok, L, tok + ' (Keeper)', 'missing', 'other_TU', CURL_D, KN)
RT(R, P, 334, 'edgex_keeper_get_tree', L, 'common-config wait loop (edgex_keeper_get_tree -> edgex_http_get)', 'no',
   'yes', 'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'edgex_keeper_client_get_common_config: while (true) { GET the bootstrapper key tree; break when '
   'IsCommonConfigReady; if (t2 > deadline - interval) error; iot_wait_msecs(interval - elapsed); }: bounded, fixed '
   'wait, idempotent GET. ' + EDGEX_LOOP)
P = D + 'secrets-vault.c'
VN = 'Vault (secret store) REST call through the rest.c wrapper. ' + EDGEX_CURL
for ln, tok in ((64, 'edgex_http_get'), (84, 'edgex_http_post'), (108, 'edgex_http_put'), (279, 'edgex_http_put')):
    T(R, P, ln, tok, L, tok + ' (Vault)', 'missing', 'other_TU', CURL_D, VN)
P = D + 'registry.c'
RT(R, P, 49, 'ping', L, 'devsdk_registry_waitfor loop (registry->fns.ping)', 'no', 'yes', 'yes', 'fixed',
   'method_idempotent', 'manual_loop',
   'while (true) { if (registry->fns.ping(state)) return true; if (t2 > deadline - interval) return false; '
   'iot_wait_msecs(interval - elapsed); }: bounded, fixed wait; the ping is a GET (keeper.c). ' + EDGEX_LOOP)
RT(R, P, 129, 'query_service', L, 'devsdk_registry_query_service loop (registry->fns.query_service)', 'no', 'yes',
   'yes', 'fixed', 'method_idempotent', 'manual_loop',
   'while (true) { query_service(...); if ok break; if (t2 > deadline - interval) error; iot_wait_msecs(...); }: '
   'bounded, fixed wait; the query is a GET. ' + EDGEX_LOOP)

# ---------------------------------------------------------------- eclipse-velocitas/vehicle-app-cpp-sdk (paho.mqtt.cpp, cpr)
R = 'eclipse-velocitas/vehicle-app-cpp-sdk'
PM = 'paho.mqtt.cpp'
P = 'sdk/src/sdk/pubsub/MqttPubSubClient.cpp'
TLS(R, P, 63, 'ssl_options_builder', PM, 'mqtt::ssl_options_builder (trust_store/key_store/private_key)', 'enabled',
    'never', 'both', 'TLS constructor sets trust store, key store and private key only; enable_server_cert_auth and '
    'verify keep their defaults (server certificate checked).')
T(R, P, 86, 'connect', PM, 'async_client::connect()->wait()', 'present', 'none', PAHO_CPP_CONNECT_D,
  'm_connectOptions never set connect_timeout: wait() has no bound but the connect is bounded by the 30 s library '
  'default; unscored.', at='m_client.connect')
T(R, P, 93, 'publish', PM, 'async_client::publish(topic, data)->wait()', 'missing', 'none', PAHO_ASYNC_TOKEN_D,
  'publishOnTopic blocks in token::wait() with no timeout (no wait_for); nothing in the SDK bounds it.',
  at='m_client.publish')
T(R, P, 100, 'subscribe', PM, 'async_client::subscribe(topic, 0)->wait()', 'missing', 'none', PAHO_ASYNC_TOKEN_D,
  'subscribeTopic blocks in token::wait() for the SUBACK with no timeout.', at='m_client.subscribe')
P = 'sdk/src/sdk/middleware/DaprMiddleware.cpp'
T(R, P, 57, 'Get', 'cpr', 'cpr::Get(Url) (Dapr sidecar health)', 'missing', 'none', CPR_D,
  'Health check of the Dapr sidecar: cpr::Get with only a cpr::Url, no cpr::Timeout/ConnectTimeout.', at='cpr::Get')
RT(R, P, 57, 'Get', 'cpr', 'waitForSidecar loop', 'no', 'yes', 'no', 'fixed', 'method_idempotent', 'manual_loop',
   'for (success = false; !success;) { cpr::Get(healthz); success = status == 204; ... sleep_for(1 s); }: no attempt '
   'or time limit, fixed 1 s wait; GET is idempotent. Finding reason: bounded: no.', at='cpr::Get')

# ---------------------------------------------------------------- baidu/iot-edge-sdk-for-iot-parser (paho MQTTClient/MQTTAsync, C)
R = 'baidu/iot-edge-sdk-for-iot-parser'
P = 'device-management/lib/device_management.c'
RT(R, P, 314, 'automaticReconnect', PC, 'MQTTAsync_connectOptions.automaticReconnect = true', 'no', 'yes', 'no',
   'exponential', 'method_idempotent', 'library_auto_reconnect',
   PAHO_AUTO + ' The device-management client (shadow updates) reconnects without limit.')
TLS(R, P, 323, 'enableServerCertAuth', PC, 'MQTTAsync_SSLOptions.enableServerCertAuth = false', 'disabled',
    'always', 'both', 'Whenever a trust store is given (the TLS case) the SDK sets enableServerCertAuth = false, so '
    'the broker certificate is never checked against it; there is no option to turn it on.',
    at='sslOptions.enableServerCertAuth')
T(R, P, 333, 'MQTTAsync_connect', PC, 'MQTTAsync_connect', 'present', 'same_function', PAHO_C_CONNECT_D,
  'connectOptions.connectTimeout = CONNECT_TIMEOUT (10 s, device_management_conf.h:39) on line 318; the wait loop '
  'on line 339 ends when the failure callback sets errorMessage.')
T(R, P, 683, 'MQTTAsync_sendMessage', PC, 'MQTTAsync_sendMessage (shadow request)', 'present', 'same_TU',
  PAHO_ASYNC_TOKEN_D,
  'Shadow request/response: device_management_shadow_send registers the request in the in-flight table with the '
  'caller\'s timeout (in_flight_message_add) and the house-keeping thread (in_flight_message_house_keep, line 576) '
  'fails it with SHADOW_ACK_TIMEOUT once it is older than that timeout.')
T(R, P, 860, 'MQTTAsync_subscribeMany', PC, 'MQTTAsync_subscribeMany (on connect)', 'missing', 'none',
  PAHO_ASYNC_TOKEN_D,
  'The bounded MQTTAsync_waitForCompletion(SUBSCRIBE_TIMEOUT) below is commented out; device_management_connect '
  'then waits in while (!connected2 && errorMessage == NULL) sleep(1) (line 345) with no limit for the SUBACK.')
P = 'modbus/src/mqttsender.c'
TLS(R, P, 458, 'enableServerCertAuth', PC, 'MQTTClient_SSLOptions.enableServerCertAuth = 1', 'enabled', 'never',
    'both', 'ssl:// endpoints: trust store = given PEM and server certificate check on.', at='g_sslopts.enableServerCertAuth')
T(R, P, 479, 'MQTTClient_connect', PC, 'MQTTClient_connect', 'present', 'same_function', PAHO_C_CONNECT_D,
  'connect_options.connectTimeout = 5 on line 476.')
RT(R, P, 588, 'makeMqttConnection', PC, 'sender worker: connect per queued message', 'no', 'yes', 'no', 'fixed',
   'method_idempotent', 'manual_loop',
   'Worker loop while (status != WORKER_REQUEST_STOP): when no client exists for the head message, '
   'makeMqttConnection; on failure (other than rc 1/4/5, which mark a bad broker) sleep(1) and continue with the same '
   'message, forever. Finding reason: bounded: no.')
RT(R, P, 629, 'MQTTClient_publishMessage', PC, 'sender worker: re-publish of the head message', 'yes', 'no', 'no',
   'none', 'none', 'manual_loop',
   'QoS 1 publish; if MQTTClient_waitForCompletion (10 s) fails the message stays at the head of sendingQueue and the '
   'loop publishes it again at once (no sleep on that path, no attempt limit). Each publish is a new MQTT message '
   'with no id the receiver could de-duplicate on, so a delivered-but-unacknowledged message is sent twice.')
T(R, P, 634, 'MQTTClient_waitForCompletion', PC, 'MQTTClient_waitForCompletion(10000)', 'present', 'same_function',
  PAHO_C_SYNC_D, 'Publish token awaited for at most 10 s.')
P = 'modbus/src/business.c'
TLS(R, P, 64, 'enableServerCertAuth', PC, 'MQTTClient_SSLOptions.enableServerCertAuth = 1', 'enabled', 'never',
    'both', 'ssl:// endpoints: trust store = PEM_FILE and server certificate check on.',
    at='g_sslopts.enableServerCertAuth')
T(R, P, 479, 'MQTTClient_connect', PC, 'MQTTClient_connect (command listener)', 'present', 'same_function',
  PAHO_C_CONNECT_D, 'conn_opts.connectTimeout = 5 on line 474.')
T(R, P, 494, 'MQTTClient_subscribeMany', PC, 'MQTTClient_subscribeMany / MQTTClient_subscribe', 'present', 'none',
  PAHO_C_SYNC_D, 'Synchronous subscribe (line 494, or 496); bounded only by the library\'s internal SUBACK wait; '
  'unscored.')
RT(R, P, 595, 'start_listen_command', PC, 'worker loop reconnect (start_listen_command -> MQTTClient_connect)', 'no',
   'yes', 'no', 'fixed', 'method_idempotent', 'manual_loop',
   'while (g_stop_worker != 1) { if (g_gateway_connected == 0) start_listen_command(); ... sleep(1); }: reconnects '
   'every second for as long as the gateway runs. Finding reason: bounded: no.')
P = 'bacnet/gateway/mqttutil.c'
TLS(R, P, 81, 'enableServerCertAuth', PC, 'MQTTClient_SSLOptions.enableServerCertAuth = 1', 'enabled', 'never',
    'both', 'ssl:// endpoints: trust store = PEM_FILE and server certificate check on.',
    at='g_sslopts.enableServerCertAuth')
T(R, P, 115, 'MQTTClient_connect', PC, 'MQTTClient_connect', 'present', 'none', PAHO_C_CONNECT_D,
  'No connectTimeout set: bounded by the 30 s library default only; unscored.')
T(R, P, 123, 'MQTTClient_subscribe', PC, 'MQTTClient_subscribe (x2, lines 123-124)', 'present', 'none',
  PAHO_C_SYNC_D, 'Synchronous subscribes bounded by the library\'s internal SUBACK wait; unscored.')
T(R, P, 167, 'MQTTClient_waitForCompletion', PC, 'MQTTClient_waitForCompletion(1000)', 'present', 'same_function',
  PAHO_C_SYNC_D, 'Publish token awaited for at most 1 s.')
P = 'bacnet/gateway/business.c'
RT(R, P, 512, 'start_mqtt_client', PC, 'worker loop reconnect (start_mqtt_client -> MQTTClient_connect)', 'no', 'no',
   'no', 'none', 'method_idempotent', 'manual_loop',
   'while (g_stop_worker != 1) { if (!connected) start_mqtt_client(...); if (!connected) continue; ... }: a failed '
   'connect is retried at once (continue skips everything, no sleep) for as long as the gateway runs; each attempt '
   'only waits out the 30 s connect timeout. Finding reasons: backoff: no, bounded: no.')


def write():
    _LABELS.write(__file__)


if __name__ == '__main__':
    write()
