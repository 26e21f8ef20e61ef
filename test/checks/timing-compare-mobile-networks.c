// Mobile network cores and phones checking AKA answers: the network's
// expected response (XRES, HXRES*), an auth vector's RES and 4-byte SRES, an
// expected MAC-S computed from the key, a short NAS-MAC of 2 bytes, and a
// phone's byte loop over a MAC at an offset. Not secrets: the subscriber's
// IMSI, the challenge's RAND, the NAS message type and the sequence number
// compared for ordering.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct {
  char imsi_bcd[16];
  uint8_t rand[16];
  uint8_t xres[16];
  uint8_t hxres_star[16];
  uint8_t knas_int[16];
  uint32_t ul_count;
} mme_ue_t;

typedef struct {
  uint8_t length;
  uint8_t res[16];
} authentication_response_parameter_t;

int emm_handle_authentication_response(
    mme_ue_t *mme_ue, const authentication_response_parameter_t *param) {
  if (param->length == 0 ||
      memcmp(param->res, mme_ue->xres, param->length) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'xres' is compared with 'memcmp'
    return -1;
  return 0;
}

void kdf_hxres_star(const uint8_t *rand, const uint8_t *res_star,
                    uint8_t *hxres_star);

int gmm_handle_authentication_response(mme_ue_t *ue, const uint8_t *res_star,
                                       const char *imsi) {
  uint8_t hxres_star[16];
  if (strcmp(ue->imsi_bcd, imsi) != 0)
    return -1;
  kdf_hxres_star(ue->rand, res_star, hxres_star);
  if (memcmp(hxres_star, ue->hxres_star, sizeof(hxres_star)) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'hxres_star' is compared with 'memcmp'
    return -1;
  return 0;
}

struct osmo_auth_vector {
  uint8_t rand[16];
  uint8_t res[16];
  uint8_t res_len;
  uint8_t sres[4];
};

bool check_auth_resp(const struct osmo_auth_vector *vec, bool umts,
                     const uint8_t *res, uint8_t res_len,
                     const uint8_t *rand) {
  if (memcmp(rand, vec->rand, sizeof(vec->rand)) != 0)
    return false;
  if (umts)
    return res_len == vec->res_len && memcmp(res, vec->res, res_len) == 0;
  // CHECK: :[[@LINE-1]]:39: warning: the secret 'res' is compared with 'memcmp'
  return res_len == sizeof(vec->sres) &&
         memcmp(res, vec->sres, sizeof(vec->sres)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'sres' is compared with 'memcmp'
}

void xor_bytes(uint8_t *out, const uint8_t *a, const uint8_t *b, size_t n);

int xor_gen_vec_auts(const uint8_t *k, const uint8_t *auts,
                     const uint8_t *rand) {
  uint8_t xdout[16], cdout[8], xmac[8];
  xor_bytes(xdout, k, rand, sizeof(xdout));
  memcpy(cdout, auts, 6);
  memset(cdout + 6, 0, 2);
  xor_bytes(xmac, xdout, cdout, 8);
  if (memcmp(auts + 6, xmac, 8))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'xmac' is compared with 'memcmp'
    return -1;
  return 0;
}

typedef struct {
  uint8_t *data;
  unsigned len;
} pkbuf_t;
void nas_mac_calculate(uint8_t algorithm, uint8_t *knas_int, uint32_t count,
                       pkbuf_t *pkbuf, uint8_t *mac);

int nas_security_decode_service_request(mme_ue_t *ue, pkbuf_t *pkbuf,
                                        uint8_t sequence_number) {
  uint8_t mac[4];
  if (sequence_number < (ue->ul_count & 0x1f))
    return -1;
  if (pkbuf->data[0] != 0x4c)
    return -1;
  nas_mac_calculate(1, ue->knas_int, ue->ul_count, pkbuf, mac);
  if (memcmp(mac + 2, pkbuf->data + 2, 2) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'mac' is compared with 'memcmp'
    return -1;
  return 0;
}

void security_128_eia2(const uint8_t *key, uint32_t count, uint8_t bearer,
                       const uint8_t *msg, uint32_t len, uint8_t *mac);

bool short_integrity_check(const uint8_t *k_nas_int, const uint8_t *pdu,
                           uint32_t count) {
  uint8_t exp_mac[4] = {0, 0, 0, 0};
  const uint8_t *mac = &pdu[2];
  security_128_eia2(&k_nas_int[16], count, 0, &pdu[0], 2, &exp_mac[0]);
  for (int i = 0; i < 2; i++) {
    if (exp_mac[i + 2] != mac[i])
      // CHECK: :[[@LINE-1]]:24: warning: the computed MAC 'exp_mac' is compared with '!='
      return false;
  }
  return true;
}
