/* Stand-in for the empty config/local/timer.h the iPXE build creates (no local overrides). Hand-written. */
