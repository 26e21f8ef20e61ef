//===--- MissingCircuitBreakerRule.cpp - Calls no breaker guards ----------===//
//
// A circuit breaker stops calling a dependency that keeps failing, so its
// failures do not pile up in the caller. A breaker that guards some calls
// of a system and not others lets the unguarded ones keep hammering it.
// The rule emits one pending record per call; the join (BreakerJoin) keeps
// those that need a breaker: in the TU for clang-tidy, across the program
// in the scanner.

#include "Analyze/BreakerJoin.h"
#include "Faultline.h"
#include "Rules/Redact.h"
#include "Rules/Rules.h"

namespace faultline {

void runMissingCircuitBreaker(const BreakerAnalysis &B,
                              std::vector<Finding> &Out) {
  for (const BreakerCallRecord &CR : B.records()) {
    Finding F;
    F.Check = MissingCircuitBreakerCheck;
    F.Level = Severity::Warning;
    F.Loc = CR.Loc;
    F.Range = CR.Range;
    F.BreakerPending = true;
    F.Breaker = CR.Record;
    // Names quote URLs from the source: no credential leaves the tool.
    F.Breaker.SystemName = redactSecrets(F.Breaker.SystemName);
    Out.push_back(std::move(F));
  }
}

void settleBreakerFindings(std::vector<Finding> &Findings) {
  std::vector<const BreakerRecord *> Records;
  std::vector<size_t> Index;
  for (size_t I = 0; I < Findings.size(); ++I)
    if (Findings[I].BreakerPending) {
      Records.push_back(&Findings[I].Breaker);
      Index.push_back(I);
    }
  if (Records.empty())
    return;
  std::vector<BreakerVerdict> V = settleBreakers(Records, nullptr);
  std::vector<bool> Drop(Findings.size(), false);
  for (size_t K = 0; K < Index.size(); ++K) {
    Finding &F = Findings[Index[K]];
    if (!V[K].Report) {
      Drop[Index[K]] = true;
      continue;
    }
    F.Message = breakerMessage(F.Breaker, V[K]);
    F.Properties["system"] = V[K].SystemName;
    if (!V[K].GuardedElsewhere.empty())
      F.Properties["guarded_elsewhere"] = V[K].GuardedElsewhere;
    F.BreakerPending = false;
  }
  size_t W = 0;
  for (size_t I = 0; I < Findings.size(); ++I)
    if (!Drop[I]) {
      if (W != I)
        Findings[W] = std::move(Findings[I]);
      ++W;
    }
  Findings.resize(W);
}

} // namespace faultline
