/* declaration-only stand-in (webhook81 stubs) */
#include <h2o.h>
extern const h2o_iovec_t *h2o_http2_alpn_protocols;
extern const char *h2o_http2_npn_protocols;
