/* Stand-in for the empty config/local/entropy.h the iPXE build creates (no local overrides). Hand-written. */
