/* Hand-written stand-in for the generated pg_config_ext.h (PG 18 keeps it almost empty). */
#ifndef PG_CONFIG_EXT_H_STUB
#define PG_CONFIG_EXT_H_STUB
#endif
