#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook117). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'eclipse-threadx/netxduo': 'bd5d12e9e601015a560b2e3bef0e78d63fc0d6c3',
 'bacnet-stack/bacnet-stack': '1c636cb577c9b47f112005b23f55e6f6bf7cfa38',
 'micropython/micropython': '1c3c201149f37fe8d81246191b3127bb198d6306',
 'aliyun/iotkit-embedded': '3010153fb53865ce3925f8e43900adbbfa358874',
 'tencentyun/qcloud-iot-explorer-sdk-embedded-c': '810ac6806989ee0db81f4a442ffb2c22abe62a32',
}
ROOT = '/work/corpora/webhook117/src'

_labels = TokenLabels(ROOT, 'wh117', C)
S = _labels.S
CT = 'Constant-time compare.'
NXM = ' NX_SECURE_MEMCMP is memcmp (nx_secure/inc/nx_secure_tls.h 198): early exit.'

# ---------------- eclipse-threadx/netxduo (NetX Duo TCP/IP stack for ThreadX; C) ----------------
R = 'eclipse-threadx/netxduo'
P = 'addons/ppp/nx_ppp.c'
S(R, P, 3633, '!=', 'yes', '_nx_ppp_lcp_configuration_retrieve: authentication protocol number the peer asks for '
  '(PAP/CHAP) compared with the one this side can generate; a protocol number.', NS)
S(R, P, 6105, '!=', 'no', '_nx_ppp_chap_challenge_validate: CHAP response hash from the peer compared byte by byte '
  'with the MD5 hash computed from the shared CHAP secret; the loop breaks at the first mismatch.')
P = 'addons/snmp/nxd_snmp.c'
S(R, P, 2782, '!=', 'yes', '_nx_snmp_agent_public_string_test: length of the received community string compared with '
  'the length of the public community; a length.', NS)
S(R, P, 2790, 'memcmp', 'no', '_nx_snmp_agent_public_string_test: received SNMPv1/v2c community string (the shared '
  'password of read access) compared with the agent\'s public community using memcmp (early exit).')
S(R, P, 2933, 'memcmp', 'no', '_nx_snmp_agent_private_string_test: received community string compared with the '
  'private (read-write) community, the shared password of write access, using memcmp (early exit).')
S(R, P, 10325, '!=', 'yes', '_nx_snmp_object_compare_extended: characters of the requested OID compared with an '
  'agent object\'s OID (MIB ordering); public object identifiers.', NS)
S(R, P, 18864, 'memcmp', 'yes', '_nx_snmp_version_3_process: security engine id of the request compared with the '
  'agent\'s engine id; the engine id is public (sent in discovery reports).', NS)
S(R, P, 18936, '!=', 'yes', '_nx_snmp_version_3_process: engine boot count of the request compared with the agent\'s '
  '(USM timeliness check); a public counter.', NS)
S(R, P, 19201, '!=', 'no', '_nx_snmp_version_3_process: HMAC-MD5/SHA digest computed with the user\'s '
  'authentication key compared byte by byte with msgAuthenticationParameters; returns at the first mismatch.')
P = 'addons/http/nxd_http_server.c'
S(R, P, 4870, '!=', 'yes', '_nx_http_server_basic_authenticate: user name of the resource compared with the name in '
  'the decoded Basic credentials (loop without early exit); a user name.', NS)
S(R, P, 4895, '!=', 'yes', '_nx_http_server_basic_authenticate: stored password compared with the password of the '
  'decoded Basic credentials; the loop only clears `match` on a mismatch and always runs to the end of the '
  'password (no early exit), so the time does not depend on where the first difference is.', CT)
S(R, P, 6004, '!=', 'yes', '_nx_http_server_digest_authenticate: calculated Digest response compared with the '
  'received one over the full NX_HTTP_MAX_ASCII_MD5 + 1 bytes; a mismatch only sets status ("Continue to avoid '
  'timing attack"), no early exit.', CT)
S(R, P, 6542, 'memcmp', 'yes', '_nx_http_server_retrieve_digest_authorization: nonce of the Authorization header '
  'looked up among the nonces the server issued; nonces are sent in clear in WWW-Authenticate.', NS)
P = 'addons/pppoe/nx_pppoe_server.c'
S(R, P, 3435, 'memcmp', 'yes', '_nx_pppoe_server_tag_process: AC-Name tag of a PADR compared with the access '
  'concentrator name; a public name the server advertises.', NS)
S(R, P, 3445, 'memcmp', 'yes', '_nx_pppoe_server_tag_process: AC-Name tag compared with the PPPoE server name; a '
  'public name.', NS)
S(R, 'addons/websocket/nx_websocket_client.c', 1152, 'memcmp', 'yes', '_nx_websocket_client_connect_response_process: '
  'Sec-WebSocket-Accept value compared with base64(SHA-1(client key + GUID)); handshake data derived from a key the '
  'client sent in clear, not a secret.', NS)
S(R, 'nx_secure/src/nx_secure_verify_mac.c', 194, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_verify_mac: TLS record MAC '
  'received compared with the HMAC computed with the session MAC key.' + NXM)
S(R, 'nx_secure/src/nx_secure_dtls_verify_mac.c', 150, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_dtls_verify_mac: DTLS '
  'record MAC compared with the HMAC computed with the session MAC key.' + NXM)
P = 'nx_secure/src/nx_secure_tls_process_finished.c'
S(R, P, 115, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_tls_process_finished (TLS 1.3): Finished verify data (HMAC over '
  'the handshake hash keyed with the finished key) compared with the received one.' + NXM)
S(R, P, 172, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_tls_process_finished (TLS 1.0-1.2): Finished verify data (PRF '
  'of the master secret) compared with the received one.' + NXM)
P = 'nx_secure/src/nx_secure_tls_process_clienthello_extensions.c'
S(R, P, 415, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_tls_proc_clienthello_sec_reneg_extension: renegotiated_connection '
  'of the renegotiation_info extension compared with the client verify data of the previous Finished (a MAC value '
  'kept by the session).' + NXM)
S(R, P, 1639, 'NX_SECURE_MEMCMP', 'no', '_nx_secure_tls_process_clienthello_psk_extension: TLS 1.3 PSK binder (HMAC '
  'keyed from the PSK) sent by the client compared with the binder the server generated.' + NXM)
S(R, 'nx_secure/src/nx_secure_tls_psk_identity_find.c', 92, 'NX_SECURE_MEMCMP', 'yes', '_nx_secure_tls_psk_identity_find: '
  'PSK identity sent by the client compared with the identities of the PSK store; identities travel in clear.', NS)
S(R, 'nx_secure/src/nx_secure_tls_psk_find.c', 112, 'NX_SECURE_MEMCMP', 'yes', '_nx_secure_tls_psk_find: PSK identity '
  'hint from the server compared with the hints of the PSK store; public hints.', NS)
P = 'nx_secure/src/nx_secure_tls_1_3_client_handshake.c'
S(R, P, 280, '==', 'yes', '_nx_secure_tls_1_3_client_handshake: negotiated protocol version compared with TLS 1.2 to '
  'pick the downgrade sentinel; a version.', NS)
S(R, P, 289, 'NX_SECURE_MEMCMP', 'yes', '_nx_secure_tls_1_3_client_handshake: last 8 bytes of ServerHello.random '
  'compared with the RFC 8446 downgrade sentinel; public random and constant.', NS)
S(R, 'nx_secure/src/nx_secure_tls_process_serverhello.c', 149, 'NX_SECURE_MEMCMP', 'yes', '_nx_secure_tls_process_serverhello: '
  'ServerHello.random compared with the fixed HelloRetryRequest value of RFC 8446; public constant.', NS)

# ---------------- bacnet-stack/bacnet-stack (BACnet protocol stack; C) ----------------
R = 'bacnet-stack/bacnet-stack'
ANSI = (' characterstring_ansi_same (src/bacnet/bacstr.c 587) compares byte by byte and breaks at the first '
        'mismatch.')
BUF = ' characterstring_buffer_same (src/bacnet/bacstr.c 1278) returns at the first differing byte.'
P = 'src/bacnet/basic/service/h_dcc.c'
S(R, P, 46, '==', 'yes', 'handler_dcc_password_set: character of the new password compared with NUL while copying '
  'it; an end-of-string test, not a check of the password.', NS)
S(R, P, 177, 'characterstring_ansi_same', 'no', 'handler_device_communication_control: password of a '
  'DeviceCommunicationControl request compared with the DCC password.' + ANSI)
P = 'src/bacnet/basic/object/device.c'
S(R, P, 1839, '==', 'yes', 'Device_Reinitialize: character encoding of the request password compared with UTF-8 '
  '(to pick the length function); an encoding id.', NS)
S(R, P, 1844, '>', 'yes', 'Device_Reinitialize: length of the request password compared with the 20 character '
  'limit; a length.', NS)
S(R, P, 1847, 'characterstring_ansi_same', 'no', 'Device_Reinitialize: password of a ReinitializeDevice request '
  'compared with the configured reinitialize password.' + ANSI)
S(R, P, 2050, 'characterstring_same', 'yes', 'Device_Set_Object_Name: new object name compared with the current '
  'one; a public name.', NS)
P = 'src/bacnet/basic/object/client/device-client.c'
S(R, P, 435, 'characterstring_ansi_same', 'no', 'Device_Reinitialize (client device object): password of a '
  'ReinitializeDevice request compared with Reinit_Password.' + ANSI)
S(R, P, 552, 'characterstring_same', 'yes', 'Device_Set_Object_Name: new object name compared with the current one; '
  'a public name.', NS)
P = 'src/bacnet/basic/server/bacnet_device.c'
S(R, P, 1612, '==', 'yes', 'Device_Reinitialize: character encoding of the request password compared with UTF-8; '
  'an encoding id.', NS)
S(R, P, 1617, '>', 'yes', 'Device_Reinitialize: length of the request password compared with 20; a length.', NS)
S(R, P, 1620, 'characterstring_buffer_same', 'no', 'Device_Reinitialize: password of a ReinitializeDevice request '
  'compared with the configured Reinit_Password_String.' + BUF)
S(R, P, 1800, 'characterstring_buffer_same', 'yes', 'Device_Set_Object_Name: new object name compared with the '
  'current one; a public name.', NS)
S(R, 'src/bacnet/basic/service/h_youare.c', 89, 'characterstring_same', 'yes', 'handler_you_are_device_id_set: model name of a '
  'You-Are request compared with the device\'s model name; public device data.', NS)

# ---------------- micropython/micropython (WebREPL; C) ----------------
R = 'micropython/micropython'
P = 'extmod/modwebrepl.c'
S(R, P, 197, '==', 'yes', '_webrepl_read: connection state compared with STATE_PASSWD; a state enum, not the '
  'password.', NS)
S(R, P, 203, 'strcmp', 'no', '_webrepl_read: password typed over the WebREPL websocket compared with the configured '
  'WebREPL password using strcmp (early exit).')
S(R, P, 297, '==', 'yes', 'webrepl_write: connection state compared with STATE_PASSWD; a state enum.', NS)

# ---------------- aliyun/iotkit-embedded (Alibaba Cloud IoT C SDK, ALCS local CoAP auth, OTA; C) ----------------
R = 'aliyun/iotkit-embedded'
P = 'src/dev_model/alcs/alcs_server.c'
S(R, P, 127, 'strncmp', 'yes', 'is_legal_key: key sequence of the accessKey compared with the revocation list; a '
  'public key id.', NS)
S(R, P, 144, 'strncmp', 'yes', 'is_legal_key: key prefix of the accessKey compared with the prefixes of the '
  'configured keys (lookup of the secret by its public id).', NS)
S(R, P, 152, 'strncmp', 'yes', 'is_legal_key: key prefix compared with the group key prefixes; a public id.', NS)
S(R, P, 238, 'strncmp', 'no', 'alcs_rec_auth: "sign" of the ALCS auth request compared with '
  'HMAC-SHA1(randomKey, accessToken) computed from the key secret using strncmp (early exit).')
S(R, 'src/dev_model/alcs/alcs_client.c', 144, 'strncmp', 'yes', 'nego_cb (response to the ALCS key negotiation): accessKey '
  'named by the server compared with the configured accessKeys to find the access token; a key id.', NS)
P = 'src/ota/iotx_ota.c'
S(R, P, 932, 'strcmp', 'yes', 'IOT_OTA_Ioctl (IOT_OTAG_CHECK_FIRMWARE): MD5 of the downloaded image compared with '
  'the md5 of the OTA message; an unkeyed checksum of a public image.', NS)
S(R, P, 951, 'strncmp', 'yes', 'IOT_OTA_Ioctl (IOT_OTAG_CHECK_CONFIG): signMethod compared with "Md5"; an algorithm '
  'name.', NS)
S(R, P, 955, 'strcmp', 'yes', 'IOT_OTA_Ioctl (IOT_OTAG_CHECK_CONFIG): unkeyed MD5 of the downloaded file compared '
  'with the "sign" field of the OTA message; a public checksum despite the name.', NS)
S(R, P, 961, 'strncmp', 'yes', 'IOT_OTA_Ioctl (IOT_OTAG_CHECK_CONFIG): signMethod compared with "Sha256"; an '
  'algorithm name.', NS)
S(R, P, 965, 'strcmp', 'yes', 'IOT_OTA_Ioctl (IOT_OTAG_CHECK_CONFIG): unkeyed SHA-256 of the downloaded file compared '
  'with the "sign" field; a public checksum.', NS)

# ---------------- tencentyun/qcloud-iot-explorer-sdk-embedded-c (Tencent Cloud IoT C SDK; C) ----------------
R = 'tencentyun/qcloud-iot-explorer-sdk-embedded-c'
P = 'sdk_src/wifi_config/qcloud_wifi_config_device_bind.c'
S(R, P, 284, 'strcmp', 'yes', '_get_reg_dev_info (dynamic registration): device secret compared with the '
  'placeholder "YOUR_IOT_PSK" to see whether one is configured; no attacker input on either side.', NS)
S(R, P, 290, 'strcmp', 'yes', '_get_reg_dev_info: device secret compared with the placeholder '
  '"YOUR_PRODUCT_SECRET"; a configuration test against a public literal.', NS)
S(R, 'sdk_src/services/data_template/data_template_client_manager.c', 440, 'strcmp', 'yes',
  '_handle_template_reply_callback: clientToken of a reply compared with the pending request\'s clientToken; a '
  'request correlation id, not a credential.', NS)
S(R, 'sdk_src/services/asr/asr_client.c', 398, 'strcmp', 'yes', '_get_req_node_by_asr_token: asr_token of the reply compared '
  'with the pending request\'s token; a request id.', NS)

_labels.write(__file__, 'webhook117')
