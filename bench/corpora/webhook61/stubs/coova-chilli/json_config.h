/* Hand-written stand-in for the json_config.h that configure generates from json/json_config.h.in. */
#define JSON_C_HAVE_INTTYPES_H 1
