/* Hand-written stand-in for Heimdal's autoconf config.h: nothing lib/roken/ct.c needs. */
