// C servers that keep bytes in a string object (GLib's GString): the proxy
// hashes the unscrambled password into one and compares its bytes, through a
// null-guarding macro, with the stored double hash by a length-checked
// helper. Not secrets: the user's name and the default database compared
// through the same macro and helper.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

typedef struct {
  char *str;
  size_t len;
  size_t allocated_len;
} GString;
GString *g_string_new(const char *init);
void g_string_free(GString *s, int free_segment);
int strleq(const char *a, size_t a_len, const char *b, size_t b_len);
#define S(x) (x) ? (x)->str : NULL, (x) ? (x)->len : 0

int proto_password_hash(GString *response, const char *password,
                        size_t password_len);
int proto_password_unscramble(GString *hashed_password, const char *challenge,
                              size_t challenge_len, const char *response,
                              size_t response_len, const char *double_hashed,
                              size_t double_hashed_len);

int proto_password_check(const char *challenge, size_t challenge_len,
                         const char *response, size_t response_len,
                         const char *double_hashed, size_t double_hashed_len) {
  GString *hashed_password = g_string_new(NULL);
  proto_password_unscramble(hashed_password, challenge, challenge_len,
                            response, response_len, double_hashed,
                            double_hashed_len);
  GString *step2 = g_string_new(NULL);
  proto_password_hash(step2, S(hashed_password));
  int is_same = strleq(S(step2), double_hashed, double_hashed_len);
  // CHECK: :[[@LINE-1]]:17: warning: the secret 'step2->str' is compared with 'strleq'{{.*}}[integration-timing-unsafe-compare]
  g_string_free(step2, 1);
  g_string_free(hashed_password, 1);
  return is_same;
}

typedef struct {
  GString *username;
  GString *default_db;
} auth_packet;

int same_login(const auth_packet *a, const char *user, size_t user_len,
               const char *db, size_t db_len) {
  return strleq(S(a->username), user, user_len) &&
         strleq(S(a->default_db), db, db_len);
}
