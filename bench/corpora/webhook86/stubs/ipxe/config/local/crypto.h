/* Stand-in for the empty config/local/crypto.h the iPXE build creates (no local overrides). Hand-written. */
