/* Hand-written stand-in for wolfTPM's configure-generated wolftpm/options.h (webhook97 corpus).
 * Linux build with the software TPM socket transport and the firmware TPM (fwTPM) sources; no other options. */
#ifndef WOLFTPM_OPTIONS_H
#define WOLFTPM_OPTIONS_H
#ifndef WOLFTPM_SWTPM
#define WOLFTPM_SWTPM
#endif
#endif
