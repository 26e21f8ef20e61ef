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
  // A virtual method calls out when an override does, and so does every
  // function that reaches it: the call graph the caller built knows no
  // overrides, so the closure is taken again over the records.
  std::set<std::string> Out2;
  // An interface method (`ILlmClient::Chat`) with no implementation in
  // view is judged as a system of its own: where the code base runs it
  // under a breaker, it is a remote call by the code's own account. One
  // with implementations in view calls out only if they do.
  std::set<std::string> Implemented;
  for (const BreakerRecord *R : Records)
    if (R->Dispatch)
      Implemented.insert(R->Function);
  auto Interface = [&](const BreakerRecord &R) {
    return R.CalleeOpaque && !Implemented.count(R.Callee);
  };
  if (CallsOut) {
    Out2 = *CallsOut;
    for (const BreakerRecord *R : Records)
      if (Interface(*R))
        Out2.insert(R->Callee);
    std::map<std::string, std::vector<const std::string *>> Callers;
    for (const BreakerRecord *R : Records)
      if (!R->Callee.empty() && !R->Function.empty())
        Callers[R->Callee].push_back(&R->Function);
    std::vector<std::string> Work(Out2.begin(), Out2.end());
    while (!Work.empty()) {
      std::string F = std::move(Work.back());
      Work.pop_back();
      for (const std::string *Caller : Callers[F])
        if (Out2.insert(*Caller).second)
          Work.push_back(*Caller);
    }
    CallsOut = &Out2;
  }
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
    bool All = false;
    if (It != CallersOf.end())
      for (size_t I : It->second)
        // A function calling itself (a retry) enters no new way in.
        All |= Records[I]->Function != F;
    if (All)
      for (size_t I : It->second) {
        const BreakerRecord &C = *Records[I];
        if (C.Function == F)
          continue;
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
    bool Generic = false;
    for (size_t I : RawIn[F])
      Generic |= Records[I]->TargetFromParam;
    // A virtual method whose overrides in view reach nothing (an
    // in-process implementation) is no wrapper.
    bool Reaching = !RawIn[F].empty();
    for (size_t I : CallsIn[F])
      Reaching |=
          !Records[I]->Dispatch || !SystemsOf(Records[I]->Callee).first.empty();
    if (Reaching && !Generic)
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
      const BreakerRecord &C = *Records[I];
      const auto &Sub = SystemsOf(C.Callee);
      Acc.first.insert(Sub.first.begin(), Sub.first.end());
      // `post("https://pay.example.com/...", body)`: the call says where.
      Acc.first.insert(C.Systems.begin(), C.Systems.end());
      if (Acc.second.empty())
        Acc.second = C.SystemName.empty() ? Sub.second : C.SystemName;
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
    Sub.first.insert(R.Systems.begin(), R.Systems.end());
    if (Interface(R))
      Sub.first.insert("wrapper|" + R.Callee);
    std::string Name = R.CalleeName;
    std::string Where = R.SystemName.empty() ? Sub.second : R.SystemName;
    if (!Where.empty())
      Name += " (" + Where + ")";
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

  auto SomeCallerCovered = [&](const std::string &F) {
    for (size_t I : CallersOf[F])
      if (Out[I].Covered)
        return true;
    return false;
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
    Out[I].Guard = Where;
    for (const std::string &S : Reaches(I).first)
      GuardedSystems.emplace(S, Where);
  }

  for (size_t I = 0; I < Records.size(); ++I) {
    if (!Live[I] || Out[I].Covered)
      continue;
    const BreakerRecord &R = *Records[I];
    if (R.Dispatch)
      continue;
    // A function some callers guard is judged at each of its calls that
    // is not guarded; one that no caller guards is reported once, inside.
    if (SomeCallerCovered(R.Function))
      continue;
    if (!R.Callee.empty() && !SomeCallerCovered(R.Callee))
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
