#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook106). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'eclipse/wakaama': 'fc4c4315638df9d4e44567e6197828637a1ae4cf',
 'apple/HomeKitADK': 'fb201f98f5fdc7fef6a455054f08b59cca5d1ec8',
 'mz-automation/libiec61850': '7afa40390b26ad1f4cf93deaa0052fe7e357ef33',
 'emqx/neuron': '67d6bebc184749dbe04622e065218541f909b84e',
 'jeelabs/esp-link': 'cf329e8b84a55a05afa04df971d9abd9793c9130',
 'SUPLA/supla-core': '69ee25c74f8d66c3ae747aa84f97122fabb0f1b0',
 'SUPLA/supla-device': '9005e86a136606c2ebe3a811c636fcf3eceb4f2d',
}
ROOT = '/work/corpora/webhook106/src'

_labels = TokenLabels(ROOT, 'wh106', C)
S = _labels.S
N = _labels.N
CT = 'Constant-time compare.'
HAPEQ = (' HAPRawBufferAreEqual (PAL/HAPBase+RawBuffer.c 39) returns HAP_constant_time_equal(...) == 1: an XOR-OR '
         'accumulator over every byte, no early exit.')

# ---------------- eclipse/wakaama (LwM2M client/server library; C) ----------------
R = 'eclipse/wakaama'
P = 'core/registration.c'
S(R, P, 1221, 'lwm2m_strncmp', 'yes', 'prv_getParameters (registration request): URI query option compared with '
  'the "ep=" key (QUERY_NAME); a query parameter name. lwm2m_strncmp is the platform strncmp wrapper.', NS)
S(R, P, 1258, 'lwm2m_strncmp', 'yes', 'prv_getParameters: URI query option compared with the "lwm2m=" key '
  '(QUERY_VERSION); a protocol version parameter name.', NS)
S(R, P, 1545, 'memcmp', 'yes', 'prv_getId (registration link parsing): CoRE link attribute compared with "ver=" (object version '
  'attribute); a format keyword.', NS)
S(R, P, 1714, 'strcmp', 'yes', 'prv_getClientByName: registering endpoint name compared with the names of known '
  'clients; a public endpoint identifier.', NS)
P = 'examples/bootstrap_server/bootstrap_server.c'
S(R, P, 352, 'strcmp', 'yes', 'prv_bootstrap_callback: endpoint name of a bootstrap request compared with the '
  'configured endpoint entries; a public endpoint identifier.', NS)
S(R, P, 409, 'memcmp', 'yes', 'prv_bootstrap_callback (discover reply): payload compared with the "</>;" CoRE '
  'link-format prefix; a format marker.', NS)
S(R, P, 504, 'strncmp', 'yes', 'prv_bootstrap_client: server URI compared with the "coaps://" scheme prefix; a URI '
  'scheme.', NS)

# ---------------- apple/HomeKitADK (HomeKit Accessory Development Kit; C) ----------------
R = 'apple/HomeKitADK'
S(R, 'HAP/HAPPairingPairSetup.c', 500, 'HAPRawBufferAreEqual', 'yes', 'HAPPairingPairSetupGetM4: the controller\'s SRP '
  'proof M1 (derived from the setup code) compared with the proof the accessory computed.' + HAPEQ, CT)
S(R, 'HAP/HAPPairingBLESessionCache.c', 40, 'HAPRawBufferAreEqual', 'yes', 'HAPPairingBLESessionCacheFetch: BLE '
  'session-resume ID compared with the cached IDs (the cache holds the shared secrets).' + HAPEQ, CT)
S(R, 'PAL/HAPBase+Crypto.c', 32, '^', 'yes', 'HAP_constant_time_equal: ORs the XOR of every byte pair into an '
  'accumulator, no early exit.', CT)
S(R, 'HAP/HAPPairing.c', 101, 'HAPRawBufferAreEqual', 'yes', 'HAPPairingFind enumeration: stored pairing '
  'identifier compared with the one searched for; a public controller identifier (and a constant-time helper '
  'anyway).', NS)
S(R, 'HAP/HAPPairingPairings.c', 168, 'HAPRawBufferAreEqual', 'yes', 'Add Pairing M1: additional controller\'s '
  'long-term public key compared with the stored public key; a public key.', NS)
S(R, 'HAP/HAPIPAccessoryServer.c', 2587, 'HAPRawBufferAreEqual', 'yes', 'handle_http_request: request URI '
  'compared with "/pair-setup"; a route path.', NS)

# ---------------- mz-automation/libiec61850 (IEC 61850 MMS/GOOSE/SV stack; C) ----------------
R = 'mz-automation/libiec61850'
P = 'examples/server_example_password_auth/server_example_password_auth.c'
S(R, P, 66, 'memcmp', 'no', 'clientAuthenticator (ACSE authenticator of the IED server): password from the MMS '
  'association request compared with password1 using memcmp (early exit).')
S(R, P, 75, 'memcmp', 'no', 'clientAuthenticator: password from the association request compared with password2 '
  'using memcmp (early exit).')
S(R, 'src/mms/iso_acse/acse.c', 49, 'memcmp', 'yes', 'checkAuthMechanismName: ACSE mechanism-name OID compared '
  'with the password-authentication OID; an algorithm identifier.', NS)
S(R, 'src/goose/goose_receiver.c', 717, 'memcmp', 'yes', 'parseGoosePayload: gocbRef of a received GOOSE message '
  'compared with the subscriber\'s control block reference; a public object name.', NS)
S(R, 'src/goose/goose_receiver.c', 993, 'memcmp', 'yes', 'parseGooseMessage: destination MAC address '
  'compared with the subscriber\'s; a MAC address.', NS)
S(R, 'src/sampled_values/sv_subscriber.c', 532, 'memcmp', 'yes', 'parseSVMessage: destination Ethernet address '
  'compared with the subscriber\'s; a MAC address.', NS)

# ---------------- emqx/neuron (industrial IoT gateway; C) ----------------
R = 'emqx/neuron'
P = 'plugins/restful/user.c'
S(R, P, 87, 'strncmp', 'yes', 'shacrypt: salt string compared with the "rounds=" prefix; a format prefix.', NS)
S(R, P, 419, 'strcmp', 'no', 'neu_user_check_password (login and password change): stored SHA-crypt hash compared '
  'with the hash of the typed password using strcmp (early exit).')
S(R, P, 464, 'strcmp', 'no', 'neu_user_update_password: stored password hash compared with the hash of the new '
  'password (reuse check) using strcmp (early exit).')
P = 'src/utils/neu_jwt.c'
S(R, P, 57, 'strncmp', 'yes', 'find_key: issuer name from the (not yet verified) token compared with the names of '
  'the loaded public keys; a key name.', NS)
S(R, P, 318, 'strcmp', 'yes', 'neu_jwt_new: user name compared with "admin"; a user name.', NS)
S(R, P, 384, 'strcmp', 'yes', 'neu_jwt_decode: issuer claim compared with "neuron"; an issuer name.', NS)
S(R, P, 401, '!=', 'yes', 'neu_jwt_decode: algorithm of the decoded token compared with JWT_ALG_RS256; an '
  'algorithm identifier.', NS)
P = 'plugins/restful/normal_handle.c'
N(R, P, 53, 'handle_login', 'neuron-login', 'POST /api/v2/login', 'Dashboard login: user name and password from '
  'the operator; not a push from another system.')
N(R, P, 341, 'handle_password', 'neuron-password', 'POST /api/v2/password', 'Password change of a logged-in '
  'user; not a push from another system.')

# ---------------- jeelabs/esp-link (ESP8266 Wi-Fi serial bridge firmware; C) ----------------
R = 'jeelabs/esp-link'
S(R, 'httpd/auth.c', 33, 'strncmp', 'yes', 'authBasic: Authorization header compared with the "Basic" scheme '
  'name; a format prefix.', NS)
S(R, 'httpd/auth.c', 44, 'os_strcmp', 'no', 'authBasic: password part of the decoded Basic credentials compared '
  'with the configured password using os_strcmp (ets_strcmp, early exit).')
S(R, 'httpd/httpd.c', 212, 'os_strncmp', 'yes', 'httpdGetHeader: request header line compared with the wanted '
  'header name; a header name.', NS)
S(R, 'httpd/httpd.c', 421, 'os_strncmp', 'yes', 'httpdParseHeader: request line compared with "GET "; an HTTP '
  'method.', NS)
S(R, 'httpd/httpd.c', 646, 'os_memcmp', 'yes', 'httpdLookUpConn: remote IP of a connection compared with the '
  'wanted IP; an address.', NS)

# ---------------- SUPLA/supla-core (home-automation cloud server; C/C++) ----------------
R = 'SUPLA/supla-core'
S(R, 'supla-server/src/conn/authkey_cache.cpp', 111, 'memcmp', 'no', 'supla_authkey_cache::authkey_auth: AuthKey '
  'sent by a registering device/client compared with the cached AuthKey using memcmp (early exit); on a hit the '
  'cached result authenticates without the bcrypt check.')
S(R, 'supla-common/tools.c', 640, 'memcmp', 'no', 'st_bcrypt_check (AuthKey and user password verification): '
  'stored bcrypt hash compared with the hash of the presented secret using memcmp (early exit).')
S(R, 'supla-common/proto.c', 283, 'memcmp', 'yes', 'sproto_pop_in_sdp: start of the received packet compared '
  'with the "SUPLA" protocol tag; a magic number.', NS)
S(R, 'supla-server/src/conn/abstract_connection_object.cpp', 89, 'memcmp', 'yes',
  'supla_abstract_connection_object::guid_equal: device/client GUID compared with another; a public identifier.',
  NS)
S(R, 'supla-server/src/conn/call_handler/abstract_register_object.cpp', 94, 'memcmp', 'yes',
  'is_valid_guid: GUID of the registration compared with an all-zero GUID; a public identifier.', NS)
P = 'supla-server/src/mqtt/mqtt_abstract_value_setter.cpp'
S(R, P, 63, 'memcmp', 'yes', 'parse_on: MQTT topic suffix compared with "set/on"; a topic name.', NS)
S(R, P, 469, 'memcmp', 'yes', 'set_value: MQTT topic compared with the "supla/" prefix; a topic name.', NS)

# ---------------- SUPLA/supla-device (SUPLA device firmware library; C++) ----------------
R = 'SUPLA/supla-device'
S(R, 'src/supla/storage/config.cpp', 736, 'memcmp', 'no', 'SaltPassword::operator== (config-mode web login): '
  'SHA-256 of the salted typed password compared with the stored one using memcmp (early exit).')
S(R, 'src/supla/network/web_server.cpp', 209, 'strcmp', 'no', 'WebServer::isCsrfTokenValid: CSRF token from the '
  'form compared with the device\'s random CSRF token using strcmp (early exit).')
S(R, 'src/supla/network/web_server.cpp', 285, 'strcmp', 'yes', 'WebServer::parsePost: form field name compared with '
  '"csrf"; a field name.', NS)
S(R, 'src/supla/network/html/protocol_parameters.cpp', 575, 'strcmp', 'yes', 'ProtocolParameters::handleResponse: '
  'form field name compared with "mqttpasswd"; a setting name, not the password.', NS)
S(R, 'src/supla/suplet/calcfg_handler.cpp', 770, 'memcmp', 'yes', 'Manager::handleCalcfg (suplet definition download): SHA-256 of the '
  'received definition compared with the expected digest sent by the server; an unkeyed integrity digest.', NS)
S(R, 'src/supla/suplet/definition_cache.cpp', 370, 'memcmp', 'yes', 'DefinitionCache::calculateAndVerify: SHA-256 of the JSON '
  'compared with the expected digest; an unkeyed integrity digest.', NS)
S(R, 'src/supla/device/register_device.cpp', 234, 'strncmpInsensitive', 'yes', 'RegisterDevice::setServerName: server '
  'host name compared with the "srv" misspelling prefix; a host name.', NS)
S(R, 'src/supla/network/html/device_info.cpp', 70, 'memcmp', 'yes', 'DeviceInfo::send: MAC address of another '
  'network interface compared with the main one; a MAC address.', NS)

_labels.write(__file__, 'webhook106')
