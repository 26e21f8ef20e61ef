// IPsec daemons (libreswan): PRF outputs are handed out in `struct
// crypt_mac` and compared through `hunk_eq`, a statement-expression macro
// that reads its operands through `const typeof(L) *l_ = &(L)` and calls
// the project's `raw_eq`. The pointers alias the MACs: reported. Not
// reported: a key/value pair read out of a client's info string (ET:
// Legacy's `Info_NextPair(&s, cs_key, cs_value)`: the key names an entry,
// it keys nothing) and the value compared with the one kept before.
// RUN: %tidy %s -- -std=gnu11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
  const uint8_t *ptr;
  size_t len;
} shunk_t;
struct crypt_mac {
  size_t len;
  uint8_t ptr[64];
};
struct crypt_prf;
struct state;

bool raw_eq(const void *l_ptr, size_t l_len, const void *r_ptr, size_t r_len);
#define hunk_eq(L, R)                                                          \
  ({                                                                           \
    const typeof(L) *l_ = &(L);                                                \
    const typeof(R) *r_ = &(R);                                                \
    raw_eq(l_->ptr, l_->len, r_->ptr, r_->len);                                \
  })
#define hunk_memeq(HUNK, MEM, SIZE)                                            \
  ({                                                                           \
    const typeof(HUNK) *hunk_ = &(HUNK);                                       \
    const void *mem_ = MEM;                                                    \
    size_t size_ = SIZE;                                                       \
    raw_eq(hunk_->ptr, hunk_->len, mem_, size_);                               \
  })

shunk_t pbs_in_left(void *pbs);
struct crypt_mac main_mode_hash(struct state *st, int role, shunk_t id);
struct crypt_prf *crypt_prf_init_symkey(const char *name, void *key);
void crypt_prf_update_bytes(struct crypt_prf *ctx, const void *p, size_t n);
struct crypt_mac crypt_prf_final_mac(struct crypt_prf **ctx);

bool check_v1_hash(struct state *st, void *hash_pbs, shunk_t id) {
  shunk_t received_hash = pbs_in_left(hash_pbs);
  struct crypt_mac computed_hash = main_mode_hash(st, 0, id);
  if (!hunk_eq(received_hash, computed_hash))
    // CHECK: :[[@LINE-1]]:8: warning: the computed MAC {{.*}} is compared with 'raw_eq', a plain comparison by its name
    return false;
  return true;
}

bool check_integrity(void *authkey, const uint8_t *start, shunk_t integ) {
  struct crypt_prf *ctx = crypt_prf_init_symkey("auth", authkey);
  crypt_prf_update_bytes(ctx, start, (size_t)(integ.ptr - start));
  struct crypt_mac td = crypt_prf_final_mac(&ctx);
  if (!hunk_memeq(td, integ.ptr, integ.len))
    // CHECK: :[[@LINE-1]]:8: warning: the computed MAC {{.*}} is compared with 'raw_eq', a plain comparison by its name
    return false;
  return true;
}

// A user's info string, read a key/value pair at a time.
typedef enum { qfalse, qtrue } qboolean;
typedef enum { TOK_ip, TOK_cl_guid, TOK_name } token_t;
qboolean Info_NextPair(const char **s, char *key, char *value);
token_t G_GetTokenForString(const char *key);
void trap_GetUserinfo(int num, char *buffer, int size);
void trap_DropClient(int num, const char *reason);
void G_Printf(const char *fmt, ...);
void Q_strncpyz(char *dest, const char *src, int destsize);

struct persistant {
  char cl_guid[33];
  char client_ip[48];
};
struct client {
  struct persistant pers;
};

void userinfo_changed(struct client *client, int num) {
  char cs_key[256] = "";
  char cs_value[256] = "";
  char userinfo[1024];
  trap_GetUserinfo(num, userinfo, sizeof(userinfo));
  const char *userinfo_ptr = userinfo;
  while (1) {
    if (qfalse == Info_NextPair(&userinfo_ptr, cs_key, cs_value)) {
      trap_DropClient(num, "Bad userinfo.");
      return;
    }
    if (cs_key[0] == 0)
      break;
    switch (G_GetTokenForString(cs_key)) {
    case TOK_ip:
      Q_strncpyz(client->pers.client_ip, cs_value, 48);
      break;
    case TOK_cl_guid:
      if (strcmp(client->pers.cl_guid, cs_value)) {
        G_Printf("client %d hacking cl_guid, old=%s, new=%s\n", num,
                 client->pers.cl_guid, cs_value);
        trap_DropClient(num, "Bad GUID: Invalid etkey.");
      }
      Q_strncpyz(client->pers.cl_guid, cs_value, 33);
      break;
    default:
      break;
    }
  }
}
