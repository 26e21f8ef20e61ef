//===--- WrapperPoints.h - Project wrappers as integration points ---------===//
//
// `PaymentClient::charge()` calls curl inside; the code that calls charge()
// is where the program talks to the payment system, so each call of a
// project function that reaches a library call is an integration point of
// its own in the inventory, with what the wrapper does carried up (library,
// timeout, retry, auth) and what the call site adds (the URL it passes, the
// breaker around it).
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_SCAN_WRAPPERPOINTS_H
#define FAULTLINE_SCAN_WRAPPERPOINTS_H

#include "Analyze/BreakerJoin.h"
#include "Scan/Report.h"

#include <vector>

namespace faultline {

/// The breaker records of the whole program, settled: every call of a
/// project function and every library call, with its verdict.
struct SettledCalls {
  std::vector<ReportedFinding> Records;
  std::vector<BreakerVerdict> Verdicts;
};

/// Adds a point for each call of a project function that reaches an
/// outbound library call (through any depth of wrappers, virtual dispatch
/// included), and fills the breaker column of every outbound point from
/// the join (a call guarded by all its callers is guarded). Keeps \p Points
/// sorted and unique.
void addWrapperPoints(std::vector<ReportedPoint> &Points,
                      const SettledCalls &Calls);

} // namespace faultline

#endif
