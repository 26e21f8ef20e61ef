/* Stand-in for the empty config/local/ioapi.h the iPXE build creates (no local overrides). Hand-written. */
