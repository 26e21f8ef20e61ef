/* Stand-in for the empty config/local/fault.h the iPXE build creates (no local overrides). Hand-written. */
