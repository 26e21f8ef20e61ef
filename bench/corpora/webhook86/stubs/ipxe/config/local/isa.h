/* Stand-in for the empty config/local/isa.h the iPXE build creates (no local overrides). Hand-written. */
