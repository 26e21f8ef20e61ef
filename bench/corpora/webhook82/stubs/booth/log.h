/* Hand-written stand-in for booth's src/log.h (not materialized: the real one pulls in inline-fn.h -> config.h ->
 * booth.h -> glib.h, which is not installed). Declarations only: the log macros auth.c uses, and the libc headers
 * the real include chain provides. */
#ifndef _LOG_H
#define _LOG_H
#include "b_config.h"
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
void booth_stub_log(int prio, const char *fmt, ...);
#define log_debug(fmt, args...) booth_stub_log(LOG_DEBUG, fmt, ##args)
#define log_info(fmt, args...)  booth_stub_log(LOG_INFO, fmt, ##args)
#define log_warn(fmt, args...)  booth_stub_log(LOG_WARNING, fmt, ##args)
#define log_error(fmt, args...) booth_stub_log(LOG_ERR, fmt, ##args)
#endif
