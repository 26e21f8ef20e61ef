/* Hand-written stand-in for ACE ace/ACE_export.h (webhook73 corpus). */
#ifndef ACE_Export
#define ACE_Export
#endif
