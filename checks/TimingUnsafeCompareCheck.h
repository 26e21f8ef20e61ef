//===--- TimingUnsafeCompareCheck.h
//-----------------------------------------===//

#ifndef FAULTLINE_CHECKS_TIMINGUNSAFECOMPARECHECK_H
#define FAULTLINE_CHECKS_TIMINGUNSAFECOMPARECHECK_H

#include "IntegrationCheck.h"

namespace clang::tidy::integration {

/// Finds MACs, signatures and secret tokens compared with ==, memcmp, strcmp
/// and the like instead of a constant-time comparison.
///
/// For the user-facing documentation see:
/// docs/checks/integration-timing-unsafe-compare.md
class TimingUnsafeCompareCheck : public IntegrationCheck {
public:
  using IntegrationCheck::IntegrationCheck;
};

} // namespace clang::tidy::integration

#endif
