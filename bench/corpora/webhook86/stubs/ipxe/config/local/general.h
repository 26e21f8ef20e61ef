/* Stand-in for the empty config/local/general.h the iPXE build creates (no local overrides). Hand-written. */
