/* Hand-written compatibility header (webhook97 corpus), force-included (-include) after nothing else: Debian 12
 * packages wolfSSL 5.5.4, older than the wolfSSL the wolfSSH / wolfTPM snapshots are written against. Declares the
 * two newer wolfSSL names they use; nothing else. wc_ForceZero is declared only with WEBHOOK97_WC_FORCEZERO
 * (the SPDM sources, which do not reach wolftpm/tpm2_types.h's own fallback for wolfSSL < 5.8.4). */
#ifndef WEBHOOK97_WOLFSSL_COMPAT_H
#define WEBHOOK97_WOLFSSL_COMPAT_H
#include <stddef.h>
#ifndef WC_DO_NOTHING
#define WC_DO_NOTHING do { } while (0)
#endif
#ifdef WEBHOOK97_WC_FORCEZERO
#ifdef __cplusplus
extern "C" {
#endif
void wc_ForceZero(void* mem, size_t len);
#ifdef __cplusplus
}
#endif
#endif
#endif
