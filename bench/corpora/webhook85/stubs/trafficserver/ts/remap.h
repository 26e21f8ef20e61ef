/* Hand-written, declaration-only stand-in for Traffic Server's ts/remap.h (remap plugin entry points). */
#pragma once
#include "ts/ts.h"

struct TSRemapInterface {
  unsigned long size;
  unsigned long tsremap_version;
};

typedef struct _tm_remap_request_info {
  TSMLoc    requestUrl;
  TSMBuffer requestBufp;
  TSMLoc    requestHdrp;
  int       redirect;
} TSRemapRequestInfo;

typedef enum {
  TSREMAP_NO_REMAP       = 0,
  TSREMAP_DID_REMAP      = 1,
  TSREMAP_NO_REMAP_STOP  = 2,
  TSREMAP_DID_REMAP_STOP = 3,
  TSREMAP_ERROR          = -1,
} TSRemapStatus;

extern "C" TSReturnCode TSRemapInit(TSRemapInterface *api_info, char *errbuf, int errbuf_size);
extern "C" TSReturnCode TSRemapNewInstance(int argc, char *argv[], void **ih, char *errbuf, int errbuf_size);
extern "C" void TSRemapDeleteInstance(void *ih);
extern "C" TSRemapStatus TSRemapDoRemap(void *ih, TSHttpTxn txn, TSRemapRequestInfo *rri);
