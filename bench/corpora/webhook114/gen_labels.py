#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook114). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token. Where a line holds the same operator twice, the token string is extended to the right
# (e.g. '!= "spaima"') so that the column lands on the labelled operator.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'jamulussoftware/jamulus': '11a28d57e33506fc84cb9b5ee02097931c1e35a3',
 'roleoroleo/onvif_simple_server': 'c0d58e860d8b65dc260eb09736824bec7523d567',
 'GStreamer/gst-rtsp-server': '0b037e35e7ed3259ca05be748c382bc40e2cdd91',
 'vdr-projects/vdr-plugin-streamdev': 'e9d147fc93ca2b47056a5feccc9de74573770984',
 'vdr-projects/vdr-plugin-live': 'e582514ede475574842b44ca6792335ff141172d',
 'shiretu/crtmpserver': 'b866fffca37c3b967a8878499cd2b91aa2587f34',
 'FDH2/UxPlay': '2ece5790c0cd834291006f0ceb5b6b0e6a7abbee',
}
ROOT = '/work/corpora/webhook114/src'

_labels = TokenLabels(ROOT, 'wh114', C)
S = _labels.S

# ---------------- jamulussoftware/jamulus (network music server, JSON-RPC control interface; C++/Qt) -------------
R = 'jamulussoftware/jamulus'
P = 'src/rpcserver.cpp'
S(R, P, 214, '==', 'no', 'CRpcServer::HandleApiAuth: the "secret" param of jamulus/apiAuth (QJsonValue) compared with '
  'the pre-shared JSON-RPC secret read from --jsonrpcsecretfile by QJsonValue/QString operator== (string compare, '
  'early exit); success marks the TCP connection authenticated for every other RPC method.')
S(R, P, 248, '==', 'yes', 'CRpcServer::ProcessMessage: JSON-RPC method name compared with "jamulus/apiAuth" to '
  'dispatch the login call; a public method name.', NS)

# ---------------- roleoroleo/onvif_simple_server (ONVIF camera server, CGI; C) ----------------
R = 'roleoroleo/onvif_simple_server'
P = 'onvif_simple_server.c'
S(R, P, 304, 'strcasecmp', 'yes', 'main: suffix of the configuration file name compared with ".json" to pick the '
  'parser; a file-name extension.', NS)
S(R, P, 325, 'strcmp', 'yes', 'main: CGI REQUEST_METHOD compared with "POST"; an HTTP method name.', NS)
S(R, P, 436, 'strcmp', 'no', 'main (WS-Security UsernameToken): PasswordDigest sent in the SOAP header compared with '
  'B64(SHA1(nonce + created + configured password)) computed by the camera, by strcmp (early exit); a match '
  'clears auth_error and lets the ONVIF method run.')
S(R, P, 449, 'strcasecmp', 'yes', 'main: CGI program (service) name compared with "device_service" to exempt the '
  'unauthenticated discovery methods; a service name.', NS)
S(R, 'media2_service.c', 385, 'strcasecmp', 'yes', 'media2_get_video_source_modes: VideoSourceToken element of the '
  'request compared with the fixed "VideoSourceToken"; an ONVIF configuration token is a public object id, not a '
  'credential.', NS)

# ---------------- GStreamer/gst-rtsp-server (RTSP server library; C/GLib) ----------------
R = 'GStreamer/gst-rtsp-server'
P = 'gst/rtsp-server/rtsp-auth.c'
S(R, P, 781, 'strcmp', 'yes', 'default_digest_auth: name of a Digest Authorization parameter compared with "realm"; a '
  'parameter name.', NS)
S(R, P, 788, 'strcmp', 'yes', 'default_digest_auth: name of a Digest Authorization parameter compared with '
  '"response" (the parameter name, not its value).', NS)
S(R, P, 808, 'strcmp', 'yes', 'default_digest_auth: IP address the nonce was issued to compared with the peer IP of '
  'the connection; a public address.', NS)
S(R, P, 824, 'strcmp', 'no', 'default_digest_auth: Digest response from the client compared with the expected '
  'response computed from the stored password (or its MD5) and the nonce, by strcmp (early exit); a match sets '
  'the user\'s GstRTSPToken (permissions) on the context.')
S(R, P, 1079, 'g_str_equal', 'yes', 'check_factory: authorization check name compared with '
  'GST_RTSP_AUTH_CHECK_MEDIA_FACTORY_ACCESS; an internal check id.', NS)
S(R, 'gst/rtsp-server/rtsp-mount-points.c', 222, 'strncmp', 'yes', 'has_prefix: request path compared with a mount '
  'point path prefix; a public mount point.', NS)
P = 'gst/rtsp-server/rtsp-stream.c'
S(R, P, 680, 'g_strcmp0', 'yes', 'gst_rtsp_stream_has_control: control URL part from the request compared with the '
  'stream\'s control string; a public stream id.', NS)
S(R, P, 6127, 'g_str_equal', 'yes', 'gst_rtsp_stream_handle_keymgmt: KeyMgmt "prot=" value compared with "mikey"; a '
  'key-management protocol name, not key material.', NS)

# ---------------- vdr-projects/vdr-plugin-streamdev (VDR streaming server plugin; C++ in .c files) -------------
R = 'vdr-projects/vdr-plugin-streamdev'
P = 'server/connectionHTTP.c'
S(R, P, 112, 'strcmp', 'yes', 'cConnectionHTTP::Command: upper-cased HTTP header name compared with "AUTHORIZATION"; '
  'a header name.', NS)
S(R, P, 155, 'compare', 'no', 'cConnectionHTTP::ProcessRequest: Basic credentials from the Authorization header '
  '(base64 "login:password") compared with opt_auth (base64 of the --auth LOGIN:PASSWORD option) by '
  'std::string::compare (early exit); a match lets a host outside streamdevhosts.conf stream.')
S(R, P, 181, 'compare', 'yes', 'cConnectionHTTP::ProcessRequest: request method compared with "GET"; an HTTP method '
  'name.', NS)

# ---------------- vdr-projects/vdr-plugin-live (VDR web UI plugin; C++) ----------------
R = 'vdr-projects/vdr-plugin-live'
P = 'users.cpp'
S(R, P, 123, '==', 'yes', 'cUser::CurrentUserHasRightTo: logged-in user name compared with the admin login name; a '
  'user name.', NS)
S(R, P, 154, '==', 'yes', 'cUsers::GetByUserId: user id compared with the numeric id from the request; a public id.',
  NS)
S(R, P, 166, '==', 'yes', 'cUsers::GetByUserName: stored user name compared with the login name; a user name.', NS)
S(R, P, 189, '==', 'no', 'cUsers::ValidUserLogin (web UI login, pages/login.ecpp): MD5 hex of the typed password '
  'compared with the stored password hash by std::string operator== (early exit).')
S(R, P, 196, '== LiveSetup().GetMD5HashAdminPassword', 'no', 'cUsers::ValidLogin: MD5 hex of the typed password '
  'compared with the admin password hash (setup AdminPasswordMD5) by std::string operator==; the label is the '
  'second == of the line (the first compares the login name).')

# ---------------- shiretu/crtmpserver (RTMP/RTSP/HTTP streaming server; C++) ----------------
R = 'shiretu/crtmpserver'
P = 'sources/thelib/src/protocols/http/httpauthhelper.cpp'
S(R, P, 92, '!=', 'yes', 'HTTPAuthHelper::ValidateAuthRequest: auth method of the challenge compared with that of '
  'the response (Digest / Basic); a scheme name.', NS)
S(R, P, 102, '!=', 'yes', 'HTTPAuthHelper::ValidateAuthRequest: Digest nonce the server issued compared with the nonce '
  'echoed in the response; the nonce travels in clear in WWW-Authenticate.', NS)
S(R, P, 118, '!=', 'yes', 'HTTPAuthHelper::ValidateAuthRequest: Digest algorithm of challenge and response compared; '
  'an algorithm name.', NS)
S(R, P, 163, '==', 'no', 'HTTPAuthHelper::ValidateAuthRequest (RTSP/HTTP Digest): expected MD5 Digest response '
  'computed from the realm user\'s password compared with the client\'s response by std::string operator==.')
S(R, P, 166, '==', 'no', 'HTTPAuthHelper::ValidateAuthRequest (Basic): stored password of the realm user compared '
  'with the password from the Basic credentials by Variant operator== (string compare, early exit).')
P = 'sources/thelib/src/protocols/http/inboundhttpprotocol.cpp'
S(R, P, 60, '!=', 'yes', 'InboundHTTPProtocol::Initialize: realm method from the configuration compared with '
  '"digest"; a scheme name.', NS)
S(R, P, 204, '!=', 'no', 'InboundHTTPProtocol::Authenticate: MD5 Digest response computed from the configured '
  'credential compared with the "response" of the Authorization header by std::string operator!= (early exit).')
P = 'sources/thelib/src/protocols/rtmp/basertmpappprotocolhandler.cpp'
S(R, P, 1922, '==', 'yes', 'BaseRTMPAppProtocolHandler::AuthenticateInboundAdobe: configured password compared with '
  'the empty string (unknown user); an emptiness test, no client input.', NS)
S(R, P, 1946, '==', 'no', 'BaseRTMPAppProtocolHandler::AuthenticateInboundAdobe (authmod=adobe): client response '
  'compared with b64(md5(b64(md5(user + salt + password)) + opaque + challenge)) by std::string operator== '
  '(early exit); a match allows publishing.')
S(R, 'sources/thelib/src/protocols/rtmp/inboundrtmpprotocol.cpp', 158, 'memcmp', 'yes', 'InboundRTMPProtocol::'
  'ValidateClientScheme: RTMP handshake digest compared with HMAC-SHA256 over C1 keyed with genuineFPKey, the '
  'public "Genuine Adobe Flash Player 001" constant; a handshake format check, no secret involved.', NS)
P = 'sources/applications/admin/src/rtmpappprotocolhandler.cpp'
S(R, P, 41, '!= V_STRING) {', 'yes', 'RTMPAppProtocolHandler::ProcessInvokeConnect (admin app): Variant operator!= '
  'with a VariantType compares the type tag of the password param (is it a string?), not its value.', NS)
S(R, P, 47, '!= "spaima"', 'no', 'RTMPAppProtocolHandler::ProcessInvokeConnect (admin app): password of the RTMP '
  'connect request compared with the hard-coded admin password by Variant operator!= (string compare, early '
  'exit).')
S(R, P, 60, '==', 'yes', 'RTMPAppProtocolHandler::ProcessInvokeGeneric: invoked function name compared with '
  '"ListApplications"; an RPC method name.', NS)

# ---------------- FDH2/UxPlay (AirPlay mirroring server; C) ----------------
R = 'FDH2/UxPlay'
S(R, 'lib/pairing.c', 374, 'strcmp', 'no', 'pairing_digest_verify: MD5 Digest response computed from the AirPlay '
  'password compared with the client\'s response by strcmp (early exit).')
S(R, 'lib/srp.c', 950, 'memcmp', 'no', 'srp_verifier_verify_session (SRP pair-setup with the PIN / password): client '
  'proof M compared with the expected proof by memcmp; a match authenticates the client and releases H_AMK.')
P = 'lib/raop.c'
S(R, P, 406, 'strcmp', 'yes', 'conn_request: request protocol compared with "RTSP/1.0"; a protocol version.', NS)
S(R, P, 410, 'strcmp', 'yes', 'conn_request: request URL compared with "/pair-pin-start"; a route name.', NS)
S(R, P, 764, 'strcmp', 'yes', 'raop_set_plist: setting name compared with "pin" (a key name; the PIN value is the '
  'integer argument, not compared here).', NS)

_labels.write(__file__, 'webhook114')
