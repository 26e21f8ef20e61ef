//===--- MissingCircuitBreakerCheck.h ---------------------------*- C++ -*-===//

#ifndef FAULTLINE_CHECKS_MISSINGCIRCUITBREAKERCHECK_H
#define FAULTLINE_CHECKS_MISSINGCIRCUITBREAKERCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds outbound calls that no circuit breaker guards, to systems that a
/// breaker guards elsewhere in the translation unit or that the model
/// requires one for.
///
/// For the user-facing documentation see:
/// docs/checks/integration-missing-circuit-breaker.md
class MissingCircuitBreakerCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
