#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook88). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'dun/munge': '9317fe8a7efe692d8c5547c3b5c83dacb2c26872',
 'SchedMD/slurm': '284c3b95f08a2dc2478499837b03355e1b9c5c75',
 'openpbs/openpbs': 'cd7ab5edaf03dcac2f1cb9e2f42d75eb117d468a',
 'adaptivecomputing/torque': '34ff845417cc0348dfe0a61a491e5e0f4adf6ef4',
 'jupyter-xeus/xeus-zmq': '660e6c6ca75badbe55b295cec8c8dd020a5540f0',
 'Arthmoor/SmaugFUSS': 'f74687cd069d8975abe8bc21b685365d137e1749',
 'bfelger/Mud98': '7952a1282c518f3fac01a47a1cdfc5d02c9981f9',
 'Arthmoor/AFKMud': '490cf5dd74f39aee244a57e21dcbdea95cc98a4c',
 'Arthmoor/SWFOTEFUSS': '97c3b9ae31654e9117f1fa2b12df07785f5648a0',
}
ROOT = '/work/corpora/webhook88/src'

_labels = TokenLabels(ROOT, 'wh88', C)
S = _labels.S
CT = 'Constant-time compare.'
XS = ' xstrcmp (src/common/xstring.c) is a NULL-safe strcmp wrapper, early exit.'

# ---------------- dun/munge (HPC credential daemon; C) ----------------
R = 'dun/munge'
P = 'src/munged/dec.c'
S(R, P, 270, 'strncmp', 'yes', 'dec_unarmor: start of the base64 credential compared with the "MUNGE:" '
  'prefix; a format marker.', NS)
S(R, P, 372, '!=', 'yes', 'dec_unpack_outer: credential version byte compared with '
  'MUNGE_CRED_VERSION; a protocol version.', NS)
S(R, P, 677, 'crypto_memcmp', 'yes', 'dec_validate_mac: MAC computed over the credential with the shared munge key '
  'compared with the MAC from the credential using crypto_memcmp (src/common/crypto.c 437: CRYPTO_memcmp or an '
  'XOR-OR loop over a volatile accumulator, no early exit).', CT)
S(R, P, 957, '!=', 'yes', 'dec_validate_auth: uid allowed to decode the credential compared with the client\'s '
  'uid from SO_PEERCRED; public identifiers.', NS)
S(R, P, 964, '==', 'yes', 'dec_validate_auth: gid allowed to decode compared with the client\'s gid; a public '
  'identifier.', NS)
S(R, 'src/common/crypto.c', 451, '^', 'yes', 'crypto_memcmp (non-OpenSSL build, as configured here): ORs the XOR '
  'of every byte pair into a volatile accumulator, no early exit.', CT)

# ---------------- SchedMD/slurm (HPC workload manager; C) ----------------
R = 'SchedMD/slurm'
S(R, 'src/common/io_hdr.c', 157, '<', 'yes', 'io_init_msg_validate: protocol version of the I/O init header '
  'compared (ordering) with the oldest supported version.', NS)
S(R, 'src/common/io_hdr.c', 162, 'xstrcmp', 'no', 'io_init_msg_validate: io_key of the stdio connection from '
  'slurmstepd (the job credential signature, used as the shared secret of the I/O streams) compared with the '
  'expected key.' + XS)
S(R, 'src/plugins/certmgr/script/certmgr_script.c', 303, 'xstrcmp', 'no', 'certmgr_p_sign_csr: unique node token sent with '
  'the certificate signing request compared with the token configured for the node before a TLS certificate is '
  'signed.' + XS)
P = 'src/plugins/auth/jwt/auth_jwt.c'
S(R, P, 326, 'xstrcasecmp', 'yes', '_verify_rs256_jwt (JWKS walk): key algorithm compared with "RS256"; a public '
  'algorithm name.', NS)
S(R, P, 330, 'xstrcmp', 'yes', '_verify_rs256_jwt (JWKS walk): key type compared with "RSA"; a public key type.', NS)
S(R, P, 335, 'xstrcmp', 'yes', '_verify_rs256_jwt (JWKS walk): key id from the token header compared with the key '
  'id of a JWKS entry; a public identifier (the signature is checked by jwt_decode).', NS)
S(R, P, 375, 'xstrcmp', 'yes', '_handle_identity: requested user name compared with the user name of the identity '
  'in the verified token; a user name.', NS)
S(R, P, 428, 'xstrcmp', 'yes', '_handle_username: user name of the request compared with the user name claim of '
  'the verified token; a user name.', NS)
S(R, 'src/plugins/auth/slurm/internal.c', 110, 'xstrcmp', 'yes', '_find_kid: key id from the token header '
  'compared with the key id of a configured key; a public identifier.', NS)
S(R, 'src/plugins/auth/slurm/internal.c', 399, 'xstrcmp', 'yes', 'verify_internal: context claim of the verified token '
  'compared with "auth" / "sack"; a token type.', NS)
S(R, 'src/plugins/auth/slurm/cred_slurm.c', 104, 'xstrcmp', 'yes', 'cred_p_unpack: context claim of the verified '
  'token compared with "launch"; a token type.', NS)

# ---------------- openpbs/openpbs (HPC workload manager; C) ----------------
R = 'openpbs/openpbs'
S(R, 'src/cmds/pbs_demux.c', 115, 'strncmp', 'no', 'readit: first bytes of each stdout/stderr connection '
  'compared with the job cookie (PBS_JOBCOOKIE, the job\'s shared secret) using strncmp (early exit).')
P = 'src/resmom/mom_comm.c'
S(R, P, 2960, '!=', 'yes', 'im_request: inter-MoM protocol version compared with the supported versions.', NS)
S(R, P, 3458, 'strcmp', 'no', 'im_request (IM_ALL_OKAY/IM_ERROR reply): job cookie sent by the sister MoM '
  'compared with the job\'s cookie attribute using strcmp (early exit).')
S(R, P, 5748, '!=', 'yes', 'tm_request: task-manager protocol version compared with the supported versions.', NS)
S(R, P, 6107, 'strcmp', 'no', 'tm_request: job cookie sent by the task (tm_* API client) compared with the job\'s '
  'cookie attribute using strcmp (early exit).')
P = 'src/lib/Libutil/misc_utils.c'
S(R, P, 2892, '>', 'yes', 'validate_hostkey: age of the host key timestamp compared (ordering) with a 5-minute '
  'window; a replay window, not a secret.', NS)
S(R, P, 2906, 'strcmp', 'no', 'validate_hostkey: cluster key decrypted from the peer\'s host key compared with the '
  'cluster key already known using strcmp (early exit).')
S(R, 'src/lib/Libauth/munge/munge_supp.c', 286, 'strncmp', 'yes', 'munge_validate_auth_data: user name from the '
  'MUNGE-authenticated payload compared with the name of the credential uid; a user name.', NS)
S(R, 'src/lib/Libifl/auth.c', 112, 'strcmp', 'yes', '_load_auth: method name compared with "resvport" (built in, no library to load); '
  'a protocol constant.', NS)
S(R, 'src/lib/Libifl/auth.c', 207, 'strcmp', 'yes', 'get_auth: name of a loaded auth library compared with the '
  'requested method name.', NS)

# ---------------- adaptivecomputing/torque (HPC resource manager; C built as C++) ----------------
R = 'adaptivecomputing/torque'
P = 'src/resmom/mom_comm.c'
S(R, P, 6033, '!=', 'yes', 'im_request: inter-MoM protocol version compared with IM_PROTOCOL_VER.', NS)
S(R, P, 6217, 'strcmp', 'no', 'im_request: job cookie sent by the sister MoM compared with the job\'s cookie '
  'attribute using strcmp (early exit).')
S(R, P, 7914, 'strcmp', 'no', 'tm_request: job cookie sent by the task (tm_* API client) compared with the job\'s '
  'cookie attribute using strcmp (early exit).')
S(R, P, 8398, 'strcmp', 'yes', 'adoptSession: cookie field of the adopt request compared with the literal '
  '"ADOPT COOKIE" (a mode keyword; the real cookie check is on line 8414).', NS)
S(R, P, 8414, 'strcmp', 'no', 'adoptSession: job cookie of the adopt request compared with the job\'s cookie '
  'attribute using strcmp (early exit).')
P = 'src/server/svr_chk_owner.c'
S(R, P, 447, 'strncmp', 'yes', 'authenticate_user: user name of the request compared with the user name of the '
  'connection credential (pbs_iff / trqauthd); a user name.', NS)
S(R, P, 457, 'strncmp', 'yes', 'authenticate_user: host name of the request compared with the credential host '
  'name; a host name.', NS)

# ---------------- jupyter-xeus/xeus-zmq (Jupyter kernel protocol; C++) ----------------
R = 'jupyter-xeus/xeus-zmq'
P = 'src/common/xauthentication.cpp'
S(R, P, 152, '==', 'yes', 'make_xauthentication: signature scheme from the connection file compared with "none"; '
  'a scheme name.', NS)
S(R, P, 250, 'CRYPTO_memcmp', 'yes', 'openssl_xauthentication::verify_impl: hex HMAC of the message parts (key from '
  'the connection file) compared with the message signature using OpenSSL CRYPTO_memcmp.', CT)
S(R, P, 285, 'CRYPTO_memcmp', 'yes', 'openssl_xauthentication::verify_impl (single buffer): hex HMAC compared with '
  'the signature using OpenSSL CRYPTO_memcmp.', CT)

# ---------------- Arthmoor/SmaugFUSS (MUD server; C built as C++) ----------------
R = 'Arthmoor/SmaugFUSS'
P = 'src/comm.c'
SC = (' str_cmp (src/handler.c) is the MUD\'s generic case-insensitive compare (used for names and keywords too), '
      'early exit.')
S(R, P, 1904, 'str_cmp', 'yes', 'nanny_get_name: input at the name prompt compared with "MSSP-REQUEST"; a '
  'protocol keyword.', NS)
S(R, P, 1922, 'str_cmp', 'yes', 'nanny_get_name: input compared with "New" (create a character); a keyword.', NS)
S(R, P, 2100, 'str_cmp', 'no', 'nanny_get_old_password: SHA-256 crypt of the typed password compared with the '
  'stored password hash.' + SC)
S(R, P, 2703, 'str_cmp', 'no', 'nanny_delete_char: SHA-256 crypt of the typed password compared with the stored '
  'password hash before the character is deleted.' + SC)
S(R, P, 2858, 'str_cmp', 'yes', 'check_reconnect: typed character name compared with the file name of a link-dead '
  'player; a player name.', NS)

# ---------------- bfelger/Mud98 (ROM MUD server; C) ----------------
R = 'bfelger/Mud98'
P = 'src/digest.c'
S(R, P, 175, '==', 'yes', 'validate_password: length of the stored digest compared with the length of the new '
  'digest; lengths.', NS)
S(R, P, 176, 'memcmp', 'no', 'validate_password: SHA-256 digest of the typed password compared with the stored '
  'digest using memcmp (early exit); called at login, password change and deletion.')
S(R, 'src/comm.c', 1947, 'str_cmp', 'yes', 'check_parse_name: new character name compared with clan names; a '
  'name.', NS)
S(R, 'src/comm.c', 2056, 'str_cmp', 'yes', 'check_playing: character name compared with the names of connected '
  'characters; a name.', NS)

# ---------------- Arthmoor/AFKMud (MUD server; C++23) ----------------
R = 'Arthmoor/AFKMud'
P = 'src/sha512.cpp'
S(R, P, 354, '!=', 'yes', 'check_hash_update: work factor parsed from the stored hash compared with the current '
  'round count (rehash needed?); a public parameter.', NS)
S(R, P, 363, 'starts_with', 'yes', 'password_verify: stored hash checked for the "$sha512$" scheme prefix; a format '
  'tag.', NS)
S(R, P, 380, '!=', 'yes', 'password_verify: length of the stored hex hash compared with 128; a length.', NS)
S(R, P, 424, '^', 'yes', 'password_verify: PBKDF2-HMAC-SHA512 of the typed password compared with the stored hash '
  'by ORing the XOR of every byte into a volatile accumulator (no early exit on a mismatch).', CT)

# ---------------- Arthmoor/SWFOTEFUSS (SMAUG-derived MUD server; C built as C++) ----------------
R = 'Arthmoor/SWFOTEFUSS'
P = 'src/comm.c'
S(R, P, 1587, 'str_cmp', 'yes', 'nanny_get_name: input at the name prompt compared with "MSSP-REQUEST"; a '
  'protocol keyword.', NS)
S(R, P, 1729, 'strcmp', 'no', 'nanny_get_old_password: SHA-256 crypt of the typed password compared with the '
  'stored password hash using strcmp (early exit).')
S(R, P, 2694, 'str_cmp', 'yes', 'check_reconnect: typed character name compared with the names of link-dead '
  'players; a player name.', NS)
S(R, 'src/act_info.c', 3556, 'strcmp', 'no', 'do_password: SHA-256 crypt of the old password compared with the '
  'stored password hash using strcmp (early exit).')
S(R, 'src/misc.c', 3069, 'strcmp', 'no', 'do_suicide: SHA-256 crypt of the typed password compared with the stored '
  'password hash using strcmp (early exit) before the character is deleted.')

_labels.write(__file__, 'webhook88')
