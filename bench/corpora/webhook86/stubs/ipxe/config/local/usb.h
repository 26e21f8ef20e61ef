/* Stand-in for the empty config/local/usb.h the iPXE build creates (no local overrides). Hand-written. */
