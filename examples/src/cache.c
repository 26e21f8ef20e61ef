#include <hiredis.h>
#include <sys/time.h>

/* The connect is bounded, the commands are not: redisSetTimeout is missing. */
int cache_order(const char *id) {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnectWithTimeout("127.0.0.1", 6379, tv);
  if (!c || c->err)
    return -1;
  redisReply *r = redisCommand(c, "SET order:%s pending", id);
  freeReplyObject(r);
  redisFree(c);
  return 0;
}
