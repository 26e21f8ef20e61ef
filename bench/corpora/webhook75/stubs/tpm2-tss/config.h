/* Hand-written stand-in for the config.h that tpm2-tss's configure generates (webhook75 corpus; declarations
   and defines only). Only what the ESYS sources test for. */
#ifndef WH75_TPM2_TSS_CONFIG_H
#define WH75_TPM2_TSS_CONFIG_H
#define VERSION "4.1.3"
#define PACKAGE "tpm2-tss"
#define MAXLOGLEVEL 6
#define OSSL 1
#define HAVE_REALLOCARRAY 1
#endif
