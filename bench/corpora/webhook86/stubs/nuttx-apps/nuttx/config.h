/* Stand-in for NuttX's generated <nuttx/config.h> (hand-written, declaration-only): the few CONFIG_ values the
 * corpus TUs need, NuttX's FAR/CODE pointer qualifiers (empty on flat targets), and the timingsafe_bcmp
 * prototype that NuttX's <string.h> declares but glibc's does not. */
#ifndef W86_NUTTX_CONFIG_H
#define W86_NUTTX_CONFIG_H
#include <stddef.h>
#define FAR
#define NEAR
#define CODE
#define CONFIG_FSUTILS_PASSWD_PATH "/etc/passwd"
#define CONFIG_FSUTILS_PASSWD_IOBUFFER_SIZE 512
#define CONFIG_FTPD_VENDORID "NuttX"
#define CONFIG_FTPD_SERVERID "NuttX FTP Server"
#define CONFIG_FTPD_CMDBUFFERSIZE 128
#define CONFIG_FTPD_DATABUFFERSIZE 512
#define CONFIG_FTPD_WORKERSTACKSIZE 2048
#define CONFIG_CODECS_BASE64 1
/* NuttX <nuttx/compiler.h>, <sys/types.h>, <stdlib.h>, <string.h>, <pthread.h> items that glibc lacks or that
 * NuttX headers pull in transitively. */
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#define CONFIG_NET_IPv4 1
#define printf_like(a, b) __attribute__((format(printf, a, b)))
#define OK 0
#define ERROR (-1)
typedef void *(*pthread_startroutine_t)(void *);
void *zalloc(size_t size);
size_t strlcpy(char *dst, const char *src, size_t size);
int timingsafe_bcmp(const void *b1, const void *b2, size_t n);
#endif
