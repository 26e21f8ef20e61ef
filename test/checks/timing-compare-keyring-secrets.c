// A keyring's secret object compared with the PIN a client logs in with: the
// object's type says secret though the variable is named `login`. Not
// reported: a login name (an account) compared with another.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

typedef struct _KrSecret KrSecret;
struct _KrSecret {
  unsigned char *memory;
  size_t n_memory;
};
typedef struct _KrStorage KrStorage;
KrSecret *kr_storage_get_login(KrStorage *storage);
int kr_secret_equals(KrSecret *self, const unsigned char *pin, size_t n_pin);

typedef unsigned char *PIN_PTR;

int kr_module_login_user(KrStorage *storage, PIN_PTR pin, size_t n_pin) {
  KrSecret *login = kr_storage_get_login(storage);
  if (!login)
    return -1;
  if (!kr_secret_equals(login, pin, n_pin))
    // CHECK: :[[@LINE-1]]:8: warning: the secret 'login' is compared with 'kr_secret_equals'
    return 1;
  return 0;
}

struct account {
  const char *login;
};

int same_account(const struct account *a, const char *login) {
  return strcmp(a->login, login) == 0;
}
