#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook75). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'RIOT-OS/RIOT': 'c8bd52ff13daea7da132b8a37986e21d47cde0fe',
 'apache/mynewt-nimble': '1e8ed60276f35a80ed4d4b4f8bb9d9c6fee53845',
 'contiki-ng/contiki-ng': '9f80681d3d2fb1299f089cdcf3c25bfcb228fce8',
 'tpm2-software/tpm2-tss': '506c5e6db0c8514f321dc16a0da2580483f3df04',
 'Lora-net/LoRaMac-node': 'dcbcfb329b4a343ab007bc19ac43a8dc952b3354',
 'mcci-catena/arduino-lmic': '25d1670c7452968b57bbe08548b9d5d151f6fea7',
 'OP-TEE/optee_os': 'd5001fe0af66a4c059dc6816a7be08d7fb83ff1a',
}
ROOT = '/work/corpora/webhook75/src'

_labels = TokenLabels(ROOT, 'wh75', C)
S = _labels.S
CT = 'Constant-time compare.'
CEQ = ('crypto_equals (sys/crypto/helper.c 20-35) ORs the XOR of every byte pair and folds the result without a '
       'branch or early exit.')
INT = ('The 4-byte MIC is held in a uint32_t and compared with one integer ==/!= (a single machine compare, no '
       'byte-wise early exit); treated as constant time, as the integer TOTP / nonce compares of earlier corpora.')

# ---------------- RIOT-OS/RIOT (IoT OS: FIDO2 CTAP authenticator, 802.15.4 link security, crypto modes; C) ------
R = 'RIOT-OS/RIOT'
P = 'sys/fido2/ctap/ctap.c'
S(R, P, 998, 'memcmp', 'no', '_set_pin: pinAuth sent by the platform compared with LEFT(HMAC-SHA-256(sharedSecret, '
  'newPinEnc), 16) using memcmp (early exit).')
S(R, P, 1108, 'memcmp', 'no', '_change_pin: pinAuth sent by the platform compared with the HMAC-SHA-256 over '
  'newPinEnc || pinHashEnc using memcmp (early exit).')
S(R, P, 1133, 'memcmp', 'no', '_change_pin: decrypted pinHash compared with the stored LEFT(SHA-256(PIN), 16) using '
  'memcmp (early exit); a PIN hash check.')
S(R, P, 1246, 'memcmp', 'no', '_get_pin_token: decrypted pinHash compared with the stored LEFT(SHA-256(PIN), 16) '
  'using memcmp (early exit); a PIN hash check.')
S(R, P, 1388, 'memcmp', 'no', '_verify_pin_auth: pinAuth of a makeCredential / getAssertion request compared with '
  'HMAC-SHA-256(pinToken, clientDataHash) using memcmp (early exit).')
S(R, P, 1415, 'memcmp', 'yes', '_find_matching_rks: relying-party id hash of a decrypted credential compared with the '
  'request\'s rpIdHash; SHA-256 of a public RP id.', NS)
P = 'sys/net/link_layer/ieee802154/security.c'
S(R, P, 424, '==', 'yes', 'ieee802154_sec_encrypt_frame: outgoing frame counter compared with 0xFFFFFFFF '
  '(counter exhausted); a frame counter.', NS)
S(R, P, 542, 'memcmp', 'no', 'ieee802154_sec_decrypt_frame: MIC of the received frame compared with the CCM* MIC '
  'computed with the link key using memcmp (early exit).')
S(R, 'sys/crypto/modes/ocb.c', 341, 'memcmp', 'no', 'cipher_decrypt_ocb: OCB authentication tag of the ciphertext '
  'compared with the computed tag using memcmp (early exit).')
S(R, 'sys/crypto/modes/ccm.c', 302, 'crypto_equals', 'yes', 'cipher_decrypt_ccm: received CBC-MAC compared with the '
  'computed MAC. ' + CEQ, CT)
S(R, 'sys/crypto/helper.c', 25, '^', 'yes', 'crypto_equals: XOR of each byte pair ORed into diff, no early exit '
  '(the body of the constant-time helper).', CT)
S(R, 'sys/crypto/chacha20poly1305.c', 160, 'crypto_equals', 'yes', 'chacha20poly1305_decrypt: Poly1305 tag of the '
  'ciphertext compared with the computed tag. ' + CEQ, CT)

# ---------------- apache/mynewt-nimble (BLE host, Security Manager; C) ----------------
R = 'apache/mynewt-nimble'
P = 'nimble/host/src/ble_sm_lgcy.c'
S(R, P, 223, 'memcmp', 'yes', 'ble_sm_lgcy_random_rx: peer pairing random compared with our own random (reflection '
  'check); both randoms have been sent over the air by now.', NS)
S(R, P, 239, 'memcmp', 'no', 'ble_sm_lgcy_random_rx: peer confirm value compared with c1(TK, Srand, ...) using '
  'memcmp (early exit); the legacy-pairing confirm check keyed by the TK.')
P = 'nimble/host/src/ble_sm_sc.c'
S(R, P, 281, 'memcmp', 'no', 'ble_sm_sc_oob_confirm: OOB confirm f4(PKx, PKx, r, 0) compared with the confirm value '
  'received out of band using memcmp (early exit).')
S(R, P, 469, 'memcmp', 'no', 'ble_sm_sc_random_rx: peer confirm value compared with f4(PKb, PKa, Nb, ri) using '
  'memcmp (early exit); the Secure Connections commitment check.')
S(R, P, 617, 'memcmp', 'yes', 'ble_sm_sc_public_key_rx: peer public key compared with our own public key (reflected '
  'key check); public keys.', NS)
S(R, P, 807, 'memcmp', 'no', 'ble_sm_dhkey_check_process: DHKey check value Ea/Eb from the peer compared with '
  'f6(MacKey, ...) using memcmp (early exit).')
P = 'nimble/host/src/ble_sm.c'
S(R, P, 552, 'memcmp', 'yes', 'ble_sm_persist_keys: peer RPA compared with the all-zero '
  'BLE_ADDR_ANY; a device address.', NS)
S(R, P, 3029, 'memcmp', 'yes', 'ble_sm_csis_generate_rsi: freshly generated prand compared with the all-ones / '
  'all-zeros patterns the spec forbids; constants.', NS)

P = 'nimble/host/mesh/src/aes-ccm.c'
S(R, P, 198, 'memcmp', 'no', 'bt_ccm_decrypt: CCM MIC of a mesh network / transport PDU compared with the '
  'computed MIC using memcmp (early exit).')
P = 'nimble/host/mesh/src/beacon.c'
S(R, P, 44, 'memcmp', 'yes', 'cache_check: received secure network beacon compared with the last beacon cached for '
  'the subnet (duplicate filter); beacon bytes broadcast in clear.', NS)
S(R, P, 275, 'memcmp', 'yes', 'auth_match: Network ID of the beacon compared with the subnet\'s Network ID; a '
  'public identifier broadcast in every beacon.', NS)
S(R, P, 282, 'memcmp', 'no', 'auth_match: authentication value of the secure network beacon compared with the '
  'AES-CMAC computed with the beacon key using memcmp (early exit).')
P = 'nimble/host/mesh/src/prov_device.c'
S(R, P, 467, 'memcmp', 'yes', 'prov_random: provisioner\'s random compared with our own random (reflection check); '
  'both randoms are sent in clear at this step.', NS)
S(R, P, 480, 'memcmp', 'no', 'prov_random: received provisioning Confirmation compared with the confirmation '
  'recomputed with ConfirmationKey and AuthValue using memcmp (early exit).')
P = 'nimble/host/mesh/src/provisioner.c'
S(R, P, 402, 'memcmp', 'yes', 'prov_dh_key_gen: device public key compared with our public key (reflected key '
  'check); public keys.', NS)
S(R, P, 614, 'memcmp', 'no', 'prov_random: device\'s provisioning Confirmation compared with the confirmation '
  'recomputed with ConfirmationKey and AuthValue using memcmp (early exit).')
S(R, P, 638, 'memcmp', 'yes', 'prov_confirm: device\'s Confirmation compared with the provisioner\'s own (sent '
  'first, in clear) to reject a reflected value.', NS)

# ---------------- contiki-ng/contiki-ng (IoT OS: 802.15.4 LLSEC, TSCH, SNMP, CoAP; C) ----------------
R = 'contiki-ng/contiki-ng'
S(R, 'os/net/mac/csma/csma-security.c', 159, 'memcmp', 'no', 'aead (CSMA LLSEC, incoming frame): MIC of the received frame compared '
  'with the CCM* MIC generated with the network key using memcmp (early exit).')
S(R, 'os/net/mac/tsch/tsch-security.c', 268, 'memcmp', 'no', 'tsch_security_parse_frame: MIC of the received TSCH '
  'frame compared with the CCM* MIC using memcmp (early exit).')
S(R, 'os/net/app-layer/snmp/snmp-engine.c', 233, 'strncmp', 'no', 'snmp_engine: community string of the request '
  'compared with the configured SNMP community (the v2c shared secret) using strncmp (early exit).')
S(R, 'os/net/app-layer/coap/coap-keystore-simple.c', 70, 'memcmp', 'yes', 'get_default_psk_info: DTLS PSK identity '
  'of the peer compared with the default identity; the identity is sent in clear in the handshake.', NS)
S(R, 'os/net/app-layer/coap/coap-observe.c', 135, 'memcmp', 'yes', 'coap_remove_observer_by_token: CoAP token of '
  'the observer compared with the token of the request; a request-matching id, not an authenticator.', NS)
S(R, 'os/services/lwm2m/lwm2m-security.c', 388, 'memcmp', 'yes', 'get_psk_info (LwM2M keystore): PSK '
  'identity of the peer compared with the configured identity; a public identifier.', NS)

# ---------------- tpm2-software/tpm2-tss (TPM2 software stack, ESYS; C) ----------------
R = 'tpm2-software/tpm2-tss'
P = 'src/tss2-esys/esys_iutil.c'
S(R, P, 344, 'cmp_TPM2B_NAME', 'yes', 'iesys_compare_name: TPM name computed from a public area compared with a '
  'TPM name; public values.', NS)
S(R, P, 846, 'cmp_TPM2B_AUTH', 'no', 'iesys_check_rp_hmacs: response HMAC of the TPM compared with the HMAC computed '
  'with the session key through cmp_TPM2B_AUTH -> cmp_TPM2B_DIGEST -> cmp_BYTE_array, a generic memcmp helper '
  '(line 53, early exit).')
P = 'src/tss2-esys/esys_tr.c'
S(R, P, 255, 'memcmp', 'yes', 'Esys_TR_FromTPMPublic_Finish (NV): stored NV index name compared with the name the TPM '
  'returned; a public name.', NS)
S(R, P, 286, 'memcmp', 'yes', 'Esys_TR_FromTPMPublic_Finish (key): stored object name compared with the name the TPM '
  'returned; a public name.', NS)

# ---------------- Lora-net/LoRaMac-node (LoRaWAN end-device stack; C) ----------------
R = 'Lora-net/LoRaMac-node'
S(R, 'src/peripherals/soft-se/soft-se.c', 225, '!=', 'yes', 'SecureElementVerifyAesCmac: expected MIC compared with '
  'the computed AES-CMAC MIC. ' + INT, 'Tricky: integer MIC compare.')
P = 'src/mac/LoRaMacCrypto.c'
S(R, P, 818, '!=', 'yes', 'IsJoinNonce10xOk: JoinNonce of the Join-Accept compared with the stored one (replay '
  'check); a counter sent in clear.', NS)
S(R, P, 906, '==', 'yes', 'LoRaMacCryptoGetFCntDown: difference between the received and last downlink frame counter compared '
  'with 0 (duplicate frame); a frame counter.', NS)

# ---------------- mcci-catena/arduino-lmic (LoRaWAN end-device stack for Arduino; C) ----------------
R = 'mcci-catena/arduino-lmic'
P = 'src/se/drivers/default/lmic_se_default.c'
S(R, P, 233, '==', 'yes', 'aes_verifyMic: AES-CMAC MIC of a downlink frame (os_aes returns it as u4_t) compared '
  'with the frame\'s MIC read by os_rmsbf4. ' + INT, 'Tricky: integer MIC compare.')
S(R, P, 446, '==', 'yes', 'aes_verifyMic0: Join-Accept MIC computed with the AppKey compared with the MIC of the '
  'frame as u4_t. ' + INT, 'Tricky: integer MIC compare.')
S(R, 'src/lmic/lmic_compliance.c', 183, 'memcmp', 'yes', 'isActivateMessage: downlink payload compared with the '
  'compliance-test activation command (command byte + 0x01 magic); protocol constants.', NS)
S(R, 'src/lmic/lmic.c', 1157, '!=', 'yes', 'decodeFrame: DevAddr of the downlink compared with the device\'s DevAddr; '
  'a public device address.', NS)

# ---------------- OP-TEE/optee_os (PKCS#11 trusted application; C) ----------------
R = 'OP-TEE/optee_os'
CCM = ('consttime_memcmp (lib/libutils/ext/consttime_memcmp.c 36-50) walks all bytes with masks, no early exit')
P = 'ta/pkcs11/src/persistent_token.c'
S(R, P, 126, 'buf_compare_ct', 'yes', 'verify_pin: salted hash of the PIN given at C_Login compared with the stored '
  'PIN hash with buf_compare_ct (lib/libutils/ext/include/string_ext.h 28: ' + CCM + ').', CT)
S(R, P, 188, 'strcmp', 'yes', 'setup_identity_auth_from_pin: PIN ACL string compared with the keyword "public" '
  '(login type of the TEE-identity ACL); a protocol keyword.', NS)
S(R, P, 271, 'TEE_MemCompare', 'yes', 'verify_identity_auth: TEE identity of the calling client (login type + UUID) '
  'compared with the SO identity; a public identity, and TEE_MemCompare is consttime_memcmp in OP-TEE '
  '(lib/libutee/tee_api.c 620).', NS)
S(R, 'ta/pkcs11/src/processing_symm.c', 989, 'TEE_MemCompare', 'yes', 'step_symm_operation (C_Verify with an HMAC / '
  'CMAC mechanism): MAC from the caller compared with the computed MAC using TEE_MemCompare, which OP-TEE '
  'implements as consttime_memcmp (lib/libutee/tee_api.c 620-623; ' + CCM + ').', CT)

_labels.write(__file__, 'webhook75')
