//===--- TimeoutAnalysis.h - Does a timeout reach each outbound call? -----===//

#ifndef FAULTLINE_ANALYZE_TIMEOUTANALYSIS_H
#define FAULTLINE_ANALYZE_TIMEOUTANALYSIS_H

#include "Recognize/Facts.h"

#include <optional>
#include <set>
#include <string>

namespace clang {
class ASTContext;
}

namespace faultline {

enum class TimeoutVerdict {
  Present,   // a finite bound reaches the call
  Default,   // only the library's finite default bounds it
  Missing,   // nothing bounds it
  Infinite,  // a setting that means "never"
  Excessive, // a bound above MaxTimeoutMs
  Unknown,   // the handle comes from code this TU cannot see
};

const char *verdictName(TimeoutVerdict V);

struct TimeoutResult {
  TimeoutVerdict Verdict = TimeoutVerdict::Unknown;
  /// The setting that decided the verdict (infinite/excessive/present).
  const TimeoutEvent *Evidence = nullptr;
  std::optional<int64_t> ValueMs;
  /// Settings that reach the handle but do not bound this call (a connect
  /// timeout before a transfer), for the message.
  std::vector<std::string> PartialNames;
  std::optional<int64_t> DefaultMs;
  /// Unknown because callers configure the handle through a setter that
  /// forwards the option (possibly in code out of sight): never missing.
  bool SetByCallers = false;
};

class TimeoutAnalysis {
public:
  TimeoutAnalysis(clang::ASTContext &Ctx, const TUFacts &Facts,
                  int64_t MaxTimeoutMs);

  /// Whether the site counts at all (client-only rules need a connect).
  bool isOutbound(const Site &S) const;

  TimeoutResult evaluate(const Site &S) const;

private:
  struct Reach {
    std::vector<const TimeoutEvent *> Events;
    bool Unknown = false;      // some path leads out of sight
    bool ResetSeen = false;    // a reset cleared earlier settings
    bool SetByCallers = false; // a member configured through a setter
  };
  struct CallerReach {
    std::vector<Reach> PerCaller;
  };

  void collect(const HandleKey &K, clang::SourceLocation At, unsigned Depth,
               Reach &Out) const;
  void collectParamSummary(const clang::FunctionDecl *Callee, unsigned Param,
                           unsigned Depth, Reach &Out) const;
  void collectReturned(const clang::Expr *Init, clang::SourceLocation At,
                       unsigned Depth, Reach &Out) const;
  bool isBefore(clang::SourceLocation A, clang::SourceLocation B) const;
  bool isOrdered(const HandleKey &K) const;
  bool recordIsComplete(const clang::FieldDecl *FD) const;
  /// The call's function resets the handle after the call.
  bool resetAfterIn(const Site &S) const;
  void keepOwnSettings(const Site &S, Reach &R) const;
  TimeoutResult judge(const Site &S, const Reach &R) const;

  clang::ASTContext &Ctx;
  const TUFacts &Facts;
  int64_t MaxTimeoutMs;
  std::multimap<HandleKey, const TimeoutEvent *> TimeoutsByKey;
  std::multimap<HandleKey, const InheritEvent *> AliasesByKey;
  std::multimap<HandleKey, const PassEvent *> PassesByKey;
  std::multimap<HandleKey, const InitEvent *> InitsByKey;
  std::multimap<HandleKey, const InheritEvent *> InheritsByKey;
  std::multimap<HandleKey, const ResetEvent *> ResetsByKey;
  std::multimap<std::pair<const clang::FunctionDecl *, unsigned>,
                const PassEvent *>
      PassesByCallee;
  llvm::DenseMap<const clang::Expr *, const Site *> SiteByCall;
  /// Handles a call built from a run-time connection string (a
  /// `pqxx::connection` from a configuration): what runs on them is unknown.
  std::set<HandleKey> OpaqueKeys;
};

} // namespace faultline

#endif
