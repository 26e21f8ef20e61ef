//===--- UnsafeRetryCheck.h
//-------------------------------------------------===//

#ifndef FAULTLINE_CHECKS_UNSAFERETRYCHECK_H
#define FAULTLINE_CHECKS_UNSAFERETRYCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds retries of outbound calls without a limit or without a wait
/// between attempts (and, on request, with a fixed wait or no jitter).
///
/// For the user-facing documentation see:
/// docs/checks/integration-unsafe-retry.md
class UnsafeRetryCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
