//===--- RetryAnalysis.h - Where outbound calls are retried, and how ------===//
//
// Finds re-executions of outbound calls after failure (loops, `goto retry`,
// recursion on the failure path, retry helpers, library retry settings) and
// describes each one: bound, wait between attempts, jitter, idempotence of
// the operation, idempotency key. The two retry rules turn these into
// findings; the inventory reads them as they are.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_RETRYANALYSIS_H
#define FAULTLINE_ANALYZE_RETRYANALYSIS_H

#include "Analyze/CallSummary.h"
#include "Recognize/Facts.h"

#include <set>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace faultline {

struct RetryOptions {
  /// gRPC methods that are safe to repeat (ECMAScript-like regex).
  std::string IdempotentRpcPattern =
      "^(Get|List|Read|Watch|Check|Delete|Describe|Lookup|Search|Query)";
  /// Header names that carry an idempotency key (case-insensitive).
  std::vector<std::string> IdempotencyHeaders = {
      "Idempotency-Key", "X-Idempotency-Key", "Idempotency_Key"};
};

enum class RetryMechanism {
  Loop,
  Goto,
  Recursion,
  Repeat,        // the same call written again on its failure path
  Helper,        // a project function that re-runs a callable
  KafkaDefault,  // a producer's own retries
  ServiceConfig, // a gRPC retryPolicy
  LibraryAuto,   // the library repeats failed connections (paho)
};
const char *mechanismName(RetryMechanism M);

enum class RetryBound { Bounded, Unbounded, Conditional };
enum class RetryWait { None, Fixed, Growing, ServerDirected };
enum class IdempotencyKey { None, Stable, PerAttempt };

struct RetryPoint {
  RetryMechanism Mechanism = RetryMechanism::Loop;
  clang::SourceLocation Loc; // the retried call (or the producer, config)
  clang::SourceRange Range;
  std::string Callee;              // as messages name it
  clang::SourceLocation RegionLoc; // the loop, goto, helper call, ...
  std::string Region;              // "loop", "'goto retry'", ...
  RetryBound Bound = RetryBound::Bounded;
  std::string ConditionalOn; // the limit that may be 0
  RetryWait Wait = RetryWait::None;
  bool Jitter = false;
  clang::SourceLocation WaitLoc;
  bool NotProcessedOnly = false; // retried only after 429 / Retry-After
  /// Sent again because a later call in the same attempt failed (the
  /// request written before the response that is checked): how the loop
  /// bounds and waits is reported at that later call.
  bool ResentBeforeFailure = false;
  bool NonIdempotent = false;
  std::string Operation; // "POST", "RPC CreateOrder", "produce"
  clang::SourceLocation OperationLoc;
  IdempotencyKey Key = IdempotencyKey::None;
  clang::SourceLocation KeyLoc;
  const LibraryModel *Lib = nullptr;
  std::string Fix; // library-specific advice (producers)
  std::string Detail;
  /// The retried call goes out only if another TU shows one of these USRs
  /// calls out; empty: known here.
  std::set<std::string> OpenCallees;
};

std::vector<RetryPoint> findRetries(clang::ASTContext &Ctx,
                                    const TUFacts &Facts,
                                    const CallSummary &Calls,
                                    const RetryOptions &Opts);

} // namespace faultline

#endif
