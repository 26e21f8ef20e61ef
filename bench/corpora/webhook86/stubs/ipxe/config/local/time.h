/* Stand-in for the empty config/local/time.h the iPXE build creates (no local overrides). Hand-written. */
