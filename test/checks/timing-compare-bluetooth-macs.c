// A Bluetooth stack's MACs: the result an asynchronous CMAC engine hands
// its callback, a mesh packet's NetMIC and TransMIC (an AEAD's tag read
// out), a bond-management authorization string; a game server's rcon
// password run together (`rconpass`). Not secrets: device addresses and a
// Mesh network id, an auth domain's description, a microphone's gain.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdint.h>
#include <string.h>

typedef struct {
  uint8_t peer_address[6];
  uint8_t local_address[6];
  uint8_t peer_dhkey_check[16];
  uint8_t network_id[8];
} sm_setup_t;
static sm_setup_t *setup;
void pairing_failed(int reason);
void reverse_64(const uint8_t *src, uint8_t *dst);

static void sm_sc_cmac_done(uint8_t *hash) {
  if (memcmp(setup->peer_address, setup->local_address, 6) == 0)
    return;
  if (memcmp(hash, setup->peer_dhkey_check, 16) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'hash' {{.*}}[integration-timing-unsafe-compare]
    pairing_failed(11);
}

static uint8_t request_buffer[64];
static int request_size;
static void att_signed_write_handle_cmac_result(uint8_t hash[8]) {
  uint8_t hash_flipped[8];
  reverse_64(hash, hash_flipped);
  if (memcmp(hash_flipped, &request_buffer[request_size - 8], 8) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
    pairing_failed(1);
}

typedef struct {
  int state;
} ccm_t;
void crypto_ccm_get_authentication_value(ccm_t *ccm, uint8_t *value);
typedef struct {
  uint8_t data[40];
  int len;
} pdu_t;

int upper_transport_check(ccm_t *ccm, const uint8_t *pdu, int len) {
  uint8_t trans_mic[8];
  crypto_ccm_get_authentication_value(ccm, trans_mic);
  return memcmp(trans_mic, &pdu[len], 4) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}

int network_check(ccm_t *ccm, const pdu_t *raw, int mic_len,
                  const uint8_t *network_id) {
  if (memcmp(network_id, setup->network_id, 8) != 0)
    return 0;
  uint8_t net_mic[8];
  crypto_ccm_get_authentication_value(ccm, net_mic);
  return memcmp(net_mic, &raw->data[raw->len - mic_len], mic_len) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}

static const char *bm_authorization_string;
static int bond_management_write_callback(uint16_t handle, uint8_t *buffer,
                                          uint16_t buffer_size) {
  if (!bm_authorization_string)
    return 8;
  if (strlen(bm_authorization_string) != (size_t)(buffer_size - 1))
    return 8;
  if (memcmp(bm_authorization_string, (const char *)&buffer[1],
             buffer_size - 1) != 0)
    // CHECK: :[[@LINE-2]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
    return 8;
  return 0;
}

static int mic_gain;
int set_gain(int gain) { return mic_gain == gain; }

static char rconpass[64];
static char serverauth[64];
int rcon_login(const char *msg, const char *authdesc) {
  if (serverauth[0] && strcmp(serverauth, authdesc))
    return -1;
  return strncmp(rconpass, msg, strlen(rconpass)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}

// IPMI 1.5's MD5 and MD2 auth codes with GnuPG's old digest API
// (`md5_write`, `md5_read`): the password kept in an auth-data record
// keys the digest. A digest of public bytes read the same way is none.
typedef struct {
  int state;
} MD5_CONTEXT;
void md5_init(MD5_CONTEXT *ctx);
void md5_write(MD5_CONTEXT *ctx, const void *buf, size_t n);
void md5_final(MD5_CONTEXT *ctx);
unsigned char *md5_read(MD5_CONTEXT *ctx);
struct ipmi_authdata_s {
  void *info;
  unsigned char data[16];
};
typedef struct ipmi_authdata_s *ipmi_authdata_t;

int ipmi_md5_authcode_check(ipmi_authdata_t handle, const void *msg,
                            size_t len, void *code) {
  MD5_CONTEXT ctx;
  md5_init(&ctx);
  md5_write(&ctx, handle->data, 16);
  md5_write(&ctx, msg, len);
  md5_write(&ctx, handle->data, 16);
  md5_final(&ctx);
  if (memcmp(code, md5_read(&ctx), 16) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC {{.*}}[integration-timing-unsafe-compare]
    return -1;
  return 0;
}

int image_matches(const void *image, size_t len, const unsigned char *sum) {
  MD5_CONTEXT ctx;
  md5_init(&ctx);
  md5_write(&ctx, image, len);
  md5_final(&ctx);
  return memcmp(sum, md5_read(&ctx), 16) == 0;
}

// A TLV iterator's tag is the element's type, not an AEAD's tag: the RSN
// element found with it is public.
struct tlv_iter {
  const uint8_t *data;
  int tag;
};
void tlv_iter_init(struct tlv_iter *iter, const uint8_t *ies, size_t len);
int tlv_iter_next(struct tlv_iter *iter);
int ie_tlv_iter_get_tag(struct tlv_iter *iter);
const uint8_t *ie_tlv_iter_get_data(struct tlv_iter *iter);
int rsne_matches(const uint8_t *ies, size_t len, const uint8_t *rsne) {
  struct tlv_iter iter;
  tlv_iter_init(&iter, ies, len);
  while (tlv_iter_next(&iter)) {
    if (ie_tlv_iter_get_tag(&iter) != 48)
      continue;
    return memcmp(ie_tlv_iter_get_data(&iter) - 2, rsne, rsne[1] + 2) == 0;
  }
  return 0;
}

// An archive reader's HMAC check: the function is named for it, and the
// buffers it compares are the MACs, whatever the finishing call is named.
// Its comparison of the header's magic is none.
int source_read(void *src, unsigned char *buf, int n);
int winzip_aes_finish(void *aes, unsigned char *out);
static int verify_hmac(void *src, void *aes, const unsigned char *header) {
  unsigned char computed[20], from_file[10];
  if (memcmp(header, "PK\x07\x08", 4) != 0)
    return 0;
  if (source_read(src, from_file, 10) < 10)
    return 0;
  if (!winzip_aes_finish(aes, computed))
    return 0;
  return memcmp(from_file, computed, 10) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}
