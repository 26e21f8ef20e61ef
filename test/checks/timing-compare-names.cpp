// What names say about a compared value: a parameter named like what a
// client presented is the client's; a field's name, or a macro whose text
// is a key's name, is no secret; a project function that hashes a shared
// key into a buffer computes a MAC. A setting compared with its reloaded
// value, then set to it, is checked for a change, not for a client.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

// An API key file read line by line against what the client presented.
static bool read_api_key_file(FILE *filep, const char *presentedApiKey) {
  char workbuf[256];
  while (fgets(workbuf, sizeof(workbuf), filep)) {
    if (strcmp(presentedApiKey, workbuf) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'presentedApiKey' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return true;
  }
  return false;
}

// The same compare of an entry the caller has no secret's name for.
static bool read_name_file(FILE *filep, const char *wanted) {
  char workbuf[256];
  while (fgets(workbuf, sizeof(workbuf), filep))
    if (strcmp(wanted, workbuf) == 0)
      return true;
  return false;
}

// Fluent Bit's forward protocol: the server hashes the shared key with the
// client's salt and compares the hex digest with the client's.
static int hash_shared_key(const char *salt, const char *hostname, char *buf,
                           int buflen) {
  snprintf(buf, buflen, "%s%s", salt, hostname);
  return 0;
}
int check_ping(const char *salt, const char *hostname,
               const char *shared_key_digest) {
  char *serverside = (char *)malloc(128);
  if (hash_shared_key(salt, hostname, serverside, 128))
    return -1;
  if (strncmp(serverside, shared_key_digest, 128) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'serverside' is compared with 'strncmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// A hash table's key hashed into a buffer: a cache lookup, no MAC.
static void hash_key(const char *key, char *out);
int cache_hit(const char *cache_key, const char *entry_hash) {
  char buf[65];
  hash_key(cache_key, buf);
  return strcmp(buf, entry_hash) == 0;
}

// JSON field names of a credentials response: the macro's text and the
// parameter name the field a secret is read from.
#define RESPONSE_SECRET_KEY "SecretAccessKey"
int parse_credentials(const char *response, const int *starts, int n,
                      const char *session_token_field) {
  for (int i = 0; i < n; ++i) {
    const char *current_token = &response[starts[i]];
    size_t len = strlen(current_token);
    if (strncmp(current_token, RESPONSE_SECRET_KEY, len) == 0)
      return 1;
    if (strncmp(current_token, session_token_field, len) == 0)
      return 2;
  }
  return 0;
}

// A configured secret reloaded: compared with the fresh value, then set.
std::string read_setting(const char *key);
static std::string api_secret_storage = read_setting("api.secret");
void on_reload() {
  std::string api_secret_storage_tmp = read_setting("api.secret");
  if (api_secret_storage == api_secret_storage_tmp)
    return;
  api_secret_storage = api_secret_storage_tmp;
}
// Without the update it is a compare of two secrets.
bool same_secret(const std::string &secret_a) {
  std::string api_secret_copy = read_setting("api.secret");
  return api_secret_copy == secret_a;
  // CHECK: :[[@LINE-1]]:26: warning: the secret {{.*}} is compared with '=='{{.*}} [integration-timing-unsafe-compare]
}
