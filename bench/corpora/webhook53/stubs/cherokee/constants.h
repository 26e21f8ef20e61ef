/* Hand-written stand-in for the constants.h Cherokee's configure writes from constants.h.pre
 * (webhook53 corpus): marks the compilation as internal and gives the install directories of a
 * /usr prefix. */
#ifndef CHEROKEE_COMPILATION_CONSTANTS_H
#define CHEROKEE_COMPILATION_CONSTANTS_H
#define CHEROKEE_COMPILATION
#define PCRE_STATIC
#define CHEROKEE_PLUGINDIR  "/usr/lib/cherokee"
#define CHEROKEE_DEPSDIR    "/usr/share/cherokee/deps"
#define CHEROKEE_DATADIR    "/usr/share/cherokee"
#define CHEROKEE_DOCDIR     "/usr/share/doc/cherokee"
#define CHEROKEE_VAR_RUN    "/var/run"
#define CHEROKEE_FLCACHE    "/var/lib/cherokee/flcache"
#define CHEROKEE_RRD_DIR    "/var/lib/cherokee/graphs"
#define CHEROKEE_CONFDIR    "/etc/cherokee"
#define CHEROKEE_SERVER     "/usr/sbin/cherokee"
#define CHEROKEE_WORKER     "/usr/sbin/cherokee-worker"
#define CHEROKEE_ICONSDIR   "/usr/share/cherokee/icons"
#define CHEROKEE_THEMEDIR   "/usr/share/cherokee/themes"
#define CHEROKEE_PANIC_PATH "/usr/bin/cherokee-panic"
#endif
