// A Bluetooth stack's MACs: the result an asynchronous CMAC engine hands
// its callback, a mesh packet's NetMIC and TransMIC (an AEAD's tag read
// out), a bond-management authorization string; a game server's rcon
// password run together (`rconpass`, a MUD hub's `serverpw`). Not secrets: device addresses and a
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

// A MUD hub's password for the servers that connect to it (`serverpw`),
// checked against the one a server sends.
struct hub {
  char serverpw[32];
};
static struct hub *this_hub;
int strcasecmp(const char *a, const char *b);
int hub_login(const char *command, const char *pw) {
  if (strcasecmp(command, "PW"))
    return 0;
  return strcasecmp(this_hub->serverpw, pw) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'serverpw' is compared with 'strcasecmp'{{.*}}[integration-timing-unsafe-compare]
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

// NimBLE's pairing: the confirm value the toolbox's c1 and f4 compute (in
// another file) against the peer's, the DHKey check f6 computes against
// the command's. Not secrets: the peer's random against ours.
struct ble_sm_proc {
  uint8_t tk[16];
  uint8_t confirm_peer[16];
  uint8_t randm[16], rands[16];
  uint8_t mackey[16];
};
int ble_sm_alg_c1(const uint8_t *k, const uint8_t *r, const uint8_t *preq,
                  const uint8_t *pres, uint8_t iat, uint8_t rat,
                  const uint8_t *ia, const uint8_t *ra, uint8_t *out_enc_data);
int ble_sm_alg_f4(const uint8_t *u, const uint8_t *v, const uint8_t *x,
                  uint8_t z, uint8_t *out_enc_data);
int ble_sm_alg_f6(const uint8_t *w, const uint8_t *n1, const uint8_t *n2,
                  const uint8_t *r, const uint8_t *iocap, uint8_t a1t,
                  const uint8_t *a1, uint8_t a2t, const uint8_t *a2,
                  uint8_t *check);

int lgcy_random_rx(struct ble_sm_proc *proc, const uint8_t *preq,
                   const uint8_t *pres, const uint8_t *ia, const uint8_t *ra) {
  uint8_t confirm_val[16];
  if (memcmp(proc->randm, proc->rands, 16) == 0)
    return 4;
  ble_sm_alg_c1(proc->tk, proc->rands, preq, pres, 0, 1, ia, ra, confirm_val);
  if (memcmp(proc->confirm_peer, confirm_val, 16) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'confirm_val' is compared with 'memcmp'
    return 4;
  return 0;
}

int sc_random_rx(struct ble_sm_proc *proc, const uint8_t *peer_pub,
                 const uint8_t *our_pub) {
  uint8_t confirm_val[16];
  ble_sm_alg_f4(peer_pub, our_pub, proc->rands, 0, confirm_val);
  return memcmp(proc->confirm_peer, confirm_val, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'confirm_val' is compared with 'memcmp'
}

int dhkey_check_rx(struct ble_sm_proc *proc, const uint8_t *value,
                   const uint8_t *iocap, const uint8_t *a1, const uint8_t *a2) {
  uint8_t exp_value[16];
  ble_sm_alg_f6(proc->mackey, proc->rands, proc->randm, proc->tk, iocap, 0, a1,
                0, a2, exp_value);
  return memcmp(value, exp_value, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'exp_value' is compared with 'memcmp'
}

// Bluetooth Mesh, by the parameters' names: the beacon's authentication
// value and the provisioning confirmation, each made with a key. Not a
// secret: the network id beside them.
int bt_mesh_beacon_auth(const uint8_t beacon_key[16], uint8_t flags,
                        const uint8_t net_id[8], uint32_t iv_index,
                        uint8_t auth[8]);
int bt_mesh_prov_conf(const uint8_t conf_key[16], const uint8_t rand[16],
                      const uint8_t auth[16], uint8_t conf[16]);
struct beacon_keys {
  uint8_t beacon[16];
  uint8_t net_id[8];
};

int auth_match(const struct beacon_keys *keys, const uint8_t *net_id,
               const uint8_t *auth, uint32_t iv_index) {
  uint8_t net_auth[8];
  if (memcmp(net_id, keys->net_id, 8))
    return 0;
  bt_mesh_beacon_auth(keys->beacon, 0, keys->net_id, iv_index, net_auth);
  return !memcmp(auth, net_auth, 8);
  // CHECK: :[[@LINE-1]]:11: warning: the computed MAC 'net_auth' is compared with 'memcmp'
}

int prov_random(const uint8_t *conf_key, const uint8_t *data,
                const uint8_t *auth_value, const uint8_t *received_conf) {
  uint8_t conf_verify[16];
  bt_mesh_prov_conf(conf_key, data, auth_value, conf_verify);
  return memcmp(conf_verify, received_conf, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'conf_verify' is compared with 'memcmp'
}
