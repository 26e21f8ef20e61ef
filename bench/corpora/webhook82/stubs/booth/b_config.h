/* Hand-written stand-in for booth's configure-generated src/b_config.h: the gcrypt HMAC backend (libgcrypt-dev
 * headers are installed), libqb logging. */
#ifndef WEBHOOK82_BOOTH_B_CONFIG_H
#define WEBHOOK82_BOOTH_B_CONFIG_H
#define HAVE_LIBGCRYPT 1
#define LOGGING_LIBQB 1
#endif
