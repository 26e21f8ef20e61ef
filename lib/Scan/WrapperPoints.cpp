//===--- WrapperPoints.cpp ------------------------------------------------===//

#include "Scan/WrapperPoints.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace faultline {
namespace {

/// Where a call starts: points and records of one call share it.
std::tuple<std::string, unsigned, unsigned> placeOf(const TextLocation &L) {
  return {L.File, L.Line, L.Column};
}

/// "'CircuitBreaker::allow' at pay.cpp:12" -> "CircuitBreaker::allow".
std::string guardName(llvm::StringRef GuardText) {
  if (GuardText.consume_front("'"))
    return GuardText.take_until([](char C) { return C == '\''; }).str();
  return GuardText.str();
}

/// One value when the reached calls agree, else all of them.
std::string agreed(std::set<std::string> Values, llvm::StringRef Separator) {
  Values.erase("");
  if (Values.empty())
    return "";
  return llvm::join(Values, Separator);
}

/// The weakest bound among the reached calls: what a caller can count on.
std::string weakestTimeout(const std::set<std::string> &Timeouts) {
  if (Timeouts.size() == 1)
    return *Timeouts.begin();
  for (llvm::StringRef Worst : {"missing", "infinite", "unknown"})
    for (const std::string &T : Timeouts)
      if (llvm::StringRef(T).starts_with(Worst))
        return T;
  for (const std::string &T : Timeouts)
    if (llvm::StringRef(T).contains("excessive"))
      return T;
  for (const std::string &T : Timeouts)
    if (llvm::StringRef(T).starts_with("default"))
      return T;
  return Timeouts.empty() ? "missing" : *Timeouts.begin();
}

} // namespace

void addWrapperPoints(std::vector<ReportedPoint> &Points,
                      const SettledCalls &Calls) {
  // Outbound library calls by the function they are in.
  std::map<std::string, std::vector<size_t>> RawIn;
  for (size_t I = 0; I < Points.size(); ++I)
    if (Points[I].Direction == "outbound" && Points[I].Via.empty() &&
        !Points[I].FunctionUSR.empty())
      RawIn[Points[I].FunctionUSR].push_back(I);
  std::map<std::string, std::vector<size_t>> CallsIn;
  for (size_t I = 0; I < Calls.Records.size(); ++I) {
    const BreakerRecord &R = Calls.Records[I].Breaker;
    if (!R.Callee.empty() && !R.Function.empty())
      CallsIn[R.Function].push_back(I);
  }

  // The library calls a function reaches, through its callees.
  std::map<std::string, std::set<size_t>> Memo;
  std::set<std::string> InProgress;
  std::function<const std::set<size_t> &(const std::string &)> Reach =
      [&](const std::string &F) -> const std::set<size_t> & {
    static const std::set<size_t> None;
    auto M = Memo.find(F);
    if (M != Memo.end())
      return M->second;
    if (!InProgress.insert(F).second)
      return None; // recursion: the other path collects it
    std::set<size_t> Acc;
    auto Raw = RawIn.find(F);
    if (Raw != RawIn.end())
      Acc.insert(Raw->second.begin(), Raw->second.end());
    auto C = CallsIn.find(F);
    if (C != CallsIn.end())
      for (size_t I : C->second) {
        const std::set<size_t> &Sub = Reach(Calls.Records[I].Breaker.Callee);
        Acc.insert(Sub.begin(), Sub.end());
      }
    InProgress.erase(F);
    return Memo.emplace(F, std::move(Acc)).first->second;
  };

  // Where a function's calls go, when they all go to one place: its
  // library calls' targets and the URLs it hands to other wrappers
  // (`payments_charge()` calls `post("https://pay...")`).
  auto UrlHere = [](const BreakerRecord &R) {
    return llvm::any_of(R.Systems, [](const std::string &S) {
      return llvm::StringRef(S).starts_with("host|");
    });
  };
  std::map<std::string, std::string> TargetMemo;
  std::function<std::string(const std::string &)> TargetOf =
      [&](const std::string &F) -> std::string {
    auto M = TargetMemo.find(F);
    if (M != TargetMemo.end())
      return M->second;
    TargetMemo[F] = "?"; // recursion
    std::set<std::string> Known;
    auto Raw = RawIn.find(F);
    if (Raw != RawIn.end())
      for (size_t K : Raw->second)
        Known.insert(Points[K].Target);
    auto C = CallsIn.find(F);
    if (C != CallsIn.end())
      for (size_t I : C->second) {
        const BreakerRecord &R = Calls.Records[I].Breaker;
        if (Reach(R.Callee).empty())
          continue;
        Known.insert(UrlHere(R) ? R.SystemName : TargetOf(R.Callee));
      }
    if (Known.size() > 1)
      Known.erase("?");
    std::string T = Known.size() == 1 ? *Known.begin() : "?";
    TargetMemo[F] = T;
    return T;
  };

  // The breaker column of library calls from the join.
  std::map<std::tuple<std::string, unsigned, unsigned>, std::vector<size_t>>
      PointsAt;
  for (size_t I = 0; I < Points.size(); ++I)
    if (Points[I].Direction == "outbound" && Points[I].Via.empty())
      PointsAt[placeOf(Points[I].Loc)].push_back(I);
  for (size_t I = 0; I < Calls.Records.size(); ++I) {
    const ReportedFinding &F = Calls.Records[I];
    const BreakerVerdict &V = Calls.Verdicts[I];
    if (!F.Breaker.Callee.empty() || !V.Covered || F.Breaker.Guarded)
      continue;
    auto It = PointsAt.find(placeOf(F.Loc));
    if (It != PointsAt.end())
      for (size_t K : It->second)
        if (Points[K].Breaker == "none")
          Points[K].Breaker = guardName(V.Guard) + " (at every caller)";
  }

  std::vector<ReportedPoint> Added;
  for (size_t I = 0; I < Calls.Records.size(); ++I) {
    const ReportedFinding &F = Calls.Records[I];
    const BreakerRecord &R = F.Breaker;
    if (R.Callee.empty() || R.Dispatch || F.Loc.Line == 0)
      continue;
    const std::set<size_t> &Reached = Reach(R.Callee);
    if (Reached.empty())
      continue;
    std::set<std::string> Libraries, Protocols, Operations, Timeouts, Retries,
        Auths;
    bool TlsOff = false;
    for (size_t K : Reached) {
      const ReportedPoint &Inner = Points[K];
      Libraries.insert(Inner.Library);
      Protocols.insert(Inner.Protocol);
      Operations.insert(Inner.Operation);
      Timeouts.insert(Inner.Timeout);
      Retries.insert(Inner.Retry);
      Auths.insert(Inner.Auth);
      TlsOff |= Inner.TlsVerificationDisabled;
    }
    ReportedPoint P;
    P.Loc = F.Loc;
    P.Loc.EndLine = P.Loc.EndColumn = 0;
    P.Function = R.FunctionName;
    P.FunctionUSR = R.Function;
    P.Via = R.CalleeName;
    P.Direction = "outbound";
    P.Library = agreed(Libraries, ", ");
    P.Protocol = agreed(Protocols, ", ");
    P.Operation = agreed(Operations, ", ");
    // The URL the call hands over names where it goes; else the wrapper's.
    P.Target = UrlHere(R) ? R.SystemName : TargetOf(R.Callee);
    P.Timeout = weakestTimeout(Timeouts);
    Retries.erase("none");
    P.Retry = Retries.empty() ? "none" : agreed(Retries, "; ");
    Auths.erase("none");
    P.Auth = Auths.empty() ? "none" : agreed(Auths, ", ");
    P.TlsVerificationDisabled = TlsOff;
    const BreakerVerdict &V = Calls.Verdicts[I];
    P.Breaker = !V.Covered  ? "none"
                : R.Guarded ? guardName(V.Guard)
                            : guardName(V.Guard) + " (at every caller)";
    Added.push_back(std::move(P));
  }
  Points.insert(Points.end(), Added.begin(), Added.end());
  std::sort(Points.begin(), Points.end());
  Points.erase(std::unique(Points.begin(), Points.end(),
                           [](const ReportedPoint &A, const ReportedPoint &B) {
                             return !(A < B) && !(B < A);
                           }),
               Points.end());
}

} // namespace faultline
