/* Hand-written stand-in for libbson's generated bson/version.h. */
#ifndef BSON_VERSION_H
#define BSON_VERSION_H
#define BSON_MAJOR_VERSION (2)
#define BSON_MINOR_VERSION (0)
#define BSON_MICRO_VERSION (0)
#define BSON_PRERELEASE_VERSION ()
#define BSON_VERSION (2.0.0)
#define BSON_VERSION_S "2.0.0"
#define BSON_VERSION_HEX (BSON_MAJOR_VERSION << 24 | BSON_MINOR_VERSION << 16 | BSON_MICRO_VERSION << 8)
#define BSON_CHECK_VERSION(major, minor, micro) \
   (BSON_MAJOR_VERSION > (major) || (BSON_MAJOR_VERSION == (major) && BSON_MINOR_VERSION > (minor)) || \
    (BSON_MAJOR_VERSION == (major) && BSON_MINOR_VERSION == (minor) && BSON_MICRO_VERSION >= (micro)))
#endif
