/* Hand-written stand-in for the calendardir.h that pcp/Makefile.am generates (default paths, TIMEOUT 1800). */
#define CALENDARDIR "/var/lib/courier/calendar"
#define LOCKFILE CALENDARDIR "/50pcpdlocal.lock"
#define PIDFILE CALENDARDIR "/50pcpdlocal.pid"
#define RANDTOKENFILE CALENDARDIR "/50pcpdlocal.tokens"
#define PUBDIR CALENDARDIR "/public"
#define PRIVDIR CALENDARDIR "/private"
#define CACHEDIR "/var/cache/courier/calendar"
#define TIMEOUT 1800
