/* Hand-written, declaration-only stand-in for libjwt's <jwt.h> (libjwt >= 1.12 API: jwt_valid_*, jwt_free_str),
 * covering what neuron's src/utils/neu_jwt.c and plugins/restful/ call. Debian 12's libjwt-dev is 1.10 and lacks
 * the jwt_valid_* API. Not copied from libjwt. */
#ifndef WH106_STUB_JWT_H
#define WH106_STUB_JWT_H
#include <time.h>

typedef struct jwt jwt_t;
typedef struct jwt_valid jwt_valid_t;

typedef enum jwt_alg {
    JWT_ALG_NONE = 0,
    JWT_ALG_HS256,
    JWT_ALG_HS384,
    JWT_ALG_HS512,
    JWT_ALG_RS256,
    JWT_ALG_RS384,
    JWT_ALG_RS512,
    JWT_ALG_INVAL
} jwt_alg_t;

#define JWT_VALIDATION_SUCCESS 0x0000
#define JWT_VALIDATION_ERROR 0x0001
#define JWT_VALIDATION_EXPIRED 0x0008

int jwt_new(jwt_t **jwt);
void jwt_free(jwt_t *jwt);
int jwt_decode(jwt_t **jwt, const char *token, const unsigned char *key, int key_len);
int jwt_add_grant(jwt_t *jwt, const char *grant, const char *val);
int jwt_add_grant_int(jwt_t *jwt, const char *grant, long val);
const char *jwt_get_grant(jwt_t *jwt, const char *grant);
int jwt_set_alg(jwt_t *jwt, jwt_alg_t alg, const unsigned char *key, int len);
jwt_alg_t jwt_get_alg(const jwt_t *jwt);
char *jwt_encode_str(jwt_t *jwt);
void jwt_free_str(char *str);

int jwt_valid_new(jwt_valid_t **jwt_valid, jwt_alg_t alg);
void jwt_valid_free(jwt_valid_t *jwt_valid);
int jwt_valid_set_headers(jwt_valid_t *jwt_valid, int hdr);
int jwt_valid_set_now(jwt_valid_t *jwt_valid, const time_t now);
unsigned int jwt_validate(jwt_t *jwt, jwt_valid_t *jwt_valid);

#endif
