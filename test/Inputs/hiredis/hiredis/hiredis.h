/* Mock of hiredis' blocking API. */
struct timeval { long tv_sec; long tv_usec; };
typedef struct redisContext { int err; } redisContext;
redisContext *redisConnect(const char *ip, int port);
redisContext *redisConnectWithTimeout(const char *ip, int port, const struct timeval tv);
int redisSetTimeout(redisContext *c, const struct timeval tv);
void *redisCommand(redisContext *c, const char *format, ...);
void redisFree(redisContext *c);
