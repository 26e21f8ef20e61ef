#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook79). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'open5gs/open5gs': '8f25f3beaf131a5e979534dfda4a27765321dfd0',
 'srsran/srsRAN_4G': '1fab3df863f66fdb6c3b34f1b39e745dbcb12d5e',
 'osmocom/libosmocore': '0cbfb38423da92f30029a87c5515691ce81a80ba',
 'osmocom/osmo-msc': 'e73f361f76b6d7020fcc6e981e944358a8ad4125',
 'osmocom/osmo-hlr': 'f9048a5bfc451782702e01e649d3c949af1de6fd',
}
ROOT = '/work/corpora/webhook79/src'

_labels = TokenLabels(ROOT, 'wh79', C)
S = _labels.S
CT = 'Constant-time compare.'
EE = ' (early exit)'

# ---------------- open5gs/open5gs (4G/5G core; C) ----------------
R = 'open5gs/open5gs'
P = 'lib/crypt/milenage.c'
MC = ' os_memcmp_const is #defined to plain memcmp at line 23 of this file, so despite its name it exits early.'
S(R, P, 269, 'os_memcmp_const', 'no', 'milenage_auts: MAC-S computed with f1* from K/OPc compared with the MAC-S '
  'in the AUTS resynchronisation token sent by the UE.' + MC)
S(R, P, 353, 'os_memcmp', 'yes', 'milenage_check: received SQN compared with the stored SQN for ordering '
  '(<= 0 means replay, send AUTS); a sequence-number ordering compare, not a MAC check.', NS)
S(R, P, 377, 'os_memcmp_const', 'no', 'milenage_check: MAC-A computed with f1 compared with the MAC in the AUTN '
  'of the challenge.' + MC)
S(R, 'lib/crypt/ogs-aes-cmac.c', 292, 'memcmp', 'no', 'ogs_aes_cmac_verify: AES-CMAC computed over the message '
  'compared with the CMAC to verify using memcmp' + EE + '; the helper exists to verify a MAC.')
S(R, 'src/ausf/nausf-handler.c', 101, 'memcmp', 'no', 'ausf_nausf_auth_handle_authenticate_confirmation: RES* '
  'sent by the AMF on behalf of the UE compared with the expected XRES* using memcmp' + EE + '; the 5G AKA '
  'challenge response.')
P = 'src/amf/gmm-handler.c'
S(R, P, 172, 'memcmp', 'yes', 'gmm_handle_registration_request: home PLMN id of the SUCI compared with the '
  'served GUAMI PLMN ids; a public network identifier.', NS)
S(R, P, 635, 'memcmp', 'yes', 'gmm_registration_request_from_old_amf: PLMN id of the old GUTI compared with the served GUAMI PLMN '
  'id; a public network identifier.', NS)
S(R, P, 637, 'memcmp', 'yes', 'gmm_registration_request_from_old_amf: AMF id of the old GUTI compared with the served AMF id; a '
  'public identifier.', NS)
S(R, P, 988, 'memcmp', 'no', 'gmm_handle_authentication_response: HRES* derived from the UE\'s RES* compared '
  'with the HXRES* from the AUSF using memcmp' + EE + '; the authentication response check.')
P = 'src/udm/nudm-handler.c'
S(R, P, 114, 'memcmp', 'yes', 'udm_nudm_ueau_handle_get: RAND of the resynchronisation info compared with the '
  'RAND the UDM sent in the challenge; RAND travels in clear, a public value.', NS)
S(R, P, 128, 'memcmp', 'no', 'udm_nudm_ueau_handle_get: MAC-S of the AUTS resynchronisation token compared with '
  'the MAC-S computed from K/OPc using memcmp' + EE + '.')
S(R, P, 438, 'memcmp', 'yes', 'udm_nudm_uecm_handle_amf_registration_update: GUAMI received from the AMF '
  'compared with the stored GUAMI; a public identifier.', NS)
S(R, 'src/mme/emm-handler.c', 442, 'memcmp', 'no', 'emm_handle_authentication_response: RES from the UE compared '
  'with the XRES from the HSS using memcmp' + EE + ' (over the length the UE chose).')
S(R, 'src/mme/nas-security.c', 169, 'memcmp', 'no', 'nas_eps_security_decode (service request): the two '
  'short-MAC bytes of the NAS message compared with the computed NAS-MAC using memcmp' + EE + '.')
P = 'src/hss/hss-s6a-path.c'
S(R, P, 189, 'memcmp', 'yes', 'hss_ogs_diam_s6a_air_cb: stored RAND compared with all zeroes to decide whether '
  'to generate one; a public value against a constant.', NS)
S(R, P, 211, 'memcmp', 'no', 'hss_ogs_diam_s6a_air_cb: MAC-S of the re-synchronisation info AVP (AUTS) compared '
  'with the MAC-S computed from K/OPc using memcmp' + EE + '.')
S(R, P, 1121, 'strcmp', 'yes', 'hss_ogs_diam_s6a_ulr_cb: stored MME host name compared with the requesting MME '
  'host (decides whether to send a Cancel-Location); a Diameter identity.', NS)
S(R, P, 1122, 'strcmp', 'yes', 'hss_ogs_diam_s6a_ulr_cb: stored MME realm compared with the requesting MME '
  'realm; a Diameter identity.', NS)

# ---------------- srsran/srsRAN_4G (LTE UE / EPC; C++) ----------------
R = 'srsran/srsRAN_4G'
S(R, 'srsue/src/stack/upper/nas_base.cc', 102, '!=', 'no', 'nas_base::integrity_check: received NAS-MAC compared '
  'byte by byte with the expected MAC, returning false at the first mismatching byte' + EE + '.')
P = 'srsue/src/stack/upper/nas.cc'
S(R, P, 529, '!=', 'yes', 'nas::write_pdu: NAS message type compared with SECURITY MODE COMMAND; a protocol '
  'constant.', NS)
S(R, P, 631, 'memcmp', 'yes', 'nas::get_ipv6_addr: IPv6 interface identifier compared with all zeroes; an '
  'address, not a secret.', NS)
S(R, P, 1177, '!=', 'yes', 'nas::parse_security_mode_command: NAS key set identifier of the command compared '
  'with the current context\'s KSI; a public identifier sent in clear.', NS)
S(R, 'srsue/src/stack/upper/usim.cc', 42, '==', 'yes', 'usim::init: configured algorithm name compared with '
  '"xor" (std::string ==); a configuration keyword.', NS)
P = 'srsepc/src/mme/nas.cc'
S(R, P, 1794, '!=', 'no', 'nas::short_integrity_check: the two received short-MAC bytes compared one by one with '
  'the expected MAC, returning false at the first mismatch' + EE + '.')
S(R, P, 1856, '!=', 'no', 'nas::integrity_check: received 4-byte NAS-MAC compared byte by byte with the expected '
  'MAC, returning false at the first mismatch' + EE + '.')
P = 'srsepc/src/hss/hss.cc'
S(R, P, 119, '==', 'yes', 'hss::read_db_file: algorithm column of the user database compared with "xor"; a '
  'configuration keyword.', NS)
S(R, P, 129, '==', 'yes', 'hss::read_db_file: OP-type column compared with "op"; a configuration keyword (the '
  'OP/OPc value itself is the next column).', NS)

# ---------------- osmocom/libosmocore (GSM/UMTS auth library; C) ----------------
R = 'osmocom/libosmocore'
P = 'src/gsm/milenage/milenage.c'
S(R, P, 229, 'memcmp', 'no', 'milenage_auts: MAC-S computed with f1* compared with the MAC-S in the AUTS '
  'resynchronisation token using memcmp' + EE + '.')
S(R, P, 297, 'os_memcmp', 'yes', 'milenage_check: received SQN compared with the stored SQN for ordering (<= 0 '
  'triggers resynchronisation); a sequence-number ordering compare.', NS)
S(R, P, 317, 'os_memcmp', 'no', 'milenage_check: MAC-A computed with f1 compared with the MAC in the AUTN; '
  'os_memcmp is plain memcmp (milenage/common.h 13)' + EE + '.')
P = 'src/gsm/auth_xor.c'
S(R, P, 56, '==', 'yes', 'xor_gen_vec: auth data type compared with OSMO_AUTH_TYPE_GSM; an algorithm '
  'identifier.', NS)
S(R, P, 59, '!=', 'yes', 'xor_gen_vec: key length compared with 16; a length, not the key.', NS)
S(R, P, 167, 'memcmp', 'no', 'xor_gen_vec_auts: MAC-S in the received AUTS compared with the locally computed '
  'XMAC using memcmp' + EE + '.')
S(R, 'src/gsm/tuak/tuak.c', 346, 'memcmp', 'no', 'tuak_auts: MAC-S computed with TUAK f1* compared with the '
  'MAC-S in the AUTS token using memcmp' + EE + '.')
P = 'src/gsm/oap_client.c'
S(R, P, 109, '!=', 'yes', 'oap_evaluate_challenge: length of the generated XRES compared with 8; a length.', NS)
S(R, P, 115, 'osmo_constant_time_cmp', 'yes', 'oap_evaluate_challenge: AUTN computed from the OAP client secret '
  'compared with the AUTN from the server with osmo_constant_time_cmp (src/core/utils.c 517: XOR-OR over all '
  'bytes, no early exit).', CT)
S(R, 'src/core/utils.c', 517, '^', 'yes', 'osmo_constant_time_cmp: the XOR-OR accumulate loop itself (all bytes '
  'compared, no early exit).', CT)

# ---------------- osmocom/osmo-msc (MSC / VLR; C) ----------------
R = 'osmocom/osmo-msc'
P = 'src/libvlr/vlr_auth_fsm.c'
S(R, P, 204, '!=', 'yes', 'check_auth_resp: length of the UE\'s RES compared with the vector\'s RES length; a '
  'length (the RES bytes are compared on the next line).', NS)
S(R, P, 205, 'memcmp', 'no', 'check_auth_resp: UMTS RES from the MS compared with the expected XRES of the auth '
  'vector using memcmp' + EE + '.')
S(R, P, 218, 'memcmp', 'no', 'check_auth_resp: GSM SRES from the MS compared with the expected SRES of the auth '
  'tuple using memcmp' + EE + '.')
S(R, P, 693, '!=', 'yes', 'auth_try_reuse_tuple: key sequence number (CKSN) of the last tuple compared with the '
  'one the MS presented; a public key-set identifier.', NS)
P = 'src/libvlr/vlr.c'
S(R, P, 643, 'strcmp', 'yes', 'vlr_subscr_set_imsi: subscriber IMSI compared with the new IMSI; a subscriber '
  'identity.', NS)
S(R, P, 721, 'strcmp', 'yes', 'vlr_subscr_matches_imsi: IMSI lookup compare; a subscriber identity.', NS)
S(R, P, 733, 'strcmp', 'yes', 'vlr_subscr_matches_msisdn: MSISDN lookup compare; a phone number.', NS)
S(R, P, 739, 'strcmp', 'yes', 'vlr_subscr_matches_imei: IMEI lookup compare; a device identity.', NS)

# ---------------- osmocom/osmo-hlr (HLR / GSUP client; C) ----------------
R = 'osmocom/osmo-hlr'
S(R, 'src/gsupclient/cni_peer_id.c', 80, 'memcmp', 'yes', 'osmo_ipa_name_cmp: ordering compare of two IPA peer '
  'names; public peer identifiers.', NS)
P = 'src/gsupclient/gsup_req.c'
S(R, P, 345, 'strcmp', 'yes', 'osmo_gsup_make_response: IMSI of the reply compared with the IMSI of the request '
  '(consistency bitmask); a subscriber identity.', NS)
S(R, P, 347, '!=', 'yes', 'osmo_gsup_make_response: GSUP message class of reply and request compared; a protocol '
  'constant.', NS)

_labels.write(__file__, 'webhook79')
