/* Hand-written stand-in for the config.h that OpenDoas's ./configure writes (Linux/glibc, --without-pam,
 * i.e. the shadow(5) password path). */
#define UID_MAX 60000
#define GID_MAX 60000
#define HAVE_CRYPT_H 1
#define HAVE_EXPLICIT_BZERO
#define HAVE_EXECVPE
#define HAVE_SETRESUID
#define HAVE_SETRESGID
#define HAVE_REALLOCARRAY
#define HAVE_ERR_H
#define USE_SHADOW
#define DOAS_CONF "/etc/doas.conf"
