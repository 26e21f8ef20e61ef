/* hand-written stand-in for BIND 9's generated dns/enumclass.h (lib/dns/gen.c
 * writes the dns_rdataclass_* enumerators); the files of this corpus name none. */
#pragma once
