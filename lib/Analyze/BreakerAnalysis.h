//===--- BreakerAnalysis.h - Which calls a circuit breaker guards ---------===//
//
// Breakers are recognised by shape (a class or function named like a
// breaker, with execute-, allow- or is-open-like members), or as the model
// declares them (`breakers`). A call is guarded when it runs inside the
// callable handed to an execute-like member (directly, in a lambda kept in
// a variable, or as a function named there), or when it is reached only
// when an admission check of a breaker passed. A breaker keyed by a service
// (`breakers_["payments"]`, `registry.get(url)`) guards only calls to that
// service, as far as the code tells.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_BREAKERANALYSIS_H
#define FAULTLINE_ANALYZE_BREAKERANALYSIS_H

#include "Analyze/CallSummary.h"
#include "Analyze/TimeoutAnalysis.h"
#include "Recognize/Facts.h"
#include "Rules/Finding.h"

#include <memory>
#include <string>
#include <vector>

namespace faultline {

/// A call of a breaker's API.
struct BreakerUse {
  enum KindType { Execute, Admit, Open, Check, State } Kind = Execute;
  const clang::Expr *Call = nullptr;
  const clang::Expr *Callable = nullptr; // Execute
  const clang::Expr *Key = nullptr;      // the service it is for
  std::string Name;                      // CircuitBreaker::execute
  clang::SourceLocation Loc;
};

/// One record per outbound call and per call of a project function that
/// calls out, with where it is made (Loc) for the finding.
struct BreakerCallRecord {
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  BreakerRecord Record;
};

struct BreakerOptions {
  /// Glob patterns of hosts that are part of the system itself.
  std::vector<std::string> InternalHosts = {
      "localhost", "*.localhost", "127.*", "::1", "[::1]", "0.0.0.0"};
};

class BreakerAnalysis {
public:
  BreakerAnalysis(clang::ASTContext &Ctx, const TUFacts &Facts, const Model &M,
                  const CallSummary &Calls, const TimeoutAnalysis &Timeouts,
                  const BreakerOptions &Opts);
  ~BreakerAnalysis();

  /// Every record of the TU (empty when nothing calls out).
  const std::vector<BreakerCallRecord> &records() const;
  /// The breaker guarding an outbound call where it is made, or null.
  const BreakerUse *guardOf(const Site &S) const;

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

} // namespace faultline

#endif
