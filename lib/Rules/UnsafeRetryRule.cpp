//===--- UnsafeRetryRule.cpp - Retries that can storm a failing system ----===//
//
// A retry without a limit never gives up; one without a wait hammers a
// system that is already failing; a fixed wait makes every client retry in
// lock-step, and without jitter they stay synchronised.

#include "Faultline.h"
#include "Rules/Rules.h"

#include <fmt/format.h>

#include <set>

using namespace clang;

namespace faultline {

static const char *waitName(RetryWait W) {
  switch (W) {
  case RetryWait::None:
    return "none";
  case RetryWait::Fixed:
    return "fixed";
  case RetryWait::Growing:
    return "growing";
  case RetryWait::ServerDirected:
    return "server-directed";
  }
  return "none";
}

void placeRetryFinding(Finding &F, const RetryPoint &P,
                       const char *RetriedNote) {
  if (P.Mechanism == RetryMechanism::Recursion) {
    F.Loc = P.RegionLoc;
    F.Range = SourceRange(P.RegionLoc);
    F.Notes.push_back({P.Loc, RetriedNote});
    return;
  }
  F.Notes.push_back({P.RegionLoc, fmt::format("retried by this {}", P.Region)});
}

void runUnsafeRetry(const std::vector<RetryPoint> &Points,
                    const AnalysisOptions &Opts, std::vector<Finding> &Out) {
  std::set<SourceLocation> Recursions;
  for (const RetryPoint &P : Points) {
    if (P.Mechanism == RetryMechanism::KafkaDefault)
      continue; // bounded by message.timeout.ms, waits retry.backoff.ms
    if (P.ResentBeforeFailure)
      continue; // said at the call whose failure repeats the attempt
    bool Unbounded = P.Bound != RetryBound::Bounded;
    bool NoWait = P.Wait == RetryWait::None;
    bool FixedWait = P.Wait == RetryWait::Fixed;
    bool NoJitter = !P.Jitter && (P.Wait == RetryWait::Growing ||
                                  P.Wait == RetryWait::Fixed);
    if (!Unbounded && !NoWait &&
        !(Opts.ReportFixedBackoff && (FixedWait || NoJitter)))
      continue;
    std::vector<std::string> Problems;
    if (Unbounded)
      Problems.push_back(
          P.Bound == RetryBound::Conditional
              ? fmt::format("never gives up when '{}' is 0", P.ConditionalOn)
              : "has no limit on attempts or time");
    if (NoWait)
      Problems.push_back("does not wait between attempts");
    else if (Opts.ReportFixedBackoff && FixedWait)
      Problems.push_back("waits a fixed time that does not grow");
    if (Opts.ReportFixedBackoff && NoJitter && !NoWait)
      Problems.push_back("has no jitter");
    std::string Text;
    for (size_t I = 0; I < Problems.size(); ++I)
      Text += (I == 0                     ? ""
               : I + 1 == Problems.size() ? " and "
                                          : ", ") +
              Problems[I];
    bool ReportShape = Opts.ReportFixedBackoff;
    std::vector<std::string> Fixes;
    if (Unbounded)
      Fixes.push_back("cap the attempts (or the total time)");
    if (NoWait || (ReportShape && FixedWait))
      Fixes.push_back("wait between attempts with exponential backoff");
    if (NoWait || (ReportShape && NoJitter))
      Fixes.push_back("add random jitter to the wait");
    std::string Fix;
    for (size_t I = 0; I < Fixes.size(); ++I)
      Fix += (I == 0 ? "" : I + 1 == Fixes.size() ? " and " : ", ") + Fixes[I];

    Finding F;
    F.Check = UnsafeRetryCheck;
    F.Level = Unbounded || NoWait ? Severity::Warning : Severity::Note;
    F.Loc = P.Loc;
    F.Range = P.Range;
    // A recursion is fixed where it recurses (a count of attempts left):
    // said there, once, with the retried call as a note.
    if (P.Mechanism == RetryMechanism::Recursion &&
        !Recursions.insert(P.RegionLoc).second)
      continue;
    if (P.Mechanism == RetryMechanism::LibraryAuto) {
      // The library's loop is not in the code: say what it does and how to
      // bound it with the library's own means.
      F.Message = fmt::format("{} repeats every failed {} and {}; {}", P.Region,
                              P.Operation, Text, P.Fix.empty() ? Fix : P.Fix);
    } else {
      F.Message = fmt::format("'{}' is retried by the {}, which {}; {}",
                              P.Callee, P.Region, Text, Fix);
      placeRetryFinding(F, P, "the call that is retried");
    }
    if (P.WaitLoc.isValid() && !NoWait)
      F.Notes.push_back({P.WaitLoc, "the wait between attempts"});
    F.Properties["mechanism"] = mechanismName(P.Mechanism);
    F.Properties["bounded"] = Unbounded ? "no" : "yes";
    F.Properties["wait"] = waitName(P.Wait);
    F.Properties["jitter"] = P.Jitter ? "yes" : "no";
    if (!P.Operation.empty())
      F.Properties["operation"] = P.Operation;
    if (P.Lib)
      F.Properties["library"] = P.Lib->Name;
    F.OpenCallees.assign(P.OpenCallees.begin(), P.OpenCallees.end());
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
