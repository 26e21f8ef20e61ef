/* Stand-in for the empty config/local/dhcp.h the iPXE build creates (no local overrides). Hand-written. */
