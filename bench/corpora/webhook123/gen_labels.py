#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook123). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'rspamd/rspamd': 'eaac8e914ef09f837fe53cc4973e0b2312ab1118',
 'SSSD/sssd': '9238b410e4b34bcbaff8e66f057a1e9fd9c14f33',
 'wazuh/wazuh': 'f83861461173de20da5e569229113687a495ffce',
 'GNOME/gnome-remote-desktop': '2bb17d1b4ec69decbd47bea57dcc5d16d10c003d',
}
ROOT = '/work/corpora/webhook123/src'

_labels = TokenLabels(ROOT, 'wh123', C)
S = _labels.S
CT = 'Constant-time compare.'
RCM = ('rspamd_constant_memcmp (src/libutil/util.c 1921: OR-accumulates the masked byte differences over the '
       'whole length, no early exit)')

# ---------------- rspamd/rspamd (spam filter daemon; controller worker = HTTP API / WebUI; C) ----------------
R = 'rspamd/rspamd'
P = 'src/controller.c'
S(R, P, 337, 'rspamd_constant_memcmp', 'yes', 'rspamd_check_encrypted_password: client Password header compared '
  'with the cached (already verified) enable password via ' + RCM + '.', CT)
S(R, P, 347, 'rspamd_constant_memcmp', 'yes', 'rspamd_check_encrypted_password: client password compared with the '
  'cached normal controller password via ' + RCM + '.', CT)
S(R, P, 352, 'rspamd_constant_memcmp', 'yes', 'rspamd_check_encrypted_password: client password compared with the '
  'cached enable password (fallback) via ' + RCM + '.', CT)
S(R, P, 416, 'rspamd_constant_memcmp', 'yes', 'rspamd_check_encrypted_password: PBKDF of the client password '
  'compared with the configured password hash (decoded key) via ' + RCM + '.', CT)
S(R, P, 839, 'rspamd_ftok_cstr_equal', 'yes', 'rspamd_controller_check_password: the client\'s own password '
  'compared with the public default password "q1" (rejected for remote access); a public constant, the attacker '
  'controls the other operand, nothing secret is learnt.', NS)
S(R, P, 840, 'rspamd_ftok_cstr_equal', 'yes', 'rspamd_controller_check_password: client password compared with the '
  'public default password "q2"; a public constant.', NS)
S(R, P, 865, 'rspamd_constant_memcmp', 'yes', 'rspamd_controller_check_password (privileged command): client '
  'password compared with the plain-text enable_password via ' + RCM + '.', CT)
S(R, P, 898, 'rspamd_constant_memcmp', 'yes', 'rspamd_controller_check_password: client password compared with the '
  'plain-text controller password via ' + RCM + '.', CT)
S(R, P, 930, 'rspamd_constant_memcmp', 'yes', 'rspamd_controller_check_password: client password compared with the '
  'plain-text enable_password (read-only decision) via ' + RCM + '.', CT)
S(R, P, 957, 'rspamd_constant_memcmp', 'yes', 'rspamd_controller_check_password: client password compared with the '
  'plain-text enable_password (fallback when the normal check failed) via ' + RCM + '.', CT)
S(R, 'src/libutil/util.c', 1944, '|=', 'yes', 'rspamd_constant_memcmp: ORs the masked difference of every byte '
  'pair into an accumulator over the whole length, no early exit (the strlen compare above it is on lengths only).',
  CT)

# ---------------- SSSD/sssd (System Security Services Daemon; offline cached credentials; C) ----------------
R = 'SSSD/sssd'
P = 'src/db/sysdb_ops.c'
S(R, P, 4592, 'strcmp', 'no', 'check_for_combined_2fa_password: SHA-512-crypt hash of the typed password minus '
  'the second factor compared with the cached password hash (SYSDB_CACHEDPWD) using strcmp (early exit).')
S(R, P, 4732, 'strcmp', 'no', 'sysdb_cache_auth: SHA-512-crypt hash of the typed password compared with the '
  'cached password hash using strcmp (early exit); the offline authentication check.')

# ---------------- wazuh/wazuh (HIDS manager; authd agent enrolment, agent message channel; C) ----------------
R = 'wazuh/wazuh'
P = 'src/os_auth/src/auth.c'
S(R, P, 91, 'strncmp', 'yes', 'w_auth_parse_data: enrolment request prefix compared with the "OSSEC PASS: " '
  'protocol keyword.', NS)
S(R, P, 93, 'strncmp', 'no', 'w_auth_parse_data: password sent by the enrolling agent compared with the authd '
  'shared enrolment password (authd.pass) using strncmp (early exit).')
S(R, P, 144, 'strncmp', 'yes', 'w_auth_parse_data: request field compared with the " V:" (agent version) field tag; '
  'a protocol keyword.', NS)
S(R, P, 232, 'strncmp', 'yes', 'w_auth_parse_data: request field compared with the " K:" (key hash) field tag; a '
  'protocol keyword (the tag, not the hash).', NS)
P = 'src/shared/os_crypto/shared/msgs.c'
S(R, P, 302, 'strncmp', 'no', 'CheckSum (ReadSecMSG): MD5 computed over the decrypted agent message compared with '
  'the MD5 carried inside the encrypted message using strncmp (early exit); the only integrity check of the '
  'encrypted agent channel.')
S(R, P, 322, 'strncmp', 'yes', 'ReadSecMSG: message prefix compared with the "#AES" cipher tag; an algorithm '
  'name.', NS)

# ---------------- GNOME/gnome-remote-desktop (VNC/RDP server; C) ----------------
R = 'GNOME/gnome-remote-desktop'
S(R, 'src/grd-session-vnc.c', 612, 'memcmp', 'no', 'check_rfb_password: VNC challenge DES-encrypted with the '
  'configured VNC password compared with the client\'s response using memcmp (early exit); the VNC password '
  'check.')

_labels.write(__file__, 'webhook123')
