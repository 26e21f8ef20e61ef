//===--- TlsVerificationDisabledCheck.cpp ---------------------------------===//
//
// The analysis is in lib/ (the models' tls_disabled rules and
// Rules/TlsVerificationDisabledRule); this check only adapts its findings.

#include "TlsVerificationDisabledCheck.h"
