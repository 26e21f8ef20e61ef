/* Hand-written, declaration-only stand-in for ACE's ace/Basic_Types.h (webhook73 corpus; ACE is not installed):
   the fixed-width integer typedefs and format macros vmangos's Define.h / Common.h use, LP64 Linux. */
#ifndef W73_ACE_BASIC_TYPES_H
#define W73_ACE_BASIC_TYPES_H
#include <stdint.h>
#include <stddef.h>
typedef int8_t ACE_INT8;
typedef int16_t ACE_INT16;
typedef int32_t ACE_INT32;
typedef int64_t ACE_INT64;
typedef uint8_t ACE_UINT8;
typedef uint16_t ACE_UINT16;
typedef uint32_t ACE_UINT32;
typedef uint64_t ACE_UINT64;
#define ACE_SIZEOF_LONG 8
#define ACE_LITTLE_ENDIAN 0x0123
#define ACE_BIG_ENDIAN 0x3210
#define ACE_BYTE_ORDER ACE_LITTLE_ENDIAN
#define ACE_UINT64_FORMAT_SPECIFIER "%lu"
#define ACE_INT64_FORMAT_SPECIFIER "%ld"
#define ACE_SIZE_T_FORMAT_SPECIFIER "%zu"
#define ACE_UINT64_LITERAL(n) n ## ul
#define ACE_INT64_LITERAL(n) n ## l
#endif
