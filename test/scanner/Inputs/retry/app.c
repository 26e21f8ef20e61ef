#include <unistd.h>
#include "api.h"

void poll_forever(void) {
  int offset = 0;
  while (1) {
    if (api_get_updates(offset) != 0) {
      sleep(1);
      continue;
    }
    offset++;
  }
}

int connect_retry(struct db_ops *ops, int tries) {
  for (int i = 0; i < tries; ++i) {
    if ((*ops->connect)(ops) == 0)
      return 0;
    sleep(1u << i);
  }
  return -1;
}

int connect_forever(struct db_ops *ops) {
  while ((*ops->connect)(ops) != 0)
    sleep(1);
  return 0;
}

/* A local function that does not call out: no retry. */
static int parse(int x) { return x > 0 ? 0 : -1; }
void local_loop(int x) {
  while (parse(x) != 0)
    x++;
}
