/* Stand-in for the empty config/local/fdt.h the iPXE build creates (no local overrides). Hand-written. */
