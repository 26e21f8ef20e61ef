/* Hand-written stand-in for libqb's <qb/qblog.h> (libqb-dev is not installed): the one constant corosync's
 * logsys.h uses when LOGSYS_UTILS_ONLY is defined. */
#ifndef WEBHOOK82_QBLOG_H
#define WEBHOOK82_QBLOG_H
#include <syslog.h>
#define LOG_TRACE (LOG_DEBUG + 1)
#endif
