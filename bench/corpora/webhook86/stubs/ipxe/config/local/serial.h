/* Stand-in for the empty config/local/serial.h the iPXE build creates (no local overrides). Hand-written. */
