/* Hand-written declaration-only stand-in for libjwt's <jwt.h> (webhook88 corpus; libjwt is not installed).
 * Only the types and functions Slurm's auth/jwt plugin calls, with libjwt 1.x signatures. */
#ifndef WEBHOOK88_JWT_H
#define WEBHOOK88_JWT_H
#include <stddef.h>
#include <time.h>
typedef struct jwt jwt_t;
typedef enum jwt_alg {
	JWT_ALG_NONE = 0, JWT_ALG_HS256, JWT_ALG_HS384, JWT_ALG_HS512,
	JWT_ALG_RS256, JWT_ALG_RS384, JWT_ALG_RS512, JWT_ALG_INVAL
} jwt_alg_t;
int jwt_new(jwt_t **jwt);
int jwt_decode(jwt_t **jwt, const char *token, const unsigned char *key, int key_len);
void jwt_free(jwt_t *jwt);
const char *jwt_get_grant(jwt_t *jwt, const char *grant);
long jwt_get_grant_int(jwt_t *jwt, const char *grant);
char *jwt_get_grants_json(jwt_t *jwt, const char *grant);
int jwt_add_grant(jwt_t *jwt, const char *grant, const char *val);
int jwt_add_grant_int(jwt_t *jwt, const char *grant, long val);
int jwt_add_grants_json(jwt_t *jwt, const char *json);
const char *jwt_get_header(jwt_t *jwt, const char *header);
int jwt_add_header(jwt_t *jwt, const char *header, const char *val);
int jwt_set_alg(jwt_t *jwt, jwt_alg_t alg, const unsigned char *key, int len);
char *jwt_encode_str(jwt_t *jwt);
void jwt_free_str(char *str);
#endif
