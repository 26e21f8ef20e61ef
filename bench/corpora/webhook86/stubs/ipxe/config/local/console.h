/* Stand-in for the empty config/local/console.h the iPXE build creates (no local overrides). Hand-written. */
