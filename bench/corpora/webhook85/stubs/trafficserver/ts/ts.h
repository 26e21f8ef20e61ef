/* Hand-written, declaration-only stand-in for Traffic Server's plugin API header ts/ts.h (the real one pulls the
   generated ts/apidefs.h); only the types and functions the url_sig plugin uses. */
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <sys/socket.h>

typedef struct tsapi_mbuffer *TSMBuffer;
typedef struct tsapi_mloc *TSMLoc;
typedef struct tsapi_httptxn *TSHttpTxn;

typedef enum { TS_ERROR = -1, TS_SUCCESS = 0 } TSReturnCode;
typedef enum { TS_PARSE_ERROR = -1, TS_PARSE_DONE = 0, TS_PARSE_CONT = 1 } TSParseResult;
typedef enum {
  TS_HTTP_STATUS_NONE = 0,
  TS_HTTP_STATUS_OK = 200,
  TS_HTTP_STATUS_MOVED_TEMPORARILY = 302,
  TS_HTTP_STATUS_FORBIDDEN = 403,
} TSHttpStatus;

void TSError(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *TSConfigDirGet(void);
char *_TSstrdup(const char *str, int64_t length, const char *path);
void TSfree(void *ptr);
#define TSstrdup(p)     _TSstrdup((p), -1, nullptr)
#define TSstrndup(p, n) _TSstrdup((p), (n), nullptr)

TSParseResult TSUrlParse(TSMBuffer bufp, TSMLoc offset, const char **start, const char *end);
char *TSUrlStringGet(TSMBuffer bufp, TSMLoc offset, int *length);
TSReturnCode TSUrlPathSet(TSMBuffer bufp, TSMLoc offset, const char *value, int length);
TSReturnCode TSUrlHttpQuerySet(TSMBuffer bufp, TSMLoc offset, const char *value, int length);
TSReturnCode TSHttpTxnPristineUrlGet(TSHttpTxn txnp, TSMBuffer *bufp, TSMLoc *url_loc);
struct sockaddr const *TSHttpTxnClientAddrGet(TSHttpTxn txnp);
void TSHttpTxnErrorBodySet(TSHttpTxn txnp, char *buf, size_t buflength, char *mimetype);
void TSHttpTxnStatusSet(TSHttpTxn txnp, TSHttpStatus status, std::string_view setter);
TSReturnCode TSBase64Decode(const char *str, size_t str_len, unsigned char *dst, size_t dst_size, size_t *length);

/* Debug control and the Dbg() macro (tsutil/DbgCtl.h in the real tree). */
class DbgCtl
{
public:
  explicit DbgCtl(const char *tag);
  bool on() const;
};
void DbgPrint(DbgCtl const &ctl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define Dbg(CTL, ...)            \
  do {                           \
    if ((CTL).on()) {            \
      DbgPrint(CTL, __VA_ARGS__); \
    }                            \
  } while (false)
