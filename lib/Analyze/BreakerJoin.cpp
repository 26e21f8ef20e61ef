//===--- BreakerJoin.cpp --------------------------------------------------===//

#include "Analyze/BreakerJoin.h"

#include <fmt/format.h>

#include <functional>
#include <map>

namespace faultline {

std::vector<BreakerVerdict>
settleBreakers(const std::vector<const BreakerRecord *> &Records,
               const std::set<std::string> *CallsOut) {
  std::vector<BreakerVerdict> Out(Records.size());
  std::vector<bool> Live(Records.size(), true);
  std::map<std::string, std::vector<size_t>> CallersOf, RawIn, CallsIn;
  for (size_t I = 0; I < Records.size(); ++I) {
    const BreakerRecord &R = *Records[I];
    if (!R.Callee.empty()) {
      if (CallsOut && !CallsOut->count(R.Callee)) {
        Live[I] = false;
        continue;
      }
      CallersOf[R.Callee].push_back(I);
      if (!R.Guarded)
        CallsIn[R.Function].push_back(I);
    } else if (!R.Guarded) {
      // A call guarded where it is made adds nothing to its function's
      // callers: calling the function does not reach it unguarded.
      RawIn[R.Function].push_back(I);
    }
  }

  // Guarded functions: called, and guarded at every call (cycles: not).
  std::map<std::string, int> FnState; // 1 in progress, 2 yes, 3 no
  std::function<bool(const std::string &)> GuardedFn =
      [&](const std::string &F) -> bool {
    if (F.empty())
      return false;
    int &St = FnState[F];
    if (St == 1)
      return false;
    if (St)
      return St == 2;
    St = 1;
    auto It = CallersOf.find(F);
    bool All = It != CallersOf.end() && !It->second.empty();
    if (All)
      for (size_t I : It->second) {
        const BreakerRecord &C = *Records[I];
        if (!C.Guarded && !GuardedFn(C.Function)) {
          All = false;
          break;
        }
      }
    FnState[F] = All ? 2 : 3;
    return All;
  };

  // What a function reaches unguarded: its calls' systems, its callees', itself
  // as a wrapper; the first outbound call names it.
  std::map<std::string, std::pair<std::set<std::string>, std::string>> Memo;
  std::set<std::string> InProgress;
  std::function<const std::pair<std::set<std::string>, std::string> &(
      const std::string &)>
      SystemsOf = [&](const std::string &F)
      -> const std::pair<std::set<std::string>, std::string> & {
    auto M = Memo.find(F);
    if (M != Memo.end())
      return M->second;
    static const std::pair<std::set<std::string>, std::string> Empty;
    if (!InProgress.insert(F).second)
      return Empty;
    std::pair<std::set<std::string>, std::string> Acc;
    if (!RawIn[F].empty() || !CallsIn[F].empty())
      Acc.first.insert("wrapper|" + F);
    for (size_t I : RawIn[F]) {
      const BreakerRecord &R = *Records[I];
      Acc.first.insert(R.Systems.begin(), R.Systems.end());
      if (R.Required)
        Acc.first.insert("!required");
      if (Acc.second.empty())
        Acc.second = R.SystemName;
    }
    for (size_t I : CallsIn[F]) {
      const auto &Sub = SystemsOf(Records[I]->Callee);
      Acc.first.insert(Sub.first.begin(), Sub.first.end());
      if (Acc.second.empty())
        Acc.second = Sub.second;
    }
    InProgress.erase(F);
    return Memo.emplace(F, std::move(Acc)).first->second;
  };
  auto Reaches = [&](size_t I) {
    const BreakerRecord &R = *Records[I];
    if (R.Callee.empty()) {
      std::set<std::string> S(R.Systems.begin(), R.Systems.end());
      if (R.Required)
        S.insert("!required");
      return std::make_pair(S, R.SystemName);
    }
    auto Sub = SystemsOf(R.Callee);
    std::string Name = R.CalleeName;
    if (!Sub.second.empty())
      Name += " (" + Sub.second + ")";
    if (R.Required)
      Sub.first.insert("!required");
    return std::make_pair(Sub.first, Name);
  };

  // The breaker of a function guarded through its callers: the first
  // guarded call on the way up.
  std::function<std::string(const std::string &, int)> CallerGuard =
      [&](const std::string &F, int Depth) -> std::string {
    if (Depth > 16)
      return "";
    for (size_t I : CallersOf[F]) {
      const BreakerRecord &C = *Records[I];
      if (C.Guarded)
        return C.GuardText;
    }
    for (size_t I : CallersOf[F])
      if (std::string W = CallerGuard(Records[I]->Function, Depth + 1);
          !W.empty())
        return W;
    return "";
  };
  auto callerGuard = [&](const std::string &F) {
    std::string W = CallerGuard(F, 0);
    return W.empty() ? std::string("the breakers of its callers") : W;
  };

  // Systems some breaker guards, with the first place (in record order)
  // that says so.
  std::map<std::string, std::string> GuardedSystems;
  for (size_t I = 0; I < Records.size(); ++I) {
    if (!Live[I])
      continue;
    const BreakerRecord &R = *Records[I];
    Out[I].Covered = R.Guarded || GuardedFn(R.Function);
    if (!Out[I].Covered)
      continue;
    std::string Where = R.Guarded ? R.GuardText : callerGuard(R.Function);
    for (const std::string &S : Reaches(I).first)
      GuardedSystems.emplace(S, Where);
  }

  for (size_t I = 0; I < Records.size(); ++I) {
    if (!Live[I] || Out[I].Covered)
      continue;
    const BreakerRecord &R = *Records[I];
    // Judged where it is made, or at the calls of its function.
    if (R.Callee.empty() && CallersOf.count(R.Function))
      continue;
    if (!R.Callee.empty() && RawIn[R.Callee].empty())
      continue;
    auto [Systems, Name] = Reaches(I);
    Out[I].SystemName = Name;
    for (const std::string &S : Systems) {
      if (S == "!required") {
        Out[I].Report = true;
        continue;
      }
      auto G = GuardedSystems.find(S);
      if (G != GuardedSystems.end()) {
        Out[I].Report = true;
        if (Out[I].GuardedElsewhere.empty())
          Out[I].GuardedElsewhere = G->second;
      }
    }
  }
  return Out;
}

std::string breakerMessage(const BreakerRecord &R, const BreakerVerdict &V) {
  std::string What =
      R.Callee.empty() ? "call to " + V.SystemName : "call of " + V.SystemName;
  if (!V.GuardedElsewhere.empty())
    return fmt::format(
        "{} is not guarded by a circuit breaker, but the same system is "
        "guarded by {}; run this call through the breaker too, so a failing "
        "dependency is cut off at every call site",
        What, V.GuardedElsewhere);
  return fmt::format("{} is not guarded by a circuit breaker, which the "
                     "model requires for it (require_breaker); run it "
                     "through one",
                     What);
}

} // namespace faultline
