#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook83). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'tvheadend/tvheadend': '80729d2f6f4b9bd11ceaf8835699c82e6bfed630',
 'ElementsProject/lightning': '090f4b0e6981d458b07a8e95d3eccf5a7c0b9542',
 'off-the-record/libotr': 'c9710e9b5bbd2f9fd540c6f4fe040937444d20e2',
 'signalapp/libsignal-protocol-c': '3a83a4f4ed2302ff6e68ab569c88793b50c22d28',
 'swaywm/swaylock': '473ebba206e4511f7300f9e32362cfff0eb7d908',
 'jarun/xtrlock': 'c7d5eee58cc3be0b8fff96c33e7afc4f300248bb',
 'Zygo/xscreensaver': '906693799e4fb7581436590cf84ecb2d3c9186ba',
 'toidinamai/vlock': 'a648caf87c4c25b6df742b83ae383cebe6548f6b',
}
ROOT = '/work/corpora/webhook83/src'

_labels = TokenLabels(ROOT, 'wh83', C)
S = _labels.S
CT = 'Constant-time compare.'
OTRD = ('otrl_mem_differ (src/mem.c 170-180) ORs the XOR of every byte pair into a volatile accumulator, no '
        'early exit.')
SIGC = ('signal_constant_memcmp (src/signal_protocol.c 591-603) ORs the XOR of every byte pair, no early exit.')

# ---------------- tvheadend/tvheadend (TV streaming server: HTTP / HTSP authentication; C) ----------------
R = 'tvheadend/tvheadend'
P = 'src/access.c'
S(R, P, 88, 'strcmp', 'no', 'access_ticket_find: the ticket id from the request (?ticket=, a random bearer token '
  'that grants access to one resource; access_ticket_verify2 / http.c 977) compared with the stored tickets using '
  'strcmp (early exit).')
S(R, P, 225, 'strcmp', 'no', 'passwd_auth_find: the persistent "auth" token from the request compared with each '
  'password entry\'s pw_auth token using strcmp (early exit); a hit authenticates as that user '
  '(access_get_by_auth).')
S(R, P, 764, 'strcmp', 'yes', 'access_get: the client\'s user name compared with the ACL entry\'s user name to '
  'select the entry; a user name.', NS)
S(R, P, 2039, 'strcmp', 'yes', 'passwd_verify2: the client\'s user name compared with the password entry\'s user '
  'name before the password is verified by the callback; a user name.', NS)
P = 'src/http.c'
S(R, P, 234, 'strcmp', 'yes', 'http_nonce_cmp: red-black tree ordering of the server-issued digest nonces (sent to '
  'every client in WWW-Authenticate); a public value.', NS)
S(R, P, 1029, 'strcmp', 'no', 'http_verify_callback: the HTTP Digest response from the client compared with '
  'H(H(user:realm:password):nonce:...) computed from the stored password using strcmp (early exit).')
S(R, P, 1034, 'strcmp', 'no', 'http_verify_callback (Basic): the stored plaintext password compared with the '
  'password the client sent using strcmp (early exit).')
S(R, P, 1058, 'strcasecmp', 'yes', 'http_verify_prepare: the algorithm= parameter of the Authorization header '
  'compared with the algorithm names ("MD5"); a protocol constant.', NS)
S(R, P, 1089, 'strcmp', 'yes', 'http_verify_prepare: the realm= parameter compared with the configured realm '
  '(sent to every client in WWW-Authenticate); a public value.', NS)
P = 'src/htsp_server.c'
S(R, P, 3242, 'memcmp', 'no', 'htsp_verify_callback: the 20-byte HTSP authentication digest from the client '
  'compared with SHA-1(password || challenge) using memcmp (early exit).')
S(R, P, 3426, 'strcmp', 'yes', 'htsp_read_loop: the HTSP method name of the message compared with the method '
  'table; a protocol constant.', NS)

# ---------------- ElementsProject/lightning (core-lightning: runes, onion routing; C) ----------------
R = 'ElementsProject/lightning'
S(R, 'ccan/ccan/rune/coding.c', 152, 'memcmp', 'no', 'rune_is_derived_anyversion: the rune\'s authcode compared '
  'with the SHA-256 state obtained by adding its restrictions to the master rune (keyed with the node\'s rune '
  'secret) using memcmp (early exit); this is the check that authenticates a rune (commando / JSON-RPC '
  'authorization).')
S(R, 'ccan/ccan/rune/rune.c', 326, 'memeqstr', 'yes', 'rune_alt_single: a restriction\'s value (readable in the '
  'rune, e.g. method=invoice) compared with the value of the command field being checked; not a secret.', NS)
S(R, 'ccan/ccan/rune/rune.c', 166, 'streq', 'yes', 'is_unique_id: the field name of an alternative compared with "" '
  '(the unique-id restriction); a protocol constant.', NS)
S(R, 'bitcoin/privkey.c', 25, '^', 'yes', 'secret_eq_consttime: ORs the XOR of every byte of the two secrets into '
  'an accumulator, no early exit (used for payment secrets, per-commitment secrets, blinded-path secrets).', CT)
S(R, 'common/sphinx.c', 675, 'hmac_eq', 'no', 'process_onionpacket: the onion packet HMAC compared with '
  'HMAC-SHA256(mu, payloads || associated data) (mu derived from the ECDH shared secret) using hmac_eq, which '
  'STRUCTEQ_DEF (ccan/structeq) defines as a memcmp (early exit).')
S(R, 'common/sphinx.c', 881, 'hmac_eq', 'no', 'unwrap_onionreply: the HMAC of the returned failure onion compared '
  'with HMAC-SHA256(um key of each hop\'s shared secret) using hmac_eq, a memcmp (early exit).')

# ---------------- off-the-record/libotr (OTR messaging; C) ----------------
R = 'off-the-record/libotr'
S(R, 'src/mem.c', 177, '^', 'yes', 'otrl_mem_differ: ORs the XOR of every byte pair into a volatile accumulator, '
  'no early exit.', CT)
P = 'src/auth.c'
S(R, P, 380, 'memcmp', 'yes', 'otrl_auth_handle_commit: ordering of our and their hash of g^x (public commitment '
  'values) to decide which D-H Commit wins; the code says they are public.', NS)
S(R, P, 987, 'otrl_mem_differ', 'yes', 'otrl_auth_handle_revealsig: SHA-256 of the revealed g^x compared with '
  'the committed hash; ' + OTRD, CT)
S(R, P, 1016, 'otrl_mem_differ', 'yes', 'otrl_auth_handle_revealsig: MAC (m2 key) of the encrypted signature '
  'compared with the MAC in the message; ' + OTRD, CT)
S(R, P, 1132, 'otrl_mem_differ', 'yes', 'otrl_auth_handle_signature: MAC (m2\' key) of the encrypted signature '
  'compared with the MAC in the message; ' + OTRD, CT)
S(R, P, 1334, 'memcmp', 'yes', 'otrl_auth_handle_v1_key_exchange: message header compared with the protocol '
  'constant 00 01 0a; not a secret.', NS)
S(R, 'src/proto.c', 831, 'otrl_mem_differ', 'yes', 'otrl_proto_accept_data: SHA-1 HMAC of the data message '
  '(receiving MAC key) compared with the MAC the message carries; ' + OTRD, CT)
P = 'src/context.c'
S(R, P, 265, 'strcmp', 'yes', 'otrl_context_find: sorted-list walk comparing the buddy user name; a user name.',
  NS)
S(R, P, 380, 'memcmp', 'yes', 'otrl_context_find_fingerprint: 20-byte fingerprint of a public key compared with the '
  'stored fingerprints to find the entry; a public identifier.', NS)

# ---------------- signalapp/libsignal-protocol-c (Signal protocol; C) ----------------
R = 'signalapp/libsignal-protocol-c'
S(R, 'src/signal_protocol.c', 599, '^', 'yes', 'signal_constant_memcmp: ORs the XOR of every byte pair, no early '
  'exit.', CT)
P = 'src/protocol.c'
S(R, P, 416, '!=', 'yes', 'signal_message_verify_mac: length of the computed MAC compared with the length of the '
  'MAC in the message (a public length) before the constant-time compare.', NS)
S(R, P, 422, 'signal_constant_memcmp', 'yes', 'signal_message_verify_mac: HMAC-SHA256 of the whisper message '
  'compared with the MAC it carries; ' + SIGC, CT)
S(R, 'src/curve.c', 106, 'memcmp', 'yes', 'ec_public_key_memcmp: ordering of two Curve25519 public keys; public '
  'values.', NS)
P = 'src/fingerprint.c'
S(R, P, 507, 'strcmp', 'yes', 'displayable_fingerprint_create: ordering of the local and remote displayable '
  'fingerprints (safety numbers shown to both users); public values.', NS)
S(R, P, 816, 'strcmp', 'yes', 'scannable_fingerprint_compare: stable identifiers (phone numbers / user ids) of the '
  'scanned QR code compared with ours; public identifiers.', NS)

# ---------------- swaywm/swaylock (Wayland screen locker, shadow backend; C) ----------------
R = 'swaywm/swaylock'
S(R, 'shadow.c', 29, 'strcmp', 'yes', 'initialize_pw_backend: the passwd-file password field compared with the '
  'placeholder "x" (the hash lives in /etc/shadow); a format marker.', NS)
S(R, 'shadow.c', 83, 'strcmp', 'no', 'run_pw_backend_child: crypt() of the typed password compared with the shadow '
  'hash using strcmp (early exit).')

# ---------------- jarun/xtrlock (X screen locker; C) ----------------
R = 'jarun/xtrlock'
S(R, 'xtrlock.c', 71, 'strcmp', 'no', 'passwordok: crypt() of the typed password compared with the passwd/shadow '
  'hash using strcmp (early exit).')
S(R, 'xtrlock.c', 132, '==', 'yes', 'main: first character of the -c command string compared with \'-\' (option '
  'syntax check); a constant.', NS)

# ---------------- Zygo/xscreensaver (X screen saver / locker; C) ----------------
R = 'Zygo/xscreensaver'
S(R, 'driver/passwd-pwent.c', 256, 'strcmp', 'no', 'passwds_match_p: crypt() of the typed password compared with '
  'the stored passwd/shadow hash using strcmp (early exit).')

# ---------------- toidinamai/vlock (console locker, shadow backend; C) ----------------
R = 'toidinamai/vlock'
S(R, 'src/auth-shadow.c', 89, 'strcmp', 'no', 'auth: crypt() of the typed password compared with the shadow hash '
  'using strcmp (early exit).')

_labels.write(__file__, 'webhook83')
