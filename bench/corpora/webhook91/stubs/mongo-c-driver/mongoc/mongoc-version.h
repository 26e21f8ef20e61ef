/* Hand-written stand-in for libmongoc's generated mongoc-version.h. */
#ifndef MONGOC_VERSION_H
#define MONGOC_VERSION_H
#define MONGOC_MAJOR_VERSION (2)
#define MONGOC_MINOR_VERSION (0)
#define MONGOC_MICRO_VERSION (0)
#define MONGOC_PRERELEASE_VERSION ()
#define MONGOC_VERSION (2.0.0)
#define MONGOC_VERSION_S "2.0.0"
#define MONGOC_VERSION_HEX (MONGOC_MAJOR_VERSION << 24 | MONGOC_MINOR_VERSION << 16 | MONGOC_MICRO_VERSION << 8)
#define MONGOC_CHECK_VERSION(major, minor, micro) \
   (MONGOC_MAJOR_VERSION > (major) || (MONGOC_MAJOR_VERSION == (major) && MONGOC_MINOR_VERSION > (minor)) || \
    (MONGOC_MAJOR_VERSION == (major) && MONGOC_MINOR_VERSION == (minor) && MONGOC_MICRO_VERSION >= (micro)))
#endif
