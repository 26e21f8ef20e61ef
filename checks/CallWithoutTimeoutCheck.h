//===--- CallWithoutTimeoutCheck.h ----------------------------------------===//

#ifndef FAULTLINE_CHECKS_CALLWITHOUTTIMEOUTCHECK_H
#define FAULTLINE_CHECKS_CALLWITHOUTTIMEOUTCHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds outbound calls (HTTP, gRPC, Redis, PostgreSQL, sockets) that no
/// timeout or deadline bounds, or whose timeout is infinite or excessive.
///
/// For the user-facing documentation see:
/// docs/checks/integration-call-without-timeout.md
class CallWithoutTimeoutCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
