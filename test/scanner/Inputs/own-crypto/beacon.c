/* A mesh stack's own crypto: no modelled library is included, but the
 * beacon's authentication value is compared. */
typedef unsigned char uint8_t;
typedef unsigned int uint32_t;
#include <string.h>
int bt_mesh_beacon_auth(const uint8_t beacon_key[16], uint8_t flags,
                        const uint8_t net_id[8], uint32_t iv_index,
                        uint8_t auth[8]);

int auth_match(const uint8_t *beacon_key, const uint8_t *net_id,
               const uint8_t *auth, uint32_t iv_index) {
  uint8_t net_auth[8];
  bt_mesh_beacon_auth(beacon_key, 0, net_id, iv_index, net_auth);
  return memcmp(auth, net_auth, 8) == 0;
}
