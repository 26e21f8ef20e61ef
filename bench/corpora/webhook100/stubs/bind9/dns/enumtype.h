/* hand-written stand-in for BIND 9's generated dns/enumtype.h (lib/dns/gen.c
 * writes the dns_rdatatype_* enumerators); the files of this corpus name none. */
#pragma once
