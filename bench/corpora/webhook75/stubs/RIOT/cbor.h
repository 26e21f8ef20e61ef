/* Hand-written stand-in for tinycbor's cbor.h (a RIOT package fetched at build time; webhook75 corpus).
   ctap.c and the fido2 headers include it but use none of its declarations; only the basic types here. */
#ifndef WH75_CBOR_H
#define WH75_CBOR_H
#include <stddef.h>
#include <stdint.h>
typedef enum CborError { CborNoError = 0, CborUnknownError = 1 } CborError;
typedef struct CborEncoder CborEncoder;
typedef struct CborParser CborParser;
typedef struct CborValue CborValue;
#endif
