/* Hand-written stand-in (webhook97 corpus) for the wolfSSL user_settings.h of wolfSSH's Renesas CS+ demo (the real
 * one, ide/Renesas/cs+/common/user_settings.h, targets the RX compiler). Takes Debian's wolfSSL 5.5.4 build options,
 * keeps the old SHA-256 names the demo uses, and builds without a file system as the board does. */
#ifndef WEBHOOK97_RENESAS_USER_SETTINGS_H
#define WEBHOOK97_RENESAS_USER_SETTINGS_H
#include <wolfssl/options.h>
#undef NO_OLD_SHA_NAMES
#undef NO_OLD_WC_NAMES
#ifndef NO_FILESYSTEM
#define NO_FILESYSTEM
#endif
#endif
