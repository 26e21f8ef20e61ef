/* Stand-in for the empty config/local/colour.h the iPXE build creates (no local overrides). Hand-written. */
