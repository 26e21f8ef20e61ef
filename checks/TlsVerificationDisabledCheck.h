//===--- TlsVerificationDisabledCheck.h -----------------------------------===//

#ifndef FAULTLINE_CHECKS_TLSVERIFICATIONDISABLEDCHECK_H
#define FAULTLINE_CHECKS_TLSVERIFICATIONDISABLEDCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds outbound TLS connections whose certificate or host-name
/// verification is turned off.
///
/// For the user-facing documentation see:
/// docs/checks/integration-tls-verification-disabled.md
class TlsVerificationDisabledCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
