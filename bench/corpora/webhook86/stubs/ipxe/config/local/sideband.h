/* Stand-in for the empty config/local/sideband.h the iPXE build creates (no local overrides). Hand-written. */
