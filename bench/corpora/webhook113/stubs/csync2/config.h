/* Hand-written stand-in for csync2's autoconf config.h (webhook113). */
#define PACKAGE "csync2"
#define PACKAGE_VERSION "2.0"
#define VERSION "2.0"
#define ETCDIR "/etc"
#define DBDIR "/var/lib/csync2"
#define HAVE_LIBGNUTLS 1
#define HAVE_SQLITE3 1
