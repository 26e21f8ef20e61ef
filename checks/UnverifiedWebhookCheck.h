//===--- UnverifiedWebhookCheck.h
//-------------------------------------------===//

#ifndef FAULTLINE_CHECKS_UNVERIFIEDWEBHOOKCHECK_H
#define FAULTLINE_CHECKS_UNVERIFIEDWEBHOOKCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds inbound webhook handlers that never verify the request signature (or
/// whose check does not gate the processing), and verified ones without
/// replay protection.
///
/// For the user-facing documentation see:
/// docs/checks/integration-unverified-webhook.md
class UnverifiedWebhookCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
