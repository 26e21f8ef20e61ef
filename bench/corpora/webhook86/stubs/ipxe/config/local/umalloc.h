/* Stand-in for the empty config/local/umalloc.h the iPXE build creates (no local overrides). Hand-written. */
