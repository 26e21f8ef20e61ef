/* Hand-written stand-in for TRE's <tre/regex.h> (libtre-dev is not installed). X3's nickserv uses only the POSIX
   regcomp/regexec/regerror/regfree API, which TRE's header re-exports; the system <regex.h> declares the same. */
#ifndef WEBHOOK72_STUB_TRE_REGEX_H
#define WEBHOOK72_STUB_TRE_REGEX_H
#include <regex.h>
#endif
