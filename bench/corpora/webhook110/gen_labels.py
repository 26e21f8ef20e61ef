#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook110). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'mingodad/citadel': '63a41edbab07ba009a64ece492c41282c654c58b',
 'uw-imap/imap': 'cab109466534e206a3652ef1c68fe88101b68bda',
 'vdukhovni/postfix': '17830e5c13c160d51c95cb971d137a46de84e48c',
 'Distrotech/fetchmail': '81c323991459d643a3d0d3abdff0901abf6a10ac',
 'arthurdejong/nss-pam-ldapd': '8ddb983a546f632986a84a784c4625110f7782a2',
}
ROOT = '/work/corpora/webhook110/src'

_labels = TokenLabels(ROOT, 'wh110', C)
S = _labels.S

# ---------------- mingodad/citadel (Citadel groupware / mail server: SMTP, IMAP, POP3, NNTP, XMPP; C) ----------------
R = 'mingodad/citadel'
P = 'citadel/user_ops.c'
S(R, P, 524, 'strncasecmp', 'yes', 'CtdlLoginExistingUser: login name compared with the "SYS_" prefix of system '
  'accounts; a user-name prefix.', NS)
S(R, P, 535, 'strcasecmp', 'yes', 'CtdlLoginExistingUser: SASL authentication id compared with the configured '
  'master user name (c_master_user); a user name, the master password is checked later (line 881).', NS)
S(R, P, 867, 'strcmp', 'yes', 'CtdlTryPassword: current user name compared with NLI ("not logged in" marker); a '
  'user name.', NS)
S(R, P, 881, 'strcmp', 'no', 'CtdlTryPassword (master user): password from USER/PASS, SMTP AUTH, IMAP LOGIN / '
  'AUTHENTICATE, POP3 PASS compared with the configured master password c_master_pass using strcmp (early exit).')
S(R, P, 936, 'strcasecmp', 'no', 'CtdlTryPassword (native auth): typed password compared with the stored '
  'plaintext password of the user using strcasecmp (early exit).')
S(R, P, 940, 'strcasecmp', 'no', 'CtdlTryPassword (native auth, second try after strproc): typed password '
  'compared again with the stored password using strcasecmp (early exit).')
S(R, 'citadel/auth.c', 140, 'strcmp', 'no', 'validpw (host auth mode, built without PAM): crypt() of the typed '
  'password compared with the shadow password hash using strcmp (early exit).')
S(R, 'citadel/netconfig.c', 676, 'strcasecmp', 'no', 'cmd_netp (NETP: a peer Citadel node logs in for IGnet '
  'networking): password sent by the node compared with the shared secret configured for that node using '
  'strcasecmp (early exit).')
S(R, 'citadel/modules/ctdlproto/serv_rooms.c', 332, 'strcasecmp', 'no', 'cmd_goto: password given for a '
  'passworded room compared with the room password QRpasswd using strcasecmp (early exit).')

# ---------------- uw-imap/imap (UW IMAP toolkit: imapd, ipop3d, c-client; C) ----------------
R = 'uw-imap/imap'
P = 'src/c-client/auth_md5.c'
S(R, P, 164, 'strcmp', 'no', 'auth_md5_server (CRAM-MD5 server side): HMAC-MD5 response sent by the client compared '
  'with hmac_md5(challenge, password) using strcmp (early exit).')
S(R, P, 205, 'strcmp', 'yes', 'auth_md5_pwd: user name field of a line of the CRAM-MD5 password file compared with '
  'the requested user name (to find the password); a user name.', NS)
S(R, P, 256, 'strcmp', 'no', 'apop_login (POP3 APOP): MD5 digest sent by the client compared with MD5(challenge + '
  'password) using strcmp (early exit).')
P = 'src/osdep/unix/ckp_psx.c'
S(R, P, 62, 'strcmp', 'no', 'checkpw (CHECKPW=psx, the glibc "slx" port): passwd-file password hash compared with '
  'crypt() of the typed password using strcmp (early exit).')
S(R, P, 80, 'strcmp', 'no', 'checkpw (shadow branch): shadow password hash compared with crypt() of the typed '
  'password using strcmp (early exit).')
P = 'src/ipopd/ipop3d.c'
S(R, P, 253, 'strcmp', 'yes', 'ipop3d main loop: command word compared with "APOP"; a protocol keyword (the digest '
  'check is apop_login in auth_md5.c).', NS)
S(R, P, 303, 'strcmp', 'yes', 'ipop3d main loop: command word compared with "PASS"; a protocol keyword.', NS)

# ---------------- vdukhovni/postfix (Postfix MTA; C) ----------------
R = 'vdukhovni/postfix'
S(R, 'postfix/src/smtp/smtp_sasl_auth_cache.c', 222, 'strcmp', 'no', 'smtp_sasl_auth_cache_valid_value: salted '
  'hash of the SASL client password stored with a cached authentication failure compared with the hash of the '
  'current password using strcmp (early exit); a password hash.')
P = 'postfix/src/tls/tls_scache.c'
S(R, P, 462, 'strcmp', 'yes', 'tls_scache_delete: saved cursor key compared with the session cache id (a lookup '
  'key built from server name / port / parameters); not a secret.', NS)
S(R, P, 553, 'memcmp', 'yes', 'tls_scache_key: key name from a received session ticket compared with the names of '
  'the current and previous ticket keys; the key name travels in clear in the ticket (an identifier, not the '
  'key).', NS)
P = 'postfix/src/xsasl/xsasl_dovecot_server.c'
S(R, P, 317, 'strcmp', 'yes', 'xsasl_dovecot_server_connect: reply word from the Dovecot auth server compared with '
  '"VERSION"; a protocol keyword.', NS)
S(R, P, 328, 'strcmp', 'yes', 'xsasl_dovecot_server_connect: reply word compared with "MECH"; a protocol '
  'keyword.', NS)
S(R, P, 588, 'strcmp', 'yes', 'xsasl_dovecot_handle_reply: reply word compared with "OK"; a protocol keyword.', NS)
S(R, P, 670, 'strcasecmp', 'yes', 'xsasl_dovecot_server_first: SASL mechanism requested by the SMTP client '
  'compared with the mechanisms Dovecot offers; a mechanism name.', NS)
S(R, 'postfix/src/smtpd/smtpd_sasl_glue.c', 339, 'strcmp', 'yes', 'smtpd_sasl_authenticate: client response line '
  'compared with "*" (RFC 4954 cancel marker); a protocol marker, the credentials go to the SASL back end.', NS)

# ---------------- Distrotech/fetchmail (fetchmail mail retriever: POP3 / IMAP client; C) ----------------
R = 'Distrotech/fetchmail'
S(R, 'socket.c', 763, 'strcasecmp', 'yes', 'SSL_verify_callback: MD5 fingerprint of the server certificate compared '
  'with the configured sslfingerprint; a fingerprint of a public certificate.', NS)
S(R, 'ntlmsubr.c', 78, 'memcmp', 'yes', 'ntlm_helper: identifier of the NTLM challenge compared with "NTLMSSP"; a '
  'format marker.', NS)
P = 'rpa.c'
S(R, P, 295, '!=', 'yes', 'POP3_auth_rpa: length of the user authentication response (Au) compared with the '
  'expected length; a length.', NS)
S(R, P, 301, '!=', 'yes', 'POP3_auth_rpa: length of the obscured session key compared with the expected length; '
  'a length.', NS)
S(R, P, 324, '!=', 'yes', 'POP3_auth_rpa: RPA protocol version compared with 2; a version number.', NS)
S(R, P, 492, 'memcmp', 'yes', 'LenSkip: mechanism OID in a token header compared with the RPA mechanism '
  'identifier MECH; a protocol constant.', NS)
S(R, P, 850, '!=', 'no', 'CheckUserAuth: server\'s authentication response Au (proves the server knows the '
  'pass phrase; RPA mutual authentication) compared byte by byte with the MD5 computed locally; loop returns at '
  'the first differing byte.')

# ---------------- arthurdejong/nss-pam-ldapd (nslcd LDAP name service / PAM daemon; C) ----------------
R = 'arthurdejong/nss-pam-ldapd'
P = 'nslcd/pam.c'
S(R, P, 196, 'strcasecmp', 'yes', 'try_bind: pam_authc_search option compared with "BASE"; a configuration '
  'keyword.', NS)
S(R, P, 303, 'STR_CMP', 'yes', 'validate_user: requested user name compared with the uid attribute of the LDAP '
  'entry (STR_CMP: strcmp or strcasecmp per ignorecase); a user name.', NS)
S(R, P, 698, 'strcasecmp', 'yes', 'update_lastchange: attribute name compared with "pwdLastSet"; an LDAP attribute '
  'name.', NS)
S(R, P, 748, 'strcmp', 'yes', 'try_pwmod: bind DN compared with rootpwmoddn (the administrator DN) to decide '
  'whether the old password is passed on; a distinguished name.', NS)
P = 'pam/pam.c'
S(R, P, 113, 'strcmp', 'yes', 'ctx_get: user name stored in the PAM module context compared with the current user '
  'name; a user name.', NS)
S(R, P, 509, 'strcmp', 'yes', 'pam_sm_authenticate: canonical user name returned by nslcd compared with the user '
  'name PAM passed in; a user name.', NS)

_labels.write(__file__, 'webhook110')
