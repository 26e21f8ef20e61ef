/* Stand-in for the empty config/local/reboot.h the iPXE build creates (no local overrides). Hand-written. */
