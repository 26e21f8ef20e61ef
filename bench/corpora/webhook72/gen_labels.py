#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook72). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'Yuffster/CircleMUD': '12a0cedbb563465029c46de9537c96854bc11610',
 'BackupTheBerlios/leafnode': '3f38b2b61aaf9ec87ff443e30f7af1655c332afe',
 'Yubico/yubico-piv-tool': '7851acf83dbd1afe42273db863a7d2f3a08faa5f',
 'InterNetNews/inn': '607fa7fcf4d0b24f3943e05ab372cee16279b123',
 'evilnet/x3': '5d7fadbf3e621df5e45be1db50849bf23bad418f',
 'UCIS/QuickTun': 'e052c0266e655b6dc03211a93502358cd163fd6c',
 'OpenSC/OpenSC': '14c80b0ab932d3743ccfdf0877210bfaee794e9c',
}
ROOT = '/work/corpora/webhook72/src'

_labels = TokenLabels(ROOT, 'wh72', C)
S = _labels.S
CT = 'Constant-time compare.'
VN = ('crypto_verify_16/32 (src/tweetnacl.c 62-70) call vn(), which ORs the XOR of every byte pair and turns the '
      'result into 0/-1 without a branch.')

# ---------------- Yuffster/CircleMUD (MUD server; C) ----------------
R = 'Yuffster/CircleMUD'
P = 'src/interpreter.c'
CRY = ('CRYPT() is crypt(3) (utils.h 530, CIRCLE_CRYPT); the crypt of the typed password is compared with the '
       'stored player hash using strncmp (early exit).')
S(R, P, 1400, 'strncmp', 'no', 'nanny CON_PASSWORD: login password of an existing player. ' + CRY)
S(R, P, 1639, 'strncmp', 'no', 'nanny CON_CHPWD_GETOLD: old password before a password change. ' + CRY)
S(R, P, 1651, 'strncmp', 'no', 'nanny CON_DELCNF1: password to confirm deleting the character. ' + CRY)
S(R, P, 602, 'strncmp', 'yes', 'command_interpreter: command table entry compared with the abbreviation the player '
  'typed; a command name.', NS)
S(R, P, 651, 'strcmp', 'yes', 'find_alias: player alias name compared with the typed word; an alias name.', NS)
S(R, P, 1076, 'strcmp', 'yes', 'find_command: command table entry compared with a command name.', NS)
S(R, P, 1663, 'strcmp', 'yes', 'nanny CON_DELCNF2: typed answer compared with "yes" (a confirmation word).', NS)

# ---------------- BackupTheBerlios/leafnode (NNTP server; C) ----------------
R = 'BackupTheBerlios/leafnode'
P = 'nntpd.c'
S(R, P, 2273, 'strcmp', 'no', 'doauth_file (AUTHINFO PASS): crypt(3) of the password from the client, salted '
  'with the stored hash, compared with the stored crypt hash of the users file using strcmp (early exit).')
S(R, P, 2245, 'strcasecmp', 'yes', 'doauth_file: AUTHINFO sub-command compared with "user" (the keyword; the '
  'user name is in val).', NS)
S(R, P, 2258, 'strcasecmp', 'yes', 'doauth_file: AUTHINFO sub-command compared with "pass" (the keyword; the '
  'password is in val).', NS)
S(R, P, 2266, 'findinlist', 'yes', 'doauth_file: users list searched for the "user:" prefix (findinlist, '
  'miscutil.c 660, strncmp); a user name lookup.', NS)
S(R, P, 2498, 'strcasecmp', 'yes', 'main_loop: NNTP command compared with "authinfo"; a command name.', NS)

# ---------------- Yubico/yubico-piv-tool (PIV smartcard library; C) ----------------
R = 'Yubico/yubico-piv-tool'
S(R, 'lib/scp11_util.c', 114, 'memcmp', 'no', 'scp11_unmac_data: SCP11 response MAC (AES-CMAC with the session '
  'R-MAC key) from the card compared with the computed one using memcmp (early exit).')
S(R, 'lib/ykpiv.c', 669, 'memcmp', 'no', 'scp11_verify_channel: SCP11 key-agreement receipt (AES-CMAC with the '
  'derived receipt key) compared with the card\'s receipt using memcmp (early exit).')
S(R, 'lib/ykpiv.c', 1602, 'memcmp', 'no', '_ykpiv_authenticate2: mutual authentication with the management key: '
  'the card\'s response compared with our challenge encrypted under the management key using memcmp (early '
  'exit); a challenge-response compare.')
S(R, 'lib/ykpiv.c', 457, 'memcmp', 'yes', 'get_pubkey_offset: public key algorithm OID bytes compared with the '
  'expected ecPublicKey/prime256v1 OID; a format identifier.', NS)
S(R, 'lib/ykpiv.c', 861, 'memcmp', 'yes', '_ykpiv_connect: card ATR compared with the YubiKey NEO ATR to detect '
  'the device model; a public answer-to-reset.', NS)
S(R, 'lib/ykpiv.c', 919, 'strcmp', 'yes', 'ykpiv_validate: wanted reader name compared with the connected reader name.',
  NS)

# ---------------- InterNetNews/inn (NNTP server; C) ----------------
R = 'InterNetNews/inn'
S(R, 'authprogs/ckpasswd.c', 421, 'strcmp', 'no', 'main: crypt(3) of the AUTHINFO password from nnrpd compared '
  'with the stored (shadow, passwd-file, DBM or system) hash using strcmp (early exit).')
S(R, 'authprogs/ckpasswd.c', 236, 'strcmp', 'yes', 'password_file: user name field of a passwd-file line '
  'compared with the user name to find the entry.', NS)
S(R, 'authprogs/radius.c', 502, 'memcmp', 'no', 'rad_auth: RADIUS Response Authenticator of the reply compared '
  'with MD5(reply || request authenticator || shared secret) using memcmp (early exit).')
S(R, 'authprogs/radius.c', 482, '!=', 'yes', 'rad_auth: source address of the reply compared with the RADIUS '
  'server address (public address; source check).', NS)
S(R, 'innd/rc.c', 296, 'strcmp', 'no', 'RCauthorized: password a feeding peer sent with AUTHINFO PASS compared with '
  'the incoming.conf peer password using strcmp (early exit).')
S(R, 'innd/rc.c', 232, 'strcmp', 'yes', 'GoodIdent: user name returned by the peer\'s identd compared with the '
  'configured identd user; a user name.', NS)
S(R, 'innd/rc.c', 898, 'strncmp', 'yes', 'RCreadfile: incoming.conf word compared with the "group" keyword.', NS)

# ---------------- evilnet/x3 (IRC services; C) ----------------
R = 'evilnet/x3'
S(R, 'src/md5.c', 654, 'strcmp', 'no', 'checkpass (the NickServ password check helper, used by AUTH, SASL PLAIN, '
  'PASS, CHECKPASS...): stored MD5-crypt hash compared with the hash of the given password using strcmp (early '
  'exit).')
S(R, 'src/nickserv.c', 2835, 'strcmp', 'no', 'cmd_cookie: cookie given by the user (mailed activation / password '
  'change / email change token) compared with the stored cookie using strcmp (early exit).')
S(R, 'src/proto-common.c', 311, 'strcmp', 'no', 'cmd_pass: link password sent by the uplink server compared with '
  'the configured uplink password using strcmp (early exit).')
S(R, 'src/mod-qserver.c', 97, 'strcmp', 'no', 'qserver_readable: password sent on the query-server socket '
  'compared with the configured password using strcmp (early exit).')
S(R, 'src/mod-qserver.c', 95, 'strcmp', 'yes', 'qserver_readable: first word compared with the "PASS" keyword.', NS)
S(R, 'src/mod-webtv.c', 322, 'strcmp', 'no', 'cmd_join (WebTV): key given by the user compared with the channel '
  'key (+k) using strcmp (early exit).')
S(R, 'src/nickserv.c', 866, 'irccasecmp', 'yes', 'valid_user_sslfp: client TLS certificate '
  'fingerprint compared with the registered fingerprints; a public certificate hash.', NS)
S(R, 'src/nickserv.c', 5851, 'strcmp', 'yes', 'sasl_packet: SASL mechanism name compared with "PLAIN" / '
  '"EXTERNAL".', NS)
S(R, 'src/nickserv.c', 5949, 'irccasecmp', 'yes', 'sasl_packet (PLAIN): authorization identity compared with the '
  'authentication identity (account names) to decide on impersonation.', NS)

# ---------------- UCIS/QuickTun (VPN tunnel; C) ----------------
R = 'UCIS/QuickTun'
P = 'src/tweetnacl.c'
S(R, P, 58, '^', 'yes', 'vn: XOR of every byte pair ORed into d, result turned into 0/-1 without a branch (the body '
  'of crypto_verify_16/32).', CT)
S(R, P, 243, 'crypto_verify_16', 'yes', 'crypto_onetimeauth_verify: Poly1305 tag compared with the computed tag. '
  + VN, CT)
S(R, P, 802, 'crypto_verify_32', 'yes', 'crypto_sign_open: encoded R of the signature compared with the '
  'recomputed point. ' + VN, CT)
S(R, 'src/proto.nacltai.c', 94, 'memcmp', 'yes', 'decode: TAI64NA timestamp (the public packet nonce) compared '
  'with the replay log; a replay check of a public value.', NS)
S(R, 'src/proto.nacltai.c', 159, 'memcmp', 'yes', 'init: own public key compared with the peer\'s public key to '
  'choose the nonce role; public keys ordered.', NS)
S(R, 'src/proto.salty.c', 301, 'memcmp', 'yes', 'init: own public key compared with the peer\'s public key to '
  'choose the control role; public keys ordered.', NS)
S(R, 'src/proto.salty.c', 430, 'memcmp', 'yes', 'decode (control packet): public key and nonce the peer echoes compared with '
  'our current data key set (key-update bookkeeping, public values).', NS)

# ---------------- OpenSC/OpenSC (smartcard drivers; C) ----------------
R = 'OpenSC/OpenSC'
P = 'src/libopensc/card-piv.c'
S(R, P, 1348, 'memcmp', 'no', 'piv_decode_apdu: PIV secure-messaging response R-MAC (AES-CMAC with SKrmac) '
  'compared with the 8 received bytes using memcmp (early exit).')
S(R, P, 2655, 'memcmp', 'no', 'piv_sm_open: key-confirmation AuthCryptogram from the card compared with the '
  'AES-CMAC computed with SKcfrm using memcmp (early exit).')
S(R, P, 4110, 'memcmp', 'no', 'piv_general_mutual_authenticate: the card\'s decrypted response (witness/challenge '
  'under the card management key) compared with our nonce using memcmp (early exit); a challenge-response '
  'compare.')
S(R, P, 1700, 'strcmp', 'yes', 'piv_load_options: configuration option value compared with "never".', NS)
S(R, P, 2922, 'memcmp', 'yes', 'piv_find_aid: response of SELECT AID compared with the cached application '
  'template; public card data.', NS)
S(R, P, 5508, 'memcmp', 'yes', 'piv_match_card_continued: ATR historical bytes compared with "Yubikey4" to '
  'detect the token model.', NS)
P = 'src/libopensc/card-epass2003.c'
S(R, P, 783, 'memcmp', 'no', 'gen_init_key (FIPS): card cryptogram of the SM key establishment compared with the '
  'one computed with the session key using memcmp (early exit).')
S(R, P, 786, 'memcmp', 'no', 'gen_init_key (non-FIPS): card cryptogram compared with the one computed with the '
  'session key using memcmp (early exit).')
S(R, P, 1439, 'memcmp', 'no', 'epass2003_check_response_mac_and_sw: secure-messaging response MAC compared with the '
  'MAC computed with the session MAC key using memcmp (early exit).')
S(R, P, 1730, 'memcmp', 'yes', 'epass2003_init: data object tags compared with the FIPS-mode markers.', NS)
S(R, 'src/libopensc/cwa14890.c', 1923, 'memcmp', 'no', 'cwa_decode_response: CWA-14890 secure-messaging MAC (first '
  '4 bytes, retail 3DES MAC with the session key) compared with the computed one using memcmp (early exit).')

_labels.write(__file__, 'webhook72')
