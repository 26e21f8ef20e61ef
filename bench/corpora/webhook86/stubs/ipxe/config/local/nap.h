/* Stand-in for the empty config/local/nap.h the iPXE build creates (no local overrides). Hand-written. */
