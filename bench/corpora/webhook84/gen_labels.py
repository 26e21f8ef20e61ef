#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook84). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'fujita/tgt': 'f0dc199bd5887ee0de5c1dc4fa9e97af52fccdb8',
 'open-iscsi/open-iscsi': 'bc236140ff0f0b66c18c0064fdebe5916c32c5da',
 'moosefs/moosefs': 'ac106b2ec8661ff00def725d042cb67d3ca2184d',
 'sahlberg/libsmb2': 'bae5ef5d94537dcaf5fb520cfed22bb84c99e20b',
 'pulseaudio/pulseaudio': '0cc36279ec993680bccad6b907ba15de97b55c4d',
 'gluster/glusterfs': '595745f8e42ed64aa77580b3e724ba20ce1cd17a',
 'sahlberg/libiscsi': '65ebd1415455d5016043a437aeec75e57b3bf043',
 'lizardfs/lizardfs': 'b1e97f974fc3a4046edaf9fdc3962264d4cd24fa',
}
ROOT = '/work/corpora/webhook84/src'

_labels = TokenLabels(ROOT, 'wh84', C)
S = _labels.S

# ---------------- fujita/tgt (iSCSI target daemon; C) ----------------
R = 'fujita/tgt'
P = 'usr/iscsi/chap.c'
S(R, P, 345, 'strcmp', 'yes', 'chap_initiator_auth_create_challenge: CHAP_A algorithm list offered by the '
  'initiator compared with "5" (MD5); a protocol constant.', NS)
S(R, P, 349, 'strcmp', 'yes', 'chap_initiator_auth_create_challenge: CHAP_A value compared with "7" (SHA-1); a '
  'protocol constant.', NS)
S(R, P, 469, 'memcmp', 'no', 'chap_initiator_auth_check_response: CHAP_R digest sent by the initiator compared '
  'with MD5/SHA-1(id || incoming CHAP secret || challenge) using memcmp (early exit).')
S(R, P, 576, 'memcmp', 'yes', 'chap_target_auth_create_response: challenge sent by the initiator compared with '
  'the challenge the target itself sent in clear (RFC 3720 reflection check); public values.', NS)
P = 'usr/iscsi/iscsid.c'
S(R, P, 227, 'strcmp', 'yes', 'text_scan_security: AuthMethod value offered by the initiator compared with '
  '"None"; a method name.', NS)
S(R, P, 473, 'strcmp', 'yes', 'login_start: SessionType key compared with "Discovery"; a protocol constant.', NS)
S(R, 'usr/target.c', 1522, 'strcmp', 'yes', 'account_lookup: CHAP_N user name sent by the initiator compared with '
  'the configured incoming account names; a user name (the password is looked up, then checked in chap.c).', NS)

# ---------------- open-iscsi/open-iscsi (iSCSI initiator; C) ----------------
R = 'open-iscsi/open-iscsi'
P = 'usr/auth.c'
S(R, P, 118, 'strcmp', 'yes', 'acl_chap_auth_request: CHAP_N user name sent by the target compared with the '
  'configured incoming user name; a user name.', NS)
S(R, P, 158, 'memcmp', 'no', 'acl_chap_auth_request: mutual-CHAP response of the target compared with '
  'hash(id || incoming password || challenge) using memcmp (early exit).')
S(R, P, 604, 'strcmp', 'yes', 'acl_chk_key: key value offered by the peer compared with each option name '
  '(AuthMethod / CHAP_A words); protocol constants.', NS)
S(R, P, 931, 'memcmp', 'yes', 'acl_local_auth: challenge received from the initiator compared with the '
  'challenge this side sent (reflection check); public values.', NS)

# ---------------- moosefs/moosefs (distributed file system master; C) ----------------
R = 'moosefs/moosefs'
P = 'mfsmaster/exports.c'
S(R, P, 274, 'memcmp', 'yes', 'exports_check: export path requested by the client compared with the path of an '
  'exports entry; a path.', NS)
S(R, P, 294, 'memcmp', 'no', 'exports_check: client passcode compared with MD5(rnd[0..15] || MD5(export '
  'password) || rnd[16..31]) using memcmp (early exit).')
S(R, P, 781, 'strcmp', 'yes', 'exports_parsedisable: word of the "disable=" export option compared with '
  '"appendchunks"; a configuration keyword.', NS)
S(R, 'mfsmaster/matocsserv.c', 718, 'memcmp', 'no', 'matocsserv_check_password: chunkserver digest compared with '
  'MD5(rnd[0..15] || AUTH_CODE || rnd[16..31]) using memcmp (early exit); the helper exists for this check.')
P = 'mfsmaster/matoclserv.c'
S(R, P, 1047, 'strcmp', 'yes', 'matoclserv_get_config (ANTOAN_GET_CONFIG): requested configuration variable name compared with '
  '"AUTH_CODE" (to hide its value); a variable name.', NS)
S(R, P, 1683, 'memcmp', 'yes', 'matoclserv_fuse_register: registration blob compared with the fixed public '
  'FUSE_REGISTER_BLOB_ACL constant (MFSCommunication.h); a protocol magic string.', NS)

# ---------------- sahlberg/libsmb2 (SMB2/3 client and server library; C) ----------------
R = 'sahlberg/libsmb2'
P = 'lib/ntlmssp.c'
S(R, P, 1229, 'memcmp', 'yes', 'ntlmssp_authenticate_blob: AUTHENTICATE message header compared with the '
  '"NTLMSSP" signature; protocol magic.', NS)
S(R, P, 1346, 'memcmp', 'no', 'ntlmssp_authenticate_blob (server side): NTProofStr HMAC-MD5 computed from the '
  'NT hash of the password compared with the client\'s NTLMv2 response using memcmp (early exit).')
S(R, P, 1431, 'memcmp', 'yes', 'ntlmssp_get_message_type: unwrapped blob compared with "NTLMSSP"; protocol '
  'magic.', NS)
S(R, 'lib/libsmb2.c', 787, 'memcmp', 'no', 'session_setup_cb: SMB2 signature of the received '
  'PDU compared with the signature computed with the signing key using memcmp (early exit).')
P = 'lib/socket.c'
S(R, P, 435, 'memcmp', 'yes', 'smb2_read_data: received header compared with the SMB3 transform header magic '
  '0xFD "SMB"; protocol magic.', NS)
S(R, P, 868, 'memcmp', 'no', 'smb2_read_data: SMB2 signature of each signed reply compared with the signature '
  'computed with the signing key using memcmp (early exit).')
P = 'lib/pdu.c'
S(R, P, 507, 'memcmp', 'yes', 'smb2_decode_header: header compared with the SMB1 protocol id '
  '0xFF "SMB"; protocol magic.', NS)
S(R, P, 519, 'memcmp', 'yes', 'smb2_decode_header: header compared with the SMB2 protocol id '
  '0xFE "SMB"; protocol magic.', NS)
S(R, 'lib/aes128ccm.c', 184, 'memcmp', 'no', 'aes128ccm_decrypt: AES-CCM authentication tag computed with the '
  'session key compared with the received tag using memcmp (early exit); used to verify SMB3 encrypted messages '
  '(smb3-seal.c).')
S(R, 'lib/init.c', 113, 'strcmp', 'yes', 'smb2_parse_args: URL argument name compared with "sign"; an option '
  'name.', NS)

# ---------------- pulseaudio/pulseaudio (sound server; C) ----------------
R = 'pulseaudio/pulseaudio'
P = 'src/pulsecore/protocol-native.c'
S(R, P, 2614, '==', 'yes', 'command_auth: peer uid from SCM_CREDENTIALS compared with the server\'s own uid; a '
  'kernel-supplied public identifier.', NS)
S(R, P, 2644, 'memcmp', 'no', 'command_auth: 256-byte auth cookie sent by the client compared with the server\'s '
  'cookie using memcmp (early exit).')
P = 'src/pulsecore/protocol-esound.c'
S(R, P, 347, 'memcmp', 'no', 'esd_proto_connect: ESD key sent by the client compared with the auth cookie using '
  'memcmp (early exit).')
S(R, P, 364, '==', 'yes', 'esd_proto_connect: endian key sent by the client compared with ESD_ENDIAN_KEY; a '
  'protocol constant.', NS)

# ---------------- gluster/glusterfs (cluster file system; C) ----------------
R = 'gluster/glusterfs'
S(R, 'xlators/protocol/auth/login/src/login.c', 170, 'strcmp', 'no', 'gf_auth (auth/login): password sent by '
  'the client compared with the configured auth.login.<user>.password using strcmp (early exit).')

# ---------------- sahlberg/libiscsi (iSCSI initiator library; C) ----------------
R = 'sahlberg/libiscsi'
P = 'lib/login.c'
S(R, P, 1346, 'strcmp', 'yes', 'iscsi_process_login_reply: HeaderDigest value compared with "CRC32C"; a '
  'protocol word (a data checksum, not a secret).', NS)
S(R, P, 1408, 'strcmp', 'yes', 'iscsi_process_login_reply: AuthMethod value compared with "CHAP"; a method '
  'name.', NS)
S(R, P, 1439, 'strcmp', 'yes', 'iscsi_process_login_reply: CHAP_N name sent by the target compared with the '
  'configured target user name; a user name.', NS)
S(R, P, 1480, '!=', 'no', 'iscsi_process_login_reply: mutual-CHAP CHAP_R of the target compared byte by byte with '
  'the expected response (hash of the target secret) with != and an early return on the first mismatch.')

# ---------------- lizardfs/lizardfs (distributed file system master, MooseFS fork; C++) ----------------
R = 'lizardfs/lizardfs'
P = 'src/master/exports.cc'
S(R, P, 205, 'memcmp', 'yes', 'exports_check: export path requested by the client compared with the path of an '
  'exports entry; a path.', NS)
S(R, P, 225, 'memcmp', 'no', 'exports_check: client passcode compared with MD5(rnd[0..15] || MD5(export '
  'password) || rnd[16..31]) using memcmp (early exit).')
P = 'src/master/matoclserv.cc'
S(R, P, 695, 'memcmp', 'yes', 'matoclserv_load_sessions: header of the sessions file compared with the '
  'MFSSIGNATURE "S 1.5" file magic.', NS)
S(R, P, 1553, 'memcmp', 'yes', 'matoclserv_fuse_register: registration blob compared with the fixed public '
  'FUSE_REGISTER_BLOB_TOOLS_NOACL constant; a protocol magic string.', NS)
S(R, P, 4432, '==', 'no', 'matoclserv_admin_register_response: admin challenge response (std::array<uint8_t,16>) '
  'compared with md5_challenge_response(challenge, ADMIN_PASSWORD) using std::array operator== (std::equal, early '
  'exit).')

_labels.write(__file__, 'webhook84')
