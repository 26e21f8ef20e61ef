#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook74). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'aox/aox': 'ac09f40db4ed55c35b86b19d75e030dae096a24c',
 'svarshavchik/courier-libs': '2a13a234cc337c29e2c4826cc079c16086341b79',
 'lpereira/lwan': 'f04239215bfeaca0f34cbe21695dd3156d34c54c',
 '389ds/389-ds-base': '70dcccafacc672a1add2fdd34388f84c5f42188d',
 'SIPp/sipp': '31658c2fe7fa9ca508020e68956d7039c4a840cb',
 'heimdal/heimdal': '8c3c97bdf6c06200418f1a85aa22beaa441c6b23',
 'evgeny-gridasov/openvpn-otp': '9781ff1b3327cff25070a26a95f93992d13a3ffd',
}
ROOT = '/work/corpora/webhook74/src'

_labels = TokenLabels(ROOT, 'wh74', C)
S = _labels.S
CT = 'Constant-time compare.'
SLAPI = (' slapi_ct_memcmp (ldap/servers/slapd/ch_malloc.c 356-371) walks all n bytes and ORs a flag, no early '
         'exit.')
ES = (' EString / UString operator== (core/estring.h 157, core/ustring.h 115) compare lengths and then the bytes '
      'with an early exit.')

# ---------------- aox/aox (Archiveopteryx IMAP/POP/SMTP server, SASL mechanisms; C++) ----------------
R = 'aox/aox'
P = 'sasl/mechanism.cpp'
S(R, P, 101, '==', 'yes', 'SaslMechanism::create: the lower-cased SASL mechanism name from the client compared '
  'with "anonymous"; a protocol keyword.', NS)
S(R, P, 420, '==', 'yes', 'SaslMechanism::verify: the login name compared with "anonymous" (anonymous access '
  'toggle); a user name.', NS)
S(R, P, 428, '==', 'no', 'SaslMechanism::verify (default for PLAIN / LOGIN): the stored cleartext password '
  'compared with the password the client sent using UString ==.' + ES)
P = 'sasl/digest-md5.cpp'
S(R, P, 153, '!=', 'yes', 'DigestMD5::parseResponse: the qop directive compared with "auth"; a protocol '
  'constant.', NS)
S(R, P, 196, '==', 'yes', 'DigestMD5::parseResponse: the nonce echoed by the client compared with the cached '
  'server nonces to find its entry; a public challenge value.', NS)
S(R, P, 210, '!=', 'yes', 'DigestMD5::parseResponse: the echoed nonce compared with the nonce issued on this '
  'connection; a public challenge value.', NS)
S(R, P, 263, '==', 'no', 'DigestMD5::verify: the DIGEST-MD5 response computed from the stored password compared '
  'with the client\'s response with EString ==.' + ES)
P = 'sasl/cram-md5.cpp'
S(R, P, 68, '==', 'yes', 'CramMD5::verify: the login name compared with "anonymous"; a user name.', NS)
S(R, P, 70, '==', 'no', 'CramMD5::verify: the client\'s CRAM-MD5 digest compared with HMAC-MD5(stored password, '
  'challenge) in hex using EString ==.' + ES)
P = 'pop/popcommand.cpp'
S(R, P, 371, '==', 'no', 'PopCommand::apop (Apop::verify): MD5(challenge + stored password) in hex compared with '
  'the APOP digest from the client using EString ==.' + ES)

# ---------------- svarshavchik/courier-libs (pcpd calendar server auth tokens; C) ----------------
R = 'svarshavchik/courier-libs'
P = 'pcp/pcpdauthtoken.c'
S(R, P, 140, '==', 'yes', 'authtoken_init: length of the token seed line read from the local token file '
  'compared with 32; a length check.', NS)
S(R, P, 269, '!=', 'yes', 'authtoken_verify: the character after the hex timestamp compared with the "-" '
  'separator; a format check.', NS)
S(R, P, 281, 'strcmp', 'no', 'authtoken_verify: the authentication token from the client compared with the '
  'token recomputed with HMAC-SHA1 under the current secret seed using strcmp (early exit).')
S(R, P, 291, 'strcmp', 'no', 'authtoken_verify: the client token compared with the token recomputed under the '
  'previous secret seed using strcmp (early exit).')

# ---------------- lpereira/lwan (embedded web server, HTTP Basic auth; C) ----------------
R = 'lpereira/lwan'
P = 'src/lib/lwan-http-authorize.c'
S(R, P, 174, 'streq', 'no', 'authorize: the Basic-auth password from the request compared with the password '
  'from the realm password file using streq, a generic strcmp()==0 helper (src/lib/missing/string.h 69).')
S(R, P, 190, 'strncmp', 'yes', 'lwan_http_authorize: the Authorization header compared with the "Basic " '
  'scheme prefix; a protocol constant.', NS)

# ---------------- 389ds/389-ds-base (LDAP server, userPassword storage schemes; C) ----------------
R = '389ds/389-ds-base'
D = 'ldap/servers/plugins/pwdstorage/'
S(R, D + 'clear_pwd.c', 31, '!=', 'yes', 'clear_pw_cmp: length of the bind password compared with the length '
  'of the stored one (the compare below runs anyway); a length.', NS)
S(R, D + 'clear_pwd.c', 42, 'slapi_ct_memcmp', 'yes', 'clear_pw_cmp: cleartext bind password compared with '
  'the stored cleartext password.' + SLAPI, CT)
S(R, D + 'crypt_pwd.c', 75, '==', 'yes', 'crypt_pw_cmp: length of the stored crypt hash compared with the '
  'length of crypt_r()\'s output; a length.', NS)
S(R, D + 'crypt_pwd.c', 76, 'slapi_ct_memcmp', 'yes', 'crypt_pw_cmp: stored crypt hash compared with the '
  'crypt_r() of the bind password.' + SLAPI, CT)
S(R, D + 'sha_pwd.c', 125, 'slapi_ct_memcmp', 'yes', 'sha_pw_cmp: salted SHA hash of the bind password '
  'compared with the stored hash.' + SLAPI, CT)
S(R, D + 'sha_pwd.c', 127, 'slapi_ct_memcmp', 'yes', 'sha_pw_cmp: old-format (salt first) SHA hash compared '
  'with the stored hash.' + SLAPI, CT)
S(R, D + 'smd5_pwd.c', 92, 'slapi_ct_memcmp', 'yes', 'smd5_pw_cmp: salted MD5 hash of the bind password '
  'compared with the stored hash.' + SLAPI, CT)
S(R, D + 'md5_pwd.c', 67, 'slapi_ct_memcmp', 'yes', 'md5_pw_cmp: base64 MD5 of the bind password compared '
  'with the stored value.' + SLAPI, CT)
S(R, D + 'pbkdf2_pwd.c', 337, 'memcmp', 'no', 'pbkdf2_sha256_pw_cmp: PBKDF2-SHA256 hash of the bind password '
  'compared with the stored hash using memcmp (early exit), unlike the other schemes of the plugin.')
S(R, D + 'ns-mta-md5_pwd.c', 86, 'strcmp', 'no', 'ns_mta_md5_pw_cmp: stored NS-MTA-MD5 password hash compared '
  'with the salted hash of the bind password using strcmp (early exit).')
S(R, 'ldap/servers/slapd/ch_malloc.c', 367, '^', 'yes', 'slapi_ct_memcmp: the project\'s constant-time helper; '
  'every byte pair is XORed and a flag set, the loop never exits early.', CT)

# ---------------- SIPp/sipp (SIP traffic generator, UAS digest verification; C++) ----------------
R = 'SIPp/sipp'
P = 'src/auth.cpp'
S(R, P, 189, 'strncasecmp', 'yes', 'createAuthHeader: the algorithm parameter of the challenge compared with '
  '"MD5"; a protocol constant.', NS)
S(R, P, 515, 'strncasecmp', 'yes', 'verifyAuthHeader: the algorithm parameter of the Authorization header '
  'compared with "MD5"; a protocol constant.', NS)
S(R, P, 537, 'strcmp', 'no', 'verifyAuthHeader: the MD5 digest response expected from the configured password '
  'compared with the client\'s response using strcmp (early exit).')
S(R, P, 538, 'strncasecmp', 'yes', 'verifyAuthHeader: the algorithm parameter compared with "SHA-256"; a '
  'protocol constant.', NS)
S(R, P, 560, 'strcmp', 'no', 'verifyAuthHeader: the SHA-256 digest response expected from the configured '
  'password compared with the client\'s response using strcmp (early exit).')
S(R, P, 664, 'memcmp', 'no', 'createAuthHeaderAKAv1MD5: the network authentication MAC from the AKA nonce (AUTN) '
  'compared with the XMAC computed with the shared key K (Milenage f1) using memcmp (early exit).')

# ---------------- heimdal/heimdal (Kerberos; roken constant-time compare; C) ----------------
R = 'heimdal/heimdal'
S(R, 'lib/roken/ct.c', 80, '^', 'yes', 'ct_memcmp: the XOR of every byte pair is ORed into r through volatile '
  'pointers, no early exit; Heimdal\'s constant-time helper for checksums and NTLM answers.', CT)

# ---------------- evgeny-gridasov/openvpn-otp (OpenVPN TOTP/HOTP/mOTP plugin; C) ----------------
R = 'evgeny-gridasov/openvpn-otp'
P = 'src/otp.c'
S(R, P, 364, 'strcmp', 'yes', 'otp_verify: the VPN user name compared with the user name of a secrets-file '
  'entry; a user name.', NS)
S(R, P, 373, 'strcmp', 'yes', 'otp_verify (plain: entry): the VPN user name compared with the entry\'s user '
  'name; a user name (the password compare is on the next line).', NS)
S(R, P, 374, 'strcmp', 'no', 'otp_verify (plain: entry): the password sent by the VPN client compared with the '
  'stored plaintext password using strcmp (early exit).')
S(R, P, 393, 'strcasecmp', 'yes', 'otp_verify: the key encoding of the entry compared with "base32"; a '
  'configuration keyword.', NS)
S(R, P, 423, 'strcasecmp', 'yes', 'otp_verify: the OTP method of the entry compared with "totp-60-6"; a '
  'configuration keyword.', NS)
S(R, P, 459, 'strcmp', 'yes', 'otp_verify (TOTP): the VPN user name compared with the entry\'s user name; a user '
  'name (the code compare is on the next line).', NS)
S(R, P, 460, 'strcmp', 'no', 'otp_verify (TOTP): PIN + TOTP code sent by the client compared with PIN + the code '
  'computed with HMAC over the shared key using strcmp (early exit).')
S(R, P, 514, 'strcmp', 'no', 'otp_verify (HOTP): PIN + HOTP code sent by the client compared with PIN + the code '
  'computed from the shared key and counter using strcmp (early exit).')
S(R, P, 525, 'strcasecmp', 'yes', 'otp_verify: the OTP method of the entry compared with "motp"; a '
  'configuration keyword.', NS)
S(R, P, 571, 'strcmp', 'no', 'otp_verify (mOTP): the code sent by the client compared with the mOTP code '
  'computed from the shared key and PIN using strcmp (early exit).')

_labels.write(__file__, 'webhook74')
