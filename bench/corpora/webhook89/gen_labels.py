#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook89). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'jgromes/RadioLib': '187ef24791c3d844939b2be13a68bd890bd04e4c',
 'eriptic/uoscore-uedhoc': '002de27cacb063a819b3e50c724e0be920d5ca6c',
 'thelsing/knx': '980c047ad7fc5e27bf2fae95e48acde5d5e0b4fd',
 'Lora-net/SWL2001': '9a14f6772c1d6e303bacb2d594c8063bb804b6ee',
 'HosamAboabla/Autosar_SecOC': '71fc6935f46bbb6d9b4f9485715ffbae6cd18b30',
 'OpenZWave/open-zwave': '3fff11d246a0d558d26110e1db6bd634a1b347c0',
 'ElectronicCats/Beelan-LoRaWAN': 'be859c24c24a8e807f02505592c647aa977b85d9',
}
ROOT = '/work/corpora/webhook89/src'

_labels = TokenLabels(ROOT, 'wh89', C)
S = _labels.S

# ---------------- jgromes/RadioLib (radio library, LoRaWAN end-device stack; C++) ----------------
R = 'jgromes/RadioLib'
S(R, 'src/utils/Cryptography.cpp', 109, '!=', 'no', 'RadioLibAES128::verifyCMAC: AES-CMAC computed with the '
  'session / join key compared byte by byte with the received CMAC; returns false at the first differing byte '
  '(early exit).')
P = 'src/protocols/LoRaWAN/LoRaWAN.cpp'
S(R, P, 800, '==', 'yes', 'processJoinAccept (LoRaWAN 1.0.4): JoinNonce of the Join-Accept compared with the last '
  'JoinNonce heard (replay check); the JoinNonce travels in the frame, a public counter.', NS)
S(R, P, 1900, '==', 'yes', 'parseDownlink: device address of a downlink compared with the node\'s DevAddr; '
  'a public address sent in clear in every frame header.', NS)
S(R, P, 2357, '!=', 'yes', 'execMacCommand (ResetConf): LoRaWAN minor version reported by the network server '
  'compared with the node\'s revision; a protocol version.', NS)
S(R, P, 3724, '==', 'yes', 'isMulticastDevAddr: downlink DevAddr compared with the address of each multicast group; '
  'a public address.', NS)
S(R, P, 3755, '!=', 'no', 'LoRaWANNode::verifyMIC: 32-bit MIC computed (AES-CMAC with the network session / join '
  'key) compared with the MIC of the received frame using != on the integer.')
S(R, P, 3937, '!=', 'yes', 'checkBufferCommon: 16-bit checksum stored at the end of the persistent nonces / session '
  'buffer (the variable is named "signature") compared with checkSum16 over the buffer; an integrity checksum, not '
  'a keyed MAC.', NS)

# ---------------- eriptic/uoscore-uedhoc (OSCORE and EDHOC for constrained CoAP devices; C) ----------------
R = 'eriptic/uoscore-uedhoc'
S(R, 'src/edhoc/signature_or_mac_msg.c', 189, 'memcmp', 'no', 'signature_or_mac (verify, static DH '
  'authentication): MAC_2 / MAC_3 derived from the EDHOC PRK compared with the received Signature_or_MAC using '
  'memcmp (early exit).')
S(R, 'src/edhoc/retrieve_cred.c', 106, 'memcmp', 'yes', 'get_local_cred: ID_CRED_x of a stored credential compared '
  'with the ID_CRED_x received in the EDHOC message; a credential identifier (kid / x5t), public.', NS)
S(R, 'src/oscore/oscore_interactions.c', 93, 'memcmp', 'yes', 'compare_memory: used to match the CoAP token and the '
  'URI path of a response / notification to a stored interaction; tokens and URI paths are public request ids.',
  NS)
S(R, 'src/oscore/oscore2coap.c', 373, 'array_equals', 'yes', 'oscore2coap: Recipient ID of the security context '
  'compared with the kid of the OSCORE option (context lookup); the kid is sent in clear.', NS)

# ---------------- thelsing/knx (KNX device stack with KNX Data Secure; C++) ----------------
R = 'thelsing/knx'
P = 'src/knx/secure_application_layer.cpp'
S(R, P, 871, '<', 'yes', 'SecureApplicationLayer::decrypt: received sequence number compared (ordering) with the '
  'next expected one; a replay counter, public.', NS)
S(R, P, 888, 'memcmp', 'yes', 'decrypt (SyncReq): KNX serial number in the sync request compared with the '
  'device\'s serial number (is it addressed to us?); a public serial number.', NS)
S(R, P, 955, '!=', 'no', 'decrypt (authentication only): 32-bit CCM MAC computed with the group / tool key '
  'compared with the MAC of the secure APDU using != on the integer.')
S(R, P, 1007, '!=', 'no', 'decrypt (authentication + confidentiality): CCM MAC computed over the decrypted APDU '
  'compared with the decrypted MAC using != on the integer.')
S(R, 'src/knx/bau_systemB.cpp', 604, 'memcmp', 'yes', 'individualAddressSerialNumberWriteIndication: serial number '
  'of the request compared with the device\'s serial number; a public identifier.', NS)

# ---------------- Lora-net/SWL2001 (LoRa Basics Modem, Semtech LoRaWAN stack; C) ----------------
R = 'Lora-net/SWL2001'
L = 'lbm_lib/smtc_modem_core/'
S(R, L + 'smtc_modem_crypto/soft_secure_element/soft_se.c', 485, '!=', 'no', 'smtc_secure_element_verify_aes_cmac: '
  'expected MIC of a LoRaWAN frame compared with the AES-CMAC computed with the secure element key using != on '
  'the integer.')
S(R, L + 'lr1mac/src/relay/relay_rx/relay_rx.c', 1287, '==', 'no', 'is_mic_wor_valid (relay RX): MIC of a '
  'wake-on-radio uplink compared with the MIC computed with the end device\'s WOR session integrity key using '
  '== on the integer.')
S(R, L + 'lr1mac/src/relay/relay_tx/relay_tx.c', 620, '!=', 'no', 'relay_tx_check_decode_ack (relay TX): MIC computed over the '
  'wake-on-radio ACK compared with the received MIC using != on the integer.')
S(R, L + 'lorawan_packages/fragmented_data_block_transport/v2.0.0/lorawan_fragmentation_package_v2.0.0.c', 1033,
  '==', 'no', 'compute_data_block_integrity_ckeck (FUOTA fragmentation v2): AES-CMAC MIC of the reassembled data block (key derived from the multicast '
  'key) compared with the MIC announced in FragSessionSetupReq using == on the integer.')
S(R, L + 'lr1mac/src/lr1mac_core.c', 790, 'memcmp', 'yes', 'lr1mac_core_context_save: JoinNonce held in RAM '
  'compared with the one in the NVM context (write only when changed); a public nonce.', NS)
P = L + 'lr1mac/src/lr1_stack_mac_layer.c'
S(R, P, 1493, '==', 'yes', 'lr1_stack_mac_join_accept: JoinNonce of the Join-Accept compared with the previous '
  'one (warning only); a public nonce.', NS)
S(R, P, 1728, '!=', 'yes', 'lr1_stack_mac_downlink_check_under_it: DevAddr of the received frame compared with the device\'s DevAddr; a '
  'public address.', NS)

# ---------------- HosamAboabla/Autosar_SecOC (AUTOSAR Secure Onboard Communication for CAN / Ethernet; C) --------
R = 'HosamAboabla/Autosar_SecOC'
S(R, 'source/Csm/Csm.c', 86, 'memcmp', 'no', 'Csm_MacVerify: MAC generated over the authentic PDU and freshness '
  'value compared with the (truncated) authenticator of the secured PDU using memcmp (early exit).')
S(R, 'source/SecOC/FVM.c', 168, 'memcmp', 'yes', 'FVM_GetRxFreshness: truncated freshness value of the secured '
  'PDU compared with the stored freshness counter; a public counter.', NS)
S(R, 'source/SecOC/FVM.c', 262, 'memcmp', 'yes', 'FVM_GetRxFreshness: reconstructed freshness value compared with '
  'the last accepted counter (replay check); a public counter.', NS)

# ---------------- OpenZWave/open-zwave (Z-Wave controller library, S0 security; C++) ----------------
R = 'OpenZWave/open-zwave'
S(R, 'cpp/src/ZWSecurity.cpp', 342, 'memcmp', 'no', 'DecryptBuffer: 8-byte S0 authentication code computed with '
  'the network authentication key compared with the MAC of the encrypted message using memcmp (early exit).')
S(R, 'cpp/src/Node.cpp', 3627, '==', 'yes', 'GenerateNonceKey: first byte (the nonce id) of a new nonce compared '
  'with the ids of the other stored nonces to keep them unique; the id is sent in clear.', NS)
S(R, 'cpp/src/Node.cpp', 3659, '==', 'yes', 'GetNonceKey: receiver nonce id of an encrypted message compared with '
  'the first byte of each stored nonce; a public lookup id.', NS)

# ---------------- ElectronicCats/Beelan-LoRaWAN (Arduino LoRaWAN end-device library; C++) ----------------
R = 'ElectronicCats/Beelan-LoRaWAN'
P = 'src/arduino-rfm/LoRaMAC.cpp'
S(R, P, 418, '==', 'no', 'LORA_Receive_Data: MIC computed with the NwkSKey compared byte by byte with the received '
  'MIC; each matching byte increments MIC_Check behind a branch (the match count of every byte decides a branch), '
  'not constant time.')
S(R, P, 441, '==', 'yes', 'LORA_Receive_Data: DevAddr of the downlink compared byte by byte with the session '
  'DevAddr; a public address.', NS)
S(R, P, 650, '==', 'no', 'LORA_join_Accept: MIC of the Join-Accept computed with the AppKey compared byte by byte '
  'with the received MIC (branch per matching byte, as line 418).')

_labels.write(__file__, 'webhook89')
