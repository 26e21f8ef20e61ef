/* Stand-in for the empty config/local/branding.h the iPXE build creates (no local overrides). Hand-written. */
