/* Stand-in for the empty config/local/sanboot.h the iPXE build creates (no local overrides). Hand-written. */
