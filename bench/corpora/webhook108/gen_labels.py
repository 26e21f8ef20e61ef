#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook108). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token. SA() names a token inside a longer snippet (`at`) when the token occurs twice on the line.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS, token_location  # noqa: E402

C = {
 'ericpaulbishop/gargoyle': '06b2b911e35c9d675a7f158b4072fc54df68bcfa',
 'mgumz/alock': '0e930e93c4059bec7edc11e114fae823e2aeec91',
 'any1/neatvnc': 'f97805deaaea489a1c8c851324163a92a3125195',
 'canonical/lightdm': '5f14752419fc7f0fd763013c8195dcb0099c940a',
 'TurboVNC/turbovnc': 'afb793371a79240171f6eadb7bbcee2aaa422b44',
}
ROOT = '/work/corpora/webhook108/src'

_labels = TokenLabels(ROOT, 'wh108', C)
S = _labels.S
CT = 'Constant-time compare.'


def SA(repo, path, line, tok, at, ct, why, note=''):
    _labels.sc(repo, path, line, ct, why, note)
    _labels.items[-1]['column'], _labels.items[-1]['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


# ---------------- ericpaulbishop/gargoyle (OpenWrt router firmware web UI; C) ----------------
R = 'ericpaulbishop/gargoyle'
P = 'package/gargoyle/src/gargoyle_session_validator.c'
S(R, P, 100, 'strcmp', 'no', 'main (session validator run by every haserl page of the router web UI): crypt() of '
  'the submitted admin password compared with the root password hash from /etc/shadow using strcmp (early exit).')
S(R, P, 110, '>', 'yes', 'main: session cookie expiry time compared with the current time; a timestamp.', NS)
S(R, P, 119, 'strcmp', 'no', 'main: session cookie hash (the `hash` cookie) compared with SHA-256(root hash, '
  'expiry, user agent, source IP) using strcmp (early exit); the cookie is the session credential.')
S(R, P, 222, 'strcmp', 'yes', 'get_root_hash_from_file: first field of a shadow/passwd line compared with '
  '"root"; a user name.', NS)

# ---------------- mgumz/alock (X11 screen locker; C) ----------------
R = 'mgumz/alock'
S(R, 'src/auth_passwd.c', 58, '<', 'yes', 'module_init: length of the stored password hash compared with 13 (no '
  'usable hash); a length.', NS)
S(R, 'src/auth_passwd.c', 74, 'strcmp', 'no', 'module_authenticate (passwd module): crypt() of the typed password '
  'compared with the user\'s shadow hash using strcmp (early exit).')
S(R, 'src/auth_hash.c', 102, 'strcmp', 'yes', 'module_loadargs: module argument compared with "list"; an option '
  'name.', NS)
S(R, 'src/auth_hash.c', 162, '>', 'yes', 'module_init: expected hex length of the digest compared with the length '
  'of the configured hash; lengths.', NS)
S(R, 'src/auth_hash.c', 199, 'memcmp', 'no', 'module_authenticate (hash module): digest of the typed password '
  'compared with the configured password digest using memcmp.')

# ---------------- any1/neatvnc (VNC server library; C) ----------------
R = 'any1/neatvnc'
S(R, 'src/auth/des-auth.c', 32, 'memcmp', 'no', 'des_auth_verify: VNC authentication response (DES of the '
  'challenge under the password) compared with the expected response using memcmp.')
S(R, 'src/server.c', 3468, 'strcmp', 'no', 'nvnc_auth_creds_verify: plain password from VeNCrypt/RSA-AES '
  'credentials compared with the configured password using strcmp (early exit).')
S(R, 'src/auth/rsa-aes.c', 266, 'memcmp', 'yes', 'on_rsa_aes_client_hash (RA2 handshake): client\'s hash of both '
  'RSA public keys compared with the server\'s hash of the same public keys; public data.', NS)
S(R, 'src/crypto/nettle/key.c', 152, '!=', 'yes', 'crypto_derive_shared_secret: Diffie-Hellman generator of the '
  'own key compared with the remote public key\'s; a public parameter.', NS)
S(R, 'src/stream/ws/handshake.c', 54, 'strcasecmp', 'yes', 'ws_handshake: HTTP header name compared with '
  '"Sec-WebSocket-Key"; a header name (the key itself is a public nonce).', NS)

# ---------------- canonical/lightdm (display manager; C) ----------------
R = 'canonical/lightdm'
P = 'src/xdmcp-server.c'
S(R, P, 453, 'strcmp', 'yes', 'has_string: authorization name offered by the XDMCP client compared with '
  '"MIT-MAGIC-COOKIE-1" / "XDM-AUTHORIZATION-1"; protocol names.', NS)
S(R, P, 470, 'strcmp', 'yes', 'handle_request: XDMCP authentication name compared with ""; a protocol name.', NS)
S(R, P, 480, 'strcmp', 'yes', 'handle_request: XDMCP authentication name compared with "XDM-AUTHENTICATION-1"; '
  'a protocol name.', NS)
S(R, P, 639, 'strcmp', 'yes', 'handle_manage: display class of the session compared with the one in the Manage '
  'packet; a public display class.', NS)
P = 'tests/src/libsystem.c'
T = (' libsystem.c is the PAM / passwd stand-in LD_PRELOADed by the LightDM test suite; its pam_authenticate '
     'is the password check the daemon runs under test.')
SA(R, P, 989, 'strcmp', 'strcmp (pamh->authtok', 'no', 'pam_authenticate (lightdm-remote service): remote '
   'password compared with "password" using strcmp (early exit).' + T)
S(R, P, 1089, 'strcmp', 'no', 'pam_authenticate: typed password compared with the passwd entry\'s password using '
  'strcmp (early exit).' + T)
S(R, P, 1102, 'strcmp', 'yes', 'pam_authenticate: user name compared with "two-factor"; a user name.', NS)
S(R, P, 1122, 'strcmp', 'no', 'pam_authenticate: one-time password answer compared with "otp" using strcmp.' + T)
S(R, P, 1129, 'strcmp', 'yes', 'pam_authenticate: user name compared with "mount-home-dir"; a user name.', NS)

# ---------------- TurboVNC/turbovnc (Xvnc VNC server; C) ----------------
R = 'TurboVNC/turbovnc'
X = 'unix/Xvnc/programs/Xserver/'
S(R, X + 'os/mitauth.c', 79, 'timingsafe_memcmp', 'yes', 'MitCheckCookie: MIT-MAGIC-COOKIE-1 sent by the X '
  'client compared with the server\'s cookie using timingsafe_memcmp (os/timingsafe_memcmp.c).', CT)
S(R, X + 'os/mitauth.c', 106, '==', 'yes', 'MitFromID: XID of an authorization record compared with the '
  'requested id; an identifier.', NS)
P = X + 'os/xdmauth.c'
S(R, P, 76, '!=', 'yes', 'XdmAuthenticationValidator: length of the XDMCP authentication data compared with 8; '
  'a length.', NS)
S(R, P, 80, 'XdmcpCompareKeys', 'no', 'XdmAuthenticationValidator: decrypted XDM-AUTHENTICATION-1 key from the '
  'manager\'s Accept compared with the server\'s rho using XdmcpCompareKeys (libXdmcp Key.c: byte loop with '
  'early exit).')
S(R, P, 143, 'strncmp', 'yes', 'XdmAuthenticationInit: key string compared with the "0x" prefix; a format '
  'prefix.', NS)
S(R, P, 251, '!=', 'yes', 'XdmAuthorizationValidate: length of the decrypted XDM-AUTHORIZATION-1 data compared '
  'with 24; a length.', NS)
S(R, P, 260, 'XdmcpCompareKeys', 'no', 'XdmAuthorizationValidate: session key (rho) decrypted from the X '
  'client\'s XDM-AUTHORIZATION-1 cookie compared with the key of the authorization record using XdmcpCompareKeys '
  '(libXdmcp: byte loop with early exit).')
S(R, P, 282, 'memcmp', 'yes', 'XdmAuthorizationValidate: client IPv4 address in the cookie compared with the '
  'peer address; an address.', NS)
P = X + 'hw/vnc/auth.c'
S(R, P, 177, 'strcmp', 'yes', 'AuthPAMUserPwdRspFunc: user name sent by the viewer compared with the user ACL '
  'entries; a user name.', NS)
S(R, P, 199, 'strcmp', 'yes', 'AuthPAMUserPwdRspFunc: user name sent by the viewer compared with the session '
  'owner\'s name; a user name.', NS)
S(R, P, 355, 'strcmp', 'yes', 'rfbOptOtpAuth: security type name suffix compared with "otp"; an option name.', NS)
S(R, P, 563, 'strcmp', 'yes', 'ReadConfigFile: authentication config line compared with "enable-user-acl"; an '
  'option name.', NS)
S(R, P, 585, 'strncmp', 'yes', 'ReadConfigFile: config line compared with "permitted-auth-methods="; an option '
  'name.', NS)
S(R, P, 1363, 'memcmp', 'no', 'CheckResponse: VNC authentication response compared with the challenge '
  'encrypted under the full-control password using memcmp.')
S(R, P, 1368, 'memcmp', 'no', 'CheckResponse: VNC authentication response compared with the challenge '
  'encrypted under the view-only password (or the one-time password) using memcmp.')

_labels.write(__file__, 'webhook108')
