/* Hand-written declaration-only stand-in for pjproject's pjsip_ua.h (see pjlib.h). */
#ifndef STUB_PJSIP_UA_H
#define STUB_PJSIP_UA_H
#include <pjsip.h>
typedef struct pjsip_ua_init_param pjsip_ua_init_param;
pj_status_t pjsip_ua_init_module(pjsip_endpoint *endpt, const pjsip_ua_init_param *prm);
#endif
