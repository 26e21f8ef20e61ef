/* hand-written stand-in for BIND 9's generated dns/rdatastruct.h: only the
 * (incomplete) rdata struct types the headers used by lib/isccc name */
#pragma once
typedef struct dns_rdata_ds dns_rdata_ds_t;
