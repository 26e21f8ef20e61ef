/* webhook52 stub, written by hand: the four file locations tac_plus's configure substitutes into pathsl.h
 * (values chosen here, not copied). */
#ifndef PATHSL_H
#define PATHSL_H
#define TACPLUS_PIDFILE "/var/run/tac_plus.pid"
#define TACPLUS_ACCTFILE "/var/log/tac_plus.acct"
#define TACPLUS_LOGFILE "/var/log/tac_plus.log"
#define TACPLUS_WHOLOGFILE "/var/log/tac_plus.wtmp"
#endif
