//===--- NonIdempotentRetryCheck.h
//------------------------------------------===//

#ifndef FAULTLINE_CHECKS_NONIDEMPOTENTRETRYCHECK_H
#define FAULTLINE_CHECKS_NONIDEMPOTENTRETRYCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds retries of non-idempotent operations (POST, PATCH, mutating RPCs,
/// Kafka sends without idempotence) that carry no stable idempotency key.
///
/// For the user-facing documentation see:
/// docs/checks/integration-non-idempotent-retry.md
class NonIdempotentRetryCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
