/* Hand-written, declaration-only stand-in for <mongoc.h> (libmongoc-dev is not installed): only what the open5gs
   dbi / hss headers name. */
#ifndef MONGOC_H_STUB
#define MONGOC_H_STUB
#include <stdint.h>
#include <stdbool.h>
typedef struct _bson_t { uint32_t flags; uint32_t len; uint8_t padding[120]; } bson_t;
typedef struct _mongoc_change_stream_t mongoc_change_stream_t;
#define MONGOC_MAJOR_VERSION 1
#define MONGOC_MINOR_VERSION 23
#define MONGOC_MICRO_VERSION 1
#define MONGOC_CHECK_VERSION(major, minor, micro) \
  (MONGOC_MAJOR_VERSION > (major) || \
   (MONGOC_MAJOR_VERSION == (major) && MONGOC_MINOR_VERSION > (minor)) || \
   (MONGOC_MAJOR_VERSION == (major) && MONGOC_MINOR_VERSION == (minor) && MONGOC_MICRO_VERSION >= (micro)))
#endif
