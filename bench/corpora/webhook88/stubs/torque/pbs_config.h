/* Hand-written stand-in for TORQUE's autoconf pbs_config.h (webhook88 corpus): Linux, glibc, only the defines
 * the parsed files test. */
#ifndef WEBHOOK88_TORQUE_PBS_CONFIG_H
#define WEBHOOK88_TORQUE_PBS_CONFIG_H
#define PACKAGE_VERSION "6.1.3"
#define PBS_VERSION "6.1.3"
#define PBS_SERVER_HOME "/var/spool/torque"
#define PBS_DEFAULT_FILE "/var/spool/torque/server_name"
#define PBS_ENVIRON "/var/spool/torque/pbs_environment"
#define SERVER_PRIV_HOME "/var/spool/torque/server_priv"
#define MOM_CHECKPOINT 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_POLL_H 1
#define HAVE_WORDEXP 1
#define HAVE_STDBOOL_H 1
#define HAVE_GETPWNAM_R 1
#define HAVE_STRUCT_STAT64 1
#define PBS_NET_MAX_CONNECTIONS 10240
#define _GNU_SOURCE 1
#define RPP 1
#define TRUE 1
#define FALSE 0
#endif
