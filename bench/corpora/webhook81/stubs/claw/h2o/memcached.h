/* declaration-only stand-in (webhook81 stubs) */
#include <h2o.h>
typedef struct st_h2o_memcached_context_t h2o_memcached_context_t;
h2o_memcached_context_t *h2o_memcached_create_context(const char *host, uint16_t port, int text_protocol,
                                                      size_t num_threads, const char *prefix);
void h2o_memcached_receiver(h2o_multithread_receiver_t *receiver, void *messages);
void h2o_accept_setup_memcached_ssl_resumption(h2o_memcached_context_t *ctx, unsigned expiration);
