/* Hand-written stand-in for the config.h that Gnuk's configure generates from src/config.h.in (webhook80 corpus):
   no debug, no DFU, no pinpad, no certificate DO, life-cycle management on, 12-character serial string. */
#ifndef WEBHOOK80_GNUK_CONFIG_H
#define WEBHOOK80_GNUK_CONFIG_H
#define LIFE_CYCLE_MANAGEMENT_SUPPORT 1
#define SERIALNO_STR_LEN 12
#endif
