/* Stand-in for the empty config/local/settings.h the iPXE build creates (no local overrides). Hand-written. */
