/* Hand-written stand-in for the generated iscsi_scst_itf_ver.h (the Makefile writes a checksum of the interface). */
#define ISCSI_SCST_INTERFACE_VERSION ISCSI_VERSION_STRING "_" "0000000000000000000000000000000000000000"
