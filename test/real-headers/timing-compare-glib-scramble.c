// REQUIRES: glib-headers
// A MySQL proxy's login on GLib (Atlas, mysql-proxy): the answer a client
// must send is the stored password hash scrambled with the challenge the
// proxy sent; comparing it with the client's answer by GLib's
// `g_string_equal`, which stops at the first differing byte, is reported.
// The user name compared the same way is not.
// RUN: %tidy %s -- -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <glib.h>

typedef struct {
  GString *username;
  GString *response;
} auth_response;

typedef struct {
  GString *challenge;
  GHashTable *pwd_table;
  const char *admin_user;
} proxy_config;

// Defined in another file: MySQL's SHA1(challenge + SHA1(SHA1(password)))
// scramble.
int network_mysqld_proto_password_scramble(GString *response,
                                           const char *challenge,
                                           gsize challenge_len,
                                           const char *hashed_password,
                                           gsize hashed_password_len);

int check_login(proxy_config *config, auth_response *auth) {
  GString *admin = g_string_new(config->admin_user);
  if (!g_string_equal(auth->username, admin)) {
    g_string_free(admin, TRUE);
    return 0;
  }
  g_string_free(admin, TRUE);

  GString *hashed_password =
      g_hash_table_lookup(config->pwd_table, auth->username->str);
  if (!hashed_password)
    return 0;
  GString *expected_response = g_string_sized_new(20);
  network_mysqld_proto_password_scramble(
      expected_response, config->challenge->str, config->challenge->len,
      hashed_password->str, hashed_password->len);
  int ok = g_string_equal(expected_response, auth->response);
  // CHECK: :[[@LINE-1]]:12: warning: the computed MAC 'expected_response' is compared with 'g_string_equal'{{.*}}[integration-timing-unsafe-compare]
  g_string_free(expected_response, TRUE);
  return ok;
}
