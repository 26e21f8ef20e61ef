#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook53). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'cherokee/webserver': 'ce1ca8acc707627a52943bf7ef40bfb964803718',
 'umurmur/umurmur': 'da2e175e0ffbeacafe501b045f30c21d4ab4123e',
 'libnice/libnice': '16b364d276d371e011d88831d74627b707dcba7a',
 'cjdelisle/cjdns': 'f5902acab6dd2f1a68bf6e4c89e352ed71f93698',
}
ROOT = '/work/corpora/webhook53/src'

_labels = TokenLabels(ROOT, 'wh53', C)
S = _labels.S
CT = 'Constant-time compare.'
CMPBUF = ('cherokee_buffer_cmp_buf (cherokee/buffer.c) compares the lengths and then calls strncmp: an '
          'early-exit compare.')

# ---------------- cherokee/webserver (Cherokee web server: HTTP basic / digest authentication; C) ----------------
R = 'cherokee/webserver'
P = 'cherokee/validator.c'
S(R, P, 208, 'equal_str', 'yes', 'cherokee_validator_parse_digest: name of a Digest Authorization parameter '
  'compared with "nonce" while parsing; a parameter name, not its value.', NS)
S(R, P, 214, 'equal_str', 'yes', 'cherokee_validator_parse_digest: parameter name compared with "response"; a '
  'parameter name, not the response value.', NS)
S(R, P, 404, 'cherokee_buffer_cmp_buf', 'no', 'cherokee_validator_digest_check: Digest "response" sent by the '
  'client compared with MD5(HA1:nonce:...:HA2) computed here from the stored password (used by the plain and '
  'authlist validators).', CMPBUF)
P = 'cherokee/validator_htpasswd.c'
S(R, P, 147, 'strcmp', 'no', 'check_crypt (HAVE_CRYPT_R branch): crypt_r(password the client sent, salt) compared '
  'with the crypt(3) hash stored in the htpasswd file using strcmp.')
S(R, P, 164, 'strcmp', 'no', 'validate_plain: password from the Basic Authorization header compared with the '
  'plain-text password of the htpasswd entry using strcmp.')
S(R, P, 193, 'strcmp', 'no', 'validate_md5: MD5-crypt / $apr1$ hash of the client password compared with the '
  'stored hash using strcmp.')
S(R, P, 211, '!=', 'yes', 'validate_non_salted_sha: length of the stored {SHA} field compared with 28; a '
  'length.', NS)
S(R, P, 222, 'strcmp', 'no', 'validate_non_salted_sha: base64 SHA-1 of the client password compared with the '
  'stored {SHA} hash using strcmp.')
S(R, P, 256, 'strncmp', 'yes', 'request_isnt_passwd_file: tail of the request path compared with the htpasswd '
  'file name (stops clients downloading the file); a path, not a secret.', NS)
S(R, P, 330, 'strcmp', 'yes', 'cherokee_validator_htpasswd_check: user name from the request compared with the '
  'user name of the htpasswd line; a user name.', NS)
S(R, P, 337, 'strncmp', 'yes', 'stored hash compared with the "$apr1$" scheme prefix; picks the algorithm, no '
  'client input.', NS)
S(R, P, 341, 'strncmp', 'yes', 'stored hash compared with the "$1$" scheme prefix.', NS)
S(R, P, 345, 'strncmp', 'yes', 'stored hash compared with the "{SHA}" scheme prefix.', NS)
S(R, P, 348, '==', 'yes', 'length of the stored hash compared with 13 (DES crypt); a length.', NS)
P = 'cherokee/validator_htdigest.c'
S(R, P, 121, 'strncmp', 'yes', 'extract_user_entry: user name from the request compared with the user field of '
  'an htdigest line; a user name.', NS)
S(R, P, 179, 'strncmp', 'no', 'validate_basic: HA1 = MD5(user:realm:password the client sent) compared with the '
  'HA1 stored in the htdigest file using strncmp.')
S(R, P, 216, 'cherokee_buffer_cmp_buf', 'no', 'validate_digest: Digest "response" from the client compared with '
  'the response computed here from the stored HA1.', CMPBUF)
P = 'cherokee/validator_authlist.c'
S(R, P, 187, 'cherokee_buffer_cmp_buf', 'yes', 'authlist_check: configured user name compared with the user name '
  'of the request; a user name.', NS)
S(R, P, 203, 'cherokee_buffer_cmp_buf', 'no', 'authlist_check (Basic): password configured for the user compared '
  'with the password from the Authorization header.', CMPBUF)
P = 'cherokee/validator_plain.c'
S(R, P, 166, 'cherokee_buffer_cmp_buf', 'yes', 'plain_check: user name of a password-file line compared with the '
  'user name of the request; a user name.', NS)
S(R, P, 187, 'cherokee_buffer_cmp_buf', 'no', 'plain_check (Basic): plain-text password of the file entry '
  'compared with the password from the Authorization header.', CMPBUF)

# ---------------- umurmur/umurmur (Mumble voice-chat server; C) ----------------
R = 'umurmur/umurmur'
P = 'src/messagehandler.c'
S(R, P, 149, 'strncmp', 'yes', 'Authenticate message: user name of a connected client compared with the user name '
  'the new client sent ("Username already in use"); user names.', NS)
S(R, P, 160, 'strncmp', 'no', 'Authenticate message: configured server password (PASSPHRASE) compared with the '
  'password the client sent using strncmp.')
P = 'src/client.c'
S(R, P, 138, 'strncasecmp', 'no', 'Client_token_match: access tokens the client sent in its Authenticate message '
  'compared with a secret (the admin password, messagehandler.c 194, or a channel password, messagehandler.c '
  '515) using strncasecmp, an early-exit (and case-insensitive) compare.')
S(R, P, 678, 'memcmp', 'yes', 'Client_read_udp: per-client UDP key compared with the key of the received datagram; '
  'the "key" is the sender\'s port and IP address, not a secret.', NS)
S(R, P, 699, 'memcmp', 'yes', 'Client_read_udp: TCP peer address compared with the datagram source address; an '
  'address.', NS)
P = 'src/crypt.c'
S(R, P, 189, '==', 'yes', 'CryptState_decrypt: expected next IV byte compared with the IV byte of the datagram; '
  'the OCB nonce byte is sent in clear.', NS)
S(R, P, 243, '==', 'yes', 'CryptState_decrypt: replay history entry compared with the IV byte (replay check); '
  'nonce bytes, public.', NS)
S(R, P, 251, 'memcmp', 'no', 'CryptState_decrypt: OCB-AES128 tag computed here compared with the 3-byte tag of '
  'the received UDP voice datagram using memcmp.')
P = 'src/ban.c'
S(R, P, 138, 'memcmp', 'yes', 'Ban_isBanned: SHA-1 hash of the client certificate compared with a banned hash; '
  'a fingerprint of a public certificate.', NS)

# ---------------- libnice/libnice (ICE / STUN library, stun/ part; C) ----------------
R = 'libnice/libnice'
P = 'stun/stunagent.c'
S(R, P, 91, 'memcmp', 'yes', 'stun_agent_default_validater: USERNAME of the request compared with a known user '
  'name to pick the key; the ICE ufrag travels in clear.', NS)
S(R, P, 121, '!=', 'yes', 'stun_agent_check_fingerprint: FINGERPRINT attribute compared with the CRC-32 of the '
  'message; a checksum without a key.', NS)
S(R, P, 128, '==', 'yes', 'stun_agent_check_fingerprint (MS-ICE2 legacy): FINGERPRINT compared with the other '
  'CRC-32 variant; keyless checksum.', NS)
S(R, P, 202, 'memcmp', 'yes', 'stun_agent_validate: transaction id of a response compared with the ids of sent '
  'requests; public ids sent in clear.', NS)
S(R, P, 322, 'memcmp', 'no', 'stun_agent_validate: HMAC-SHA1 (MESSAGE-INTEGRITY) computed here with the ICE / TURN '
  'password compared with the MESSAGE-INTEGRITY of the received STUN message using memcmp.')
S(R, P, 374, 'memcmp', 'yes', 'stun_agent_forget_transaction: transaction id compared with the saved ids; '
  'public.', NS)

# ---------------- cjdelisle/cjdns (mesh routing daemon: admin RPC, Ed25519; C) ----------------
R = 'cjdelisle/cjdns'
P = 'admin/Admin.c'
S(R, P, 239, '>', 'yes', 'authValid: cookie (a timestamp the server handed out) compared with the current time, '
  'and the submitted hash length with 64 on the same line; times and lengths.', NS)
S(R, P, 257, 'crypto_verify_32', 'yes', 'authValid: SHA-256 of the request (containing sha256(password+cookie)) '
  'compared with the hash the admin client sent, first 32 hex characters, using libsodium crypto_verify_32.', CT)
S(R, P, 258, 'crypto_verify_32', 'yes', 'authValid: second 32 hex characters of the same compare, crypto_verify_32 '
  'again (results OR-ed, no early exit).', CT)
S(R, P, 350, 'String_equals', 'yes', 'handleRequest: query name compared with "cookie" (the client asks for a '
  'cookie); a method name.', NS)
S(R, P, 364, 'String_equals', 'yes', 'handleRequest: query name compared with "auth"; a method name.', NS)
S(R, P, 375, 'String_equals', 'yes', 'handleRequest: configured admin password compared with the literal "NONE" '
  '(no password configured); no client input on either side.', NS)
P = 'crypto/sign/open.c'
S(R, P, 33, 'crypto_verify_32', 'yes', 'crypto_sign_open (Ed25519): R recomputed from the signature and key '
  'compared with the R of the signature using libsodium crypto_verify_32.', CT)

_labels.write(__file__, 'webhook53')
