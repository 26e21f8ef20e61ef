#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook71). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'zlib-ng/minizip-ng': 'd265da043de2279dbe994442679e517bc69ab350',
 'nih-at/libzip': '4cd731076f4a18e3b4b2cc36b4bfb432f571dec5',
 'Tarsnap/scrypt': 'a71ae8281742ac638bc75baa4334f2292251e0eb',
 'jschwartzenberg/mini_httpd': '6dc41c3a02c1931abd2fa6870ede72973f62c809',
 'skullernet/q2pro': '3aa0d40ba58935154b0d2a02116021bfbb4f17e8',
 'jchuang1977/bftpd-1.6.6': '2b4f389f2080c1afc99a95a7cc5fbcb61d26aeae',
}
ROOT = '/work/corpora/webhook71/src'

_labels = TokenLabels(ROOT, 'wh71', C)
S = _labels.S
CT = 'Constant-time compare.'
CVB = ('crypto_verify_bytes (libcperciva/crypto/crypto_verify_bytes.c 18) ORs the XOR of every byte pair, no '
       'early exit.')

# ---------------- zlib-ng/minizip-ng (zip library, WinZip AES streams; C) ----------------
R = 'zlib-ng/minizip-ng'
P = 'mz_strm_wzaes.c'
S(R, P, 134, 'memcmp', 'no', 'mz_stream_wzaes_open (read): 2-byte WinZip AES password verification value read from '
  'the archive compared with the value derived (PBKDF2) from the supplied password using memcmp (early exit).')
S(R, P, 260, 'memcmp', 'no', 'mz_stream_wzaes_close (read): HMAC-SHA1 authentication code computed over the '
  'ciphertext with the password-derived key compared with the stored authentication code using memcmp.')
P = 'mz_zip.c'
S(R, P, 231, '!=', 'yes', 'mz_zip_entry_read_header: 4-byte record magic compared with the local header '
  'signature constant; a public format constant.', NS)
S(R, P, 1070, '!=', 'yes', 'mz_zip_read_cd: "cd_signature" read at the central-directory offset compared with '
  'the central header magic; a format constant named signature, not a cryptographic one.', NS)

# ---------------- nih-at/libzip (zip library; C) ----------------
R = 'nih-at/libzip'
P = 'lib/zip_source_winzip_aes_decode.c'
S(R, P, 122, 'memcmp', 'no', 'decrypt_header: WinZip AES password verification value derived from the password '
  'compared with the one stored after the salt using memcmp (early exit).')
S(R, P, 146, 'memcmp', 'no', 'verify_hmac: HMAC-SHA1 authentication code stored in the entry compared with the '
  'HMAC computed with the password-derived key using memcmp (early exit).')
P = 'lib/zip_open.c'
S(R, P, 505, 'memcmp', 'yes', 'check_magic: 4 bytes of the archive compared with a record magic ("PK\\1\\2", ...); '
  'a public format constant.', NS)
S(R, P, 752, 'memcmp', 'yes', 'find_eocd: candidate bytes compared with the end-of-central-'
  'directory magic; a public format constant.', NS)

# ---------------- Tarsnap/scrypt (scrypt file encryption; C) ----------------
R = 'Tarsnap/scrypt'
P = 'lib/scryptenc/scryptenc.c'
S(R, P, 400, 'crypto_verify_bytes', 'yes', 'scryptdec_setup: header checksum (truncated unkeyed SHA-256 of the '
  'header) compared with crypto_verify_bytes; not a secret, and the compare is constant-time anyway. ' + CVB, NS)
S(R, P, 421, 'crypto_verify_bytes', 'yes', 'scryptdec_setup: header HMAC-SHA256 under the passphrase-derived key '
  '(the password check) compared with crypto_verify_bytes. ' + CVB, CT)
S(R, P, 531, 'memcmp', 'yes', 'scryptdec_buf: first 6 bytes compared with the "scrypt" file magic; a public '
  'format constant.', NS)
S(R, P, 557, 'crypto_verify_bytes', 'yes', 'scryptdec_buf: trailing HMAC-SHA256 of the whole encrypted buffer '
  'compared with crypto_verify_bytes. ' + CVB, CT)
S(R, P, 729, 'memcmp', 'yes', 'scryptdec_file_load_header: header compared with the "scrypt" file magic; a public '
  'format constant.', NS)
S(R, P, 897, 'crypto_verify_bytes', 'yes', 'scryptdec_file_copy: trailing HMAC-SHA256 of the encrypted file compared '
  'with crypto_verify_bytes. ' + CVB, CT)
S(R, 'libcperciva/crypto/crypto_verify_bytes.c', 18, '^', 'yes', 'crypto_verify_bytes: the compare itself, '
  'XOR of each byte pair ORed into an accumulator over the whole length, no early exit.', CT)

# ---------------- jschwartzenberg/mini_httpd (small HTTP server, Basic auth; C) ----------------
R = 'jschwartzenberg/mini_httpd'
P = 'mini_httpd.c'
S(R, P, 2411, 'strcmp', 'no', 'auth_check2: crypt() of the Basic-auth password compared with the .htpasswd hash '
  'using strcmp (early exit).')
S(R, P, 2405, 'strcmp', 'yes', 'auth_check2: user name of an .htpasswd line compared with the Basic-auth user '
  'name; a user name.', NS)
S(R, P, 2363, 'strncmp', 'yes', 'auth_check2: Authorization header compared with the "Basic " scheme word; a '
  'protocol constant.', NS)
S(R, P, 1312, 'strcasecmp', 'yes', 'handle_request: request method compared with "GET"; a method name.', NS)
S(R, P, 1562, 'strcmp', 'yes', 'handle_request: requested file name compared with the auth file name '
  '(.htpasswd) to refuse serving it; a file name, not the password.', NS)

# ---------------- skullernet/q2pro (Quake II server; C) ----------------
R = 'skullernet/q2pro'
P = 'src/server/main.c'
S(R, P, 875, 'strcmp', 'no', 'parse_userinfo: server password (sv_password) compared with the password in the '
  'connect userinfo using strcmp (early exit).')
S(R, P, 881, 'strcmp', 'no', 'parse_userinfo: reserved-slot password (sv_reserved_password) compared with the '
  'client password using strcmp (early exit).')
S(R, P, 1196, 'strcmp', 'no', 'rcon_validate: rcon password from the connectionless rcon packet compared with '
  'rcon_password using strcmp (early exit).')
S(R, P, 1199, 'strcmp', 'no', 'rcon_validate: rcon password compared with the limited-rcon password '
  'sv_lrcon_password using strcmp (early exit).')
S(R, P, 1320, 'strcmp', 'yes', 'SV_ConnectionlessPacket: command word compared with "rcon"; a command name.', NS)
S(R, P, 1331, 'strcmp', 'yes', 'SV_ConnectionlessPacket: command word compared with the table of connectionless '
  'command names; a command name.', NS)
S(R, P, 2031, 'strcmp', 'yes', 'SV_UserinfoChanged: old and new player names compared to log a name change; a '
  'player name.', NS)
S(R, 'src/server/mvd.c', 1458, 'strcmp', 'no', 'auth_client: MVD/GTV relay password (sv_mvd_password) compared with '
  'the password the GTV client sent using strcmp (early exit).')
P = 'src/server/ac.c'
S(R, P, 1156, 'strcmp', 'no', 'AC_ClientToken: anticheat bypass token sent by the client compared with each '
  'configured secret token (anticheat-tokens.txt) using strcmp (early exit); a match exempts the client.')
S(R, P, 1167, '==', 'yes', 'AC_ClientToken: pointer identity of another client\'s token with the matched list '
  'entry (duplicate-token check); compares addresses, not token bytes.', NS)
S(R, 'src/server/user.c', 962, 'strcmp', 'yes', 'SV_CvarResult_f: cvar name in the client\'s cvar-result reply compared with '
  '"actoken"; a cvar name (the token value itself is checked in ac.c 1156).', NS)

# ---------------- jchuang1977/bftpd-1.6.6 (router-firmware fork of the bftpd FTP server; C) ----------------
R = 'jchuang1977/bftpd-1.6.6'
P = 'login.c'
S(R, P, 754, 'strcmp', 'no', 'checkpass_pwd: passwd-file hash compared with crypt() of the FTP PASS password using '
  'strcmp (early exit).')
S(R, P, 762, 'strcmp', 'no', 'checkpass_pwd: shadow hash compared with crypt() of the FTP PASS password using '
  'strcmp (early exit).')
S(R, P, 918, 'strcmp', 'no', 'check_file_password: plaintext password from the auth file compared with the FTP '
  'password using strcmp (early exit).')
S(R, P, 900, 'strcmp', 'yes', 'check_file_password: user name of the first auth-file line compared with the FTP '
  'user name; a user name.', NS)
S(R, P, 915, 'strcmp', 'yes', 'check_file_password: stored password field compared with the "*" (no password) '
  'marker; configuration against a constant, no client input.', NS)
S(R, P, 836, 'strcasecmp', 'yes', 'checkuser: ftpusers deny-list line compared with the user name; a user name.',
  NS)
S(R, P, 378, 'strcasecmp', 'yes', 'bftpd_login: user name compared with "anonymous"; a user name.', NS)
S(R, 'commands_admin.c', 46, 'strcmp', 'no', 'command_adminlogin: crypt() of the ADMIN password compared with the '
  'configured ADMIN_PASS hash using strcmp (early exit).')

_labels.write(__file__, 'webhook71')
