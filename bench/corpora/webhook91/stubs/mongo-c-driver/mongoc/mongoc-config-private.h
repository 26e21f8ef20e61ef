/* Hand-written stand-in for libmongoc's generated mongoc-config-private.h. */
#ifndef MONGOC_CONFIG_PRIVATE_H
#define MONGOC_CONFIG_PRIVATE_H
#define MONGOC_CXX_COMPILER_ID "Clang"
#define MONGOC_CXX_COMPILER_VERSION "19"
#endif
