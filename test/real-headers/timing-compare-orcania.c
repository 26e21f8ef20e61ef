// REQUIRES: orcania-headers
// liborcania's `o_strcmp` and `o_strncmp` (glewlwyd's backends, ulfius)
// are NULL-safe wrappers of strcmp and strncmp: a password or a client
// secret compared with them stops at the first differing byte. Not
// secrets: a user's name, a client id. Over the real liborcania header.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=gnu11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <orcania.h>

struct mock_user {
  const char *username, *password;
};

int user_module_check_password(const struct mock_user *stored,
                               const char *username, const char *password) {
  if (o_strcmp(username, stored->username) != 0)
    return -1;
  return o_strcmp(password, stored->password) == 0 ? 0 : -1;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'password'{{.*}}[integration-timing-unsafe-compare]
}

struct mock_client {
  const char *client_id, *client_secret;
};

int client_module_check_password(const struct mock_client *stored,
                                 const char *client_id,
                                 const char *client_secret) {
  if (o_strncmp(client_id, stored->client_id, 64) != 0)
    return -1;
  return 0 == o_strcmp(client_secret, stored->client_secret);
  // CHECK: :[[@LINE-1]]:15: warning: {{.*}}[integration-timing-unsafe-compare]
}
