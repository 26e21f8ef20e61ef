#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook52). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'IWDTestBot/iwd': '8ba968d97678583f750263f2b57065b1f3d799cf',
 'bluez/bluez': '690c16df606733626a0a7d6bc2b83a3244d4ced1',
 'facebook/tac_plus': 'dd38c2d727ff252ab2e1188c6d7087425376d845',
 'Yubico/yubico-pam': '766c06d5e3a7ca5d4b79b44f68978493f60792df',
}
ROOT = '/work/corpora/webhook52/src'

_labels = TokenLabels(ROOT, 'wh52', C)
S = _labels.S
CT = 'Constant-time compare.'
LSEC = ('l_secure_memcmp (static inline in ell/util.h) walks all bytes through volatile pointers and merges the '
        'difference with masks, no early exit; a constant-time compare.')

# ---------------- IWDTestBot/iwd (iwd wireless daemon, GitHub mirror of git.kernel.org iwd, C) ----------------
R = 'IWDTestBot/iwd'
P = 'src/sae.c'
S(R, P, 223, 'memcmp', 'yes', 'sae_pwd_seed: ordering of the two MAC addresses (max/min) before hashing them '
  'with the password; addresses are public.', NS)
S(R, P, 261, 'l_secure_memcmp', 'yes', 'sae_pwd_value (hunting and pecking): pwd_value, derived from the '
  'password, compared with the curve prime to test the range; ' + LSEC, CT)
S(R, P, 829, 'l_ecc_scalars_are_equal', 'yes', 'sae_process_commit: reflection check, peer commit scalar vs '
  'own commit scalar; both are sent in clear in the SAE Commit frames.', NS)
S(R, P, 830, 'l_ecc_points_are_equal', 'yes', 'sae_process_commit: reflection check, peer commit element vs '
  'own commit element; public values of the Commit frames.', NS)
S(R, P, 860, 'memcmp', 'no', 'sae_verify_confirm: the peer\'s SAE Confirm field (frame + 2) compared with '
  'CN(KCK, send-confirm, scalars, elements) computed here using memcmp; a MAC keyed by the KCK (derived from the '
  'password-authenticated key) compared with an early-exit compare.')
S(R, P, 1346, 'l_ecc_scalars_are_equal', 'yes', 'sae_verify_accepted (Commit received in Accepted state): '
  'peer scalar compared with the one stored earlier to drop a retransmitted Commit; public values.', NS)
P = 'src/handshake.c'
S(R, P, 836, 'l_secure_memcmp', 'yes', 'handshake_state_pmkid_matches: PMKID received from the AP compared with '
  'HMAC(PMK, "PMK Name" | AA | SPA) computed here; ' + LSEC, CT)
S(R, P, 845, 'l_secure_memcmp', 'yes', 'handshake_state_pmkid_matches (FT-8021X SHA-1 fallback): same PMKID '
  'compare with the SHA-1 derivation; ' + LSEC, CT)
P = 'src/eapol.c'
S(R, P, 214, 'memcmp', 'no', 'eapol_verify_mic: MIC field of the received EAPoL-Key frame compared with the '
  'HMAC/CMAC (keyed by the KCK) computed here over the frame using memcmp; a MAC compared with an early-exit '
  'compare.')
S(R, P, 523, 'l_memeqzero', 'yes', 'eapol_verify_ptk_1_of_4 (and siblings): the MIC field must be all zero in a '
  'frame that carries no MIC; received bytes against zero, no secret involved.', NS)
S(R, P, 1008, 'memcmp', 'yes', 'eapol_install_gtk: new GTK (decrypted from an EAPoL-Key frame whose MIC already '
  'verified) compared with the installed GTK to avoid reinstalling it (KRACK defence); both sides are keys held '
  'by this station, the incoming one only from an authenticated frame (see Doubts).')
S(R, P, 1025, 'memcmp', 'yes', 'eapol_install_igtk: same reinstall check for the IGTK; both sides are keys '
  'held by this station (see Doubts).')
S(R, P, 1248, 'l_secure_memcmp', 'yes', 'eapol_handle_ptk_1_of_4: PMKID KDE of message 1 (from the AP) '
  'compared with each PMKID of the RSNE this station sent; ' + LSEC, CT)
S(R, P, 1287, 'memcmp', 'yes', 'eapol_handle_ptk_1_of_4: ANonce of a new message 1 vs the stored ANonce to '
  'detect a rekey; nonces travel in clear in message 1.', NS)
S(R, P, 1779, 'memcmp', 'yes', 'eapol_handle_ptk_3_of_4: ANonce of message 3 must equal that of message 1; '
  'public nonce.', NS)
S(R, P, 1825, 'memcmp', 'yes', 'eapol_handle_ptk_3_of_4 (FT): PMKID list of the RSNE vs PMK-R1-Name; '
  'PMKR1Name is a hash of public identifiers and is sent in clear in the (re)association frames.', NS)
P = 'src/eap-pwd.c'
S(R, P, 546, 'memcmp', 'no', 'eap_pwd_handle_confirm: server Confirm_S received in the packet compared with '
  'H(kp | elements | scalars | ciphersuite) computed here from the password-derived shared secret using memcmp; '
  'early-exit compare of a secret-keyed value.')
P = 'src/eap-mschapv2.c'
S(R, P, 330, 'memcmp', 'no', 'eap_mschapv2_handle_success: server authenticator response ("S=..." from the '
  'packet) compared with the response computed from the password hash using memcmp; early exit. The source '
  'comment itself says a constant-time compare would be needed outside iwd.')
P = 'src/eap-peap.c'
S(R, P, 243, 'memcmp', 'no', 'eap_extensions_handle_cryptobinding_tlv: server compound MAC from the Crypto-Binding TLV '
  'compared with HMAC-SHA1(IMCK, ...) computed here using memcmp; a MAC compared with an early-exit compare.')
P = 'src/eap-ttls.c'
S(R, P, 713, 'memcmp', 'no', 'eap_ttls_phase2_mschapv2_handle_success: tunnelled MSCHAPv2 server response from the '
  'packet compared with the authenticator response computed from the password hash using memcmp.')
P = 'src/erp.c'
S(R, P, 214, 'strcmp', 'yes', 'find_keycache: ERP key cache lookup by the identity string; a user identity, '
  'not a secret.', NS)
S(R, P, 465, 'memcmp', 'no', 'erp_rx_packet (EAP-Finish/Re-auth): authentication tag of the packet compared '
  'with HMAC-SHA256(rIK, packet) computed here using memcmp; a MAC compared with an early-exit compare.')
S(R, P, 496, 'memcmp', 'yes', 'erp_rx_packet: keyName-NAI of the packet vs our keyName-NAI; an identifier '
  'sent in clear.', NS)
P = 'src/fils.c'
S(R, P, 567, 'memcmp', 'no', 'fils_rx_associate: AP KeyAuth from the Association Response compared with '
  'HMAC(ICK, ...) computed here using memcmp; a MAC compared with an early-exit compare.')
P = 'src/crypto.c'
S(R, P, 189, '!=', 'yes', 'aes_unwrap (RFC 3394): the unwrapped 64-bit integrity value compared with the '
  'constant A6A6...; a single 64-bit integer compare, no byte-wise early exit (see Doubts).')
S(R, P, 433, 'memcmp', 'no', 'aes_siv_decrypt: synthetic IV received (in) compared with S2V-CMAC computed here '
  'over the decrypted data using memcmp; the SIV is the MAC of AES-SIV (used by FILS / OWE / DPP key data), '
  'compared with an early-exit compare.')
S(R, P, 903, 'memcmp', 'yes', 'crypto_derive_ptk: min/max ordering of the two MAC addresses; public.',
  NS)
S(R, P, 914, 'memcmp', 'yes', 'crypto_derive_ptk: min/max ordering of ANonce and SNonce; both are sent '
  'in clear in EAPoL-Key messages 1 and 2.', NS)
S(R, P, 1224, 'memcmp', 'yes', 'crypto_derive_sae_pwe_from_pt_ecc (hash-to-element): ordering of the two MAC addresses; '
  'public.', NS)

# ---------------- bluez/bluez (Bluetooth stack, C) ----------------
R = 'bluez/bluez'
P = 'src/shared/crypto.c'
S(R, P, 341, 'memcmp', 'no', 'bt_crypto_verify_att_sign: the 12-byte signature at the end of an ATT Signed '
  'Write PDU compared with AES-CMAC(CSRK, PDU, counter) computed here using memcmp; a MAC compared with an '
  'early-exit compare.')
P = 'emulator/smp.c'
S(R, P, 302, 'memcmp', 'no', 'sc_passkey_round: the peer\'s confirm value compared with f4(PKb, PKa, Nb, r) '
  'where r carries one bit of the secret passkey, using memcmp; early-exit compare of a value computed from the '
  'passkey.')
S(R, P, 360, 'memcmp', 'no', 'verify_random (LE legacy pairing): the peer\'s confirm value compared with '
  'c1(TK, ...) computed here using memcmp; TK is the temporary key (passkey / OOB), the compare exits early.')
S(R, P, 534, 'memcmp', 'yes', 'sc_random (LE Secure Connections, Just Works / numeric comparison): confirm '
  'value compared with f4(PKb, PKa, Nb, 0); every input is public once Nb is received (see Doubts).', NS)
S(R, P, 665, 'memcmp', 'no', 'dhkey_check: the peer\'s DHKey check value Ea/Eb compared with f6(MacKey, ...) '
  'computed here using memcmp; MacKey is derived from the ECDH shared secret.')
S(R, P, 788, 'memcmp', 'yes', 'smp_get_ltk: the LTK compared with all-zero to know whether one exists; no '
  'outside input.', NS)
P = 'mesh/prov-acceptor.c'
S(R, P, 214, 'memcmp', 'yes', 'acp_credentials: provisioner public key vs device public key (reflection '
  'check); public keys.', NS)
S(R, P, 372, 'memcmp', 'yes', 'send_conf: our Confirmation (AES-CMAC with the ConfirmationKey) compared with the '
  'provisioner\'s to refuse an echo; our value is sent in clear by prov_send on the next line (see Doubts).', NS)
S(R, P, 604, 'memcmp', 'no', 'acp_prov_rx PROV_RANDOM: our random (not yet sent: it goes out only after the '
  'confirmation check below) compared with the random received from the provisioner using memcmp; a secret '
  'nonce against outside input (see Doubts).')
S(R, P, 623, 'memcmp', 'no', 'acp_prov_rx PROV_RANDOM: the provisioner\'s Confirmation received earlier '
  'compared with AES-CMAC(ConfirmationKey, RandomProvisioner | AuthValue) computed here using memcmp; the key '
  'comes from the ECDH secret and the AuthValue.')
P = 'mesh/prov-initiator.c'
S(R, P, 231, 'memcmp', 'yes', 'int_credentials: provisioner vs device public key (reflection check); public '
  'keys.', NS)
S(R, P, 773, 'memcmp', 'yes', 'int_prov_rx PROV_CONFIRM: our Confirmation (already sent to the device) compared '
  'with the device\'s to refuse an echo; public by now.', NS)
S(R, P, 787, 'memcmp', 'yes', 'int_prov_rx PROV_RANDOM: our random (already sent by send_random) compared with '
  'the device\'s random; public by now.', NS)
S(R, P, 802, 'memcmp', 'no', 'int_prov_rx PROV_RANDOM: the device Confirmation received earlier compared with '
  'AES-CMAC(ConfirmationKey, RandomDevice | AuthValue) computed here using memcmp; early-exit compare of a '
  'secret-keyed value.')

# ---------------- facebook/tac_plus (TACACS+ server, tacacs-F4.0.4.28, C) ----------------
R = 'facebook/tac_plus'
P = 'tacacs-F4.0.4.28/default_fn.c'
S(R, P, 98, 'STREQ', 'yes', 'default_fn: user name compared with "DEFAULT" (STREQ is strcmp()==0); a user '
  'name.', NS)
S(R, P, 289, 'strcmp', 'yes', 'tac_login: the configured login secret compared with the keyword "PAM" to '
  'choose PAM; configuration against a literal, no client input.', NS)
S(R, P, 433, 'memcmp', 'no', 'chap_verify: CHAP response from the NAS packet compared with MD5(id | cleartext '
  'CHAP secret | challenge) computed here using memcmp; early-exit compare of a password-keyed digest.')
P = 'tacacs-F4.0.4.28/pwlib.c'
S(R, P, 159, 'strcmp', 'yes', 'verify: the configured password compared with the keyword "PAM"; configuration '
  'against a literal.', NS)
S(R, P, 178, 'strcmp', 'no', 'verify: password supplied by the client compared with the "cleartext" password '
  'from the configuration using strcmp; an early-exit password compare.')
S(R, P, 247, 'strcmp', 'no', 'verify_pwd (enable): supplied enable password compared with the configured '
  'cleartext password using strcmp.')
S(R, P, 334, 'STREQ', 'yes', 'etc_passwd_file_verify: pw_passwd compared with "x" (shadow placeholder); a '
  'literal marker, no client input.', NS)
S(R, P, 461, 'strcmp', 'no', 'des_verify: crypt(3) of the supplied password with the stored salt compared with '
  'the stored hash using strcmp; a password hash compared with an early-exit compare.')

# ---------------- Yubico/yubico-pam (PAM module, C) ----------------
R = 'Yubico/yubico-pam'
P = 'pam_yubico.c'
S(R, P, 464, 'strncmp', 'yes', 'authorize_user_token_ldap: YubiKey public ID (first 12 modhex characters of '
  'the OTP, sent in clear) compared with the LDAP attribute value; a public token identifier.', NS)
S(R, P, 683, 'memcmp', 'no', 'do_challenge_response: HMAC-SHA1 response of the inserted YubiKey (PBKDF2-hashed '
  'when a salt is stored) compared with the expected response from the state file using memcmp; the expected '
  'response is the secret that authenticates the key, the compare exits early.')
S(R, P, 708, 'memcmp', 'yes', 'do_challenge_response: response to the new challenge compared with the old '
  'response only to detect YubiKey 2.2 without HMAC_LT64; the old response was already matched by the device '
  'at 683, so nothing unknown to the device holder is compared (see Doubts).')
P = 'util.c'
S(R, P, 353, 'strcmp', 'yes', 'check_user_token: user name compared with the mapping-file user; a user name.',
  NS)
S(R, P, 363, 'strcmp', 'yes', 'check_user_token: YubiKey public ID from the OTP compared with the mapped token '
  'ID; a public identifier.', NS)

_labels.write(__file__, 'webhook52')
