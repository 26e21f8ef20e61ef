/* Hand-written stand-in for kcgi's oconfigure-generated config.h (corpus webhook103): Linux/glibc 2.36 with libmd
 * (<md5.h>) and libbsd-style helpers; no OpenBSD crypt_newhash/crypt_checkpass, no <blf.h>, no timingsafe_bcmp,
 * no strtonum, so compats.c compiles its own copies of those (their prototypes are declared here, as oconfigure
 * does). */
#ifndef KCGI_CORPUS_CONFIG_H
#define KCGI_CORPUS_CONFIG_H
#define _GNU_SOURCE 1
#include <sys/types.h>
#include <stddef.h>
#include <stdint.h>
#define HAVE_ARC4RANDOM 1
#define HAVE_B64_NTOP 1
#define HAVE_BLOWFISH 0
#define HAVE_CAPSICUM 0
#define HAVE_CRYPT_NEWHASH 0
#define HAVE_ERR 1
#define HAVE_EXPLICIT_BZERO 1
#define HAVE_FTS 1
#define HAVE_GETEXECNAME 0
#define HAVE_GETPROGNAME 0
#define HAVE_PROGRAM_INVOCATION_SHORT_NAME 1
#define HAVE___PROGNAME 1
#define HAVE_MD5 1
#define HAVE_MEMMEM 1
#define HAVE_MEMRCHR 1
#define HAVE_MEMSET_S 0
#define HAVE_MKFIFOAT 1
#define HAVE_MKNODAT 1
#define HAVE_PLEDGE 0
#define HAVE_READPASSPHRASE 1
#define HAVE_REALLOCARRAY 1
#define HAVE_RECALLOCARRAY 1
#define HAVE_SANDBOX_INIT 0
#define HAVE_SCAN_SCALED 1
#define HAVE_SECCOMP_FILTER 1
#define HAVE_SETRESGID 1
#define HAVE_SETRESUID 1
#define HAVE_SHA2 1
#define HAVE_SOCK_NONBLOCK 1
#define HAVE_STRLCAT 1
#define HAVE_STRLCPY 1
#define HAVE_STRNDUP 1
#define HAVE_STRNLEN 1
#define HAVE_STRTONUM 0
#define HAVE_TIMINGSAFE_BCMP 0
#define HAVE_UNVEIL 0
#define HAVE_WAIT_ANY 1

#ifndef INFTIM
#define INFTIM (-1)
#endif
#ifndef _PASSWORD_LEN
#define _PASSWORD_LEN 128
#endif
const char *getprogname(void);

/* Blowfish (OpenBSD <blf.h> API) */
#define BLF_N 16
typedef struct BlowfishContext {
	uint32_t S[4][256];
	uint32_t P[BLF_N + 2];
} blf_ctx;
void Blowfish_encipher(blf_ctx *, uint32_t *, uint32_t *);
void Blowfish_decipher(blf_ctx *, uint32_t *, uint32_t *);
void Blowfish_initstate(blf_ctx *);
void Blowfish_expand0state(blf_ctx *, const uint8_t *, uint16_t);
void Blowfish_expandstate(blf_ctx *, const uint8_t *, uint16_t, const uint8_t *, uint16_t);
uint32_t Blowfish_stream2word(const uint8_t *, uint16_t, uint16_t *);
void blf_key(blf_ctx *, const uint8_t *, uint16_t);
void blf_enc(blf_ctx *, uint32_t *, uint16_t);
void blf_dec(blf_ctx *, uint32_t *, uint16_t);
void blf_ecb_encrypt(blf_ctx *, uint8_t *, uint32_t);
void blf_ecb_decrypt(blf_ctx *, uint8_t *, uint32_t);
void blf_cbc_encrypt(blf_ctx *, uint8_t *, uint8_t *, uint32_t);
void blf_cbc_decrypt(blf_ctx *, uint8_t *, uint8_t *, uint32_t);

int crypt_checkpass(const char *, const char *);
int crypt_newhash(const char *, const char *, char *, size_t);
long long strtonum(const char *, long long, long long, const char **);
int timingsafe_bcmp(const void *, const void *, size_t);
/* glibc has these under other guards; declared as libbsd would */
size_t strlcpy(char *, const char *, size_t);
size_t strlcat(char *, const char *, size_t);
void *reallocarray(void *, size_t, size_t);
void *recallocarray(void *, size_t, size_t, size_t);
#endif
