//===--- TimeoutAnalysis.cpp - Follow the handle to its timeout -----------===//
//
// A timeout belongs to a handle. For each outbound call the analysis gathers
// the timeout settings that reach its handle: set before the call on a local,
// anywhere on a data member (constructors, setup methods), by a helper the
// handle is passed to, inside a factory that returns it, through a
// configuration object it was built with, or at every call site when the
// handle is a parameter. It then judges them against what bounds the call.
//
//===----------------------------------------------------------------------===//

#include "Analyze/TimeoutAnalysis.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <set>

using namespace clang;

namespace faultline {

const char *verdictName(TimeoutVerdict V) {
  switch (V) {
  case TimeoutVerdict::Present:
    return "present";
  case TimeoutVerdict::Default:
    return "default";
  case TimeoutVerdict::Missing:
    return "missing";
  case TimeoutVerdict::Infinite:
    return "infinite";
  case TimeoutVerdict::Excessive:
    return "excessive";
  case TimeoutVerdict::Unknown:
    return "unknown";
  }
  return "unknown";
}

static constexpr unsigned MaxDepth = 6;

TimeoutAnalysis::TimeoutAnalysis(ASTContext &Ctx, const TUFacts &Facts,
                                 int64_t MaxTimeoutMs)
    : Ctx(Ctx), Facts(Facts), MaxTimeoutMs(MaxTimeoutMs) {
  for (const auto &E : Facts.Timeouts)
    TimeoutsByKey.emplace(E.Key, &E);
  for (const auto &E : Facts.Passes) {
    PassesByKey.emplace(E.Key, &E);
    PassesByCallee.emplace(std::make_pair(E.Callee, E.Param), &E);
  }
  for (const auto &E : Facts.Inits)
    InitsByKey.emplace(E.Key, &E);
  for (const auto &E : Facts.Inherits)
    InheritsByKey.emplace(E.Key, &E);
  for (const auto &E : Facts.Aliases)
    AliasesByKey.emplace(E.Key, &E);
  for (const auto &E : Facts.Resets)
    ResetsByKey.emplace(E.Key, &E);
  for (const auto &S : Facts.Sites) {
    SiteByCall[S.Call] = &S;
    if (S.Opaque)
      for (const HandleKey &K : S.Keys)
        if (K.valid() && K.Temp != S.Call)
          OpaqueKeys.insert(K);
  }
}

bool TimeoutAnalysis::isBefore(SourceLocation A, SourceLocation B) const {
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A),
                                      SM.getExpansionLoc(B));
}

/// Locals and parameters are configured in program order; data members and
/// globals are configured somewhere (a constructor, a setup method) before
/// any use, so order does not apply to them.
bool TimeoutAnalysis::isOrdered(const HandleKey &K) const {
  if (K.Temp)
    return true;
  if (const auto *VD = dyn_cast_or_null<VarDecl>(K.Root))
    return VD->hasLocalStorage() || isa<ParmVarDecl>(VD);
  return false;
}

/// A member is configured where the object is built: its configuration is
/// visible when every constructor the class declares has its body in this
/// TU. (Other bodiless methods are often generated, like Qt's signals.)
bool TimeoutAnalysis::recordIsComplete(const FieldDecl *FD) const {
  bool AnyCtor = false;
  bool Built = constructorsDefinedHere(dyn_cast<CXXRecordDecl>(FD->getParent()),
                                       AnyCtor);
  if (AnyCtor)
    return Built;
  // A plain struct is filled in anywhere: all of it is in sight only when
  // it is declared in the main file.
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isInMainFile(SM.getExpansionLoc(FD->getLocation()));
}

void TimeoutAnalysis::collectParamSummary(const FunctionDecl *Callee,
                                          unsigned Param, unsigned Depth,
                                          Reach &Out) const {
  const FunctionDecl *Def = Callee->getDefinition();
  if (!Def || Param >= Def->getNumParams() || Depth > MaxDepth)
    return;
  // The helper's effect is the state it leaves: what it sets after its last
  // reset of the handle.
  HandleKey PK{Def->getParamDecl(Param), nullptr};
  SourceLocation LastReset;
  auto [RB, RE] = ResetsByKey.equal_range(PK);
  for (auto It = RB; It != RE; ++It)
    if (LastReset.isInvalid() || isBefore(LastReset, It->second->Loc))
      LastReset = It->second->Loc;
  auto After = [&](SourceLocation L) {
    return LastReset.isInvalid() || isBefore(LastReset, L);
  };
  auto [B, E] = TimeoutsByKey.equal_range(PK);
  for (auto It = B; It != E; ++It)
    if (After(It->second->Loc))
      Out.Events.push_back(It->second);
  auto [PB, PE] = PassesByKey.equal_range(PK);
  for (auto It = PB; It != PE; ++It)
    if (After(It->second->Loc))
      collectParamSummary(It->second->Callee, It->second->Param, Depth + 1,
                          Out);
}

/// A handle that came out of a call: the outbound call that created it (a
/// gRPC stream from its stub call) or a factory that returns it configured.
void TimeoutAnalysis::collectReturned(const Expr *Init, SourceLocation At,
                                      unsigned Depth, Reach &Out) const {
  if (Depth > MaxDepth)
    return;
  auto SI = SiteByCall.find(Init);
  if (SI != SiteByCall.end()) {
    if (SI->second->Opaque)
      Out.Unknown = true; // made from a run-time connection string
    for (const HandleKey &K : SI->second->Keys)
      if (K.valid() && !(K.Temp == Init))
        collect(K, SI->second->Loc, Depth + 1, Out);
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(Init);
  if (!Call)
    return;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return;
  const FunctionDecl *Def = FD->getDefinition();
  if (!Def) {
    // A library's own constructor function (curl_easy_init) returns a fresh
    // handle; a project function defined elsewhere is out of sight.
    const SourceManager &SM = Ctx.getSourceManager();
    if (!SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation())))
      Out.Unknown = true;
    return;
  }
  auto RI = Facts.Returns.find(Def->getCanonicalDecl());
  if (RI == Facts.Returns.end())
    return;
  for (const ReturnFact &R : RI->second)
    collect(R.Key, R.Loc, Depth + 1, Out);
}

void TimeoutAnalysis::collect(const HandleKey &K, SourceLocation At,
                              unsigned Depth, Reach &Out) const {
  if (!K.valid() || Depth > MaxDepth)
    return;
  if (OpaqueKeys.count(K))
    Out.Unknown = true;
  if (const auto *Field = dyn_cast_or_null<FieldDecl>(K.Root);
      Field && Facts.ForwardedMembers.count(Field))
    Out.Unknown = Out.SetByCallers = true;
  // An invalid At: settings anywhere count (a reply bounded after the call).
  bool Ordered = isOrdered(K) && At.isValid();
  // Everything before the last reset is forgotten.
  SourceLocation ResetAt;
  if (Ordered) {
    auto [B, E] = ResetsByKey.equal_range(K);
    for (auto It = B; It != E; ++It)
      if (isBefore(It->second->Loc, At) &&
          (ResetAt.isInvalid() || isBefore(ResetAt, It->second->Loc)))
        ResetAt = It->second->Loc;
    Out.ResetSeen |= ResetAt.isValid();
  }
  auto Reaches = [&](SourceLocation L) {
    if (!Ordered)
      return true;
    if (ResetAt.isValid() && !isBefore(ResetAt, L))
      return false;
    return L == At || isBefore(L, At);
  };

  // A bound on a wait (a completion queue's AsyncNext deadline) is named in
  // the message wherever it is set: it is never a bound on the call itself.
  auto WaitOnly = [](const TimeoutEvent *E) {
    return E->Rule->Bounds.size() == 1 && E->Rule->Bounds[0] == "wait";
  };
  auto [TB, TE] = TimeoutsByKey.equal_range(K);
  for (auto It = TB; It != TE; ++It)
    if (Reaches(It->second->Loc) || WaitOnly(It->second))
      Out.Events.push_back(It->second);
  auto [PB, PE] = PassesByKey.equal_range(K);
  for (auto It = PB; It != PE; ++It)
    if (Reaches(It->second->Loc)) {
      const FunctionDecl *Def = It->second->Callee->getDefinition();
      if (!Def)
        Out.Unknown = true; // a helper defined elsewhere may configure it
      else
        collectParamSummary(It->second->Callee, It->second->Param, Depth + 1,
                            Out);
    }
  auto [IB, IE] = InitsByKey.equal_range(K);
  for (auto It = IB; It != IE; ++It)
    if (Reaches(It->second->Loc))
      collectReturned(It->second->Init, It->second->Loc, Depth + 1, Out);
  // A handle bounded by settings after the call (a reply) takes those of
  // the object it inherits from at any time too.
  auto [HB, HE] = InheritsByKey.equal_range(K);
  for (auto It = HB; It != HE; ++It)
    if (Reaches(It->second->Loc))
      collect(It->second->From, At.isValid() ? It->second->Loc : At, Depth + 1,
              Out);

  // A member given a local's pointer: what is set through the local, at
  // any time, is set on it.
  auto [AB, AE] = AliasesByKey.equal_range(K);
  for (auto It = AB; It != AE; ++It)
    collect(It->second->From, SourceLocation(), Depth + 1, Out);

  if (K.Temp) {
    if (const auto *Call = dyn_cast<CallExpr>(K.Temp))
      collectReturned(Call, At, Depth + 1, Out);
    return;
  }
  if (const auto *FD = dyn_cast<FieldDecl>(K.Root)) {
    if (!recordIsComplete(FD))
      Out.Unknown = true;
    return;
  }
  const auto *VD = cast<VarDecl>(K.Root);
  if (!VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
      !VD->isThisDeclarationADefinition())
    Out.Unknown = true; // an extern global configured elsewhere
}

bool TimeoutAnalysis::isOutbound(const Site &S) const {
  return Facts.clientSite(S);
}

static bool intersects(const std::vector<std::string> &A,
                       const std::vector<std::string> &B) {
  for (const auto &X : A)
    for (const auto &Y : B)
      if (X == Y)
        return true;
  return false;
}

TimeoutResult TimeoutAnalysis::judge(const Site &S, const Reach &R) const {
  TimeoutResult Res;
  const OutboundRule &O = *S.Rule;
  std::optional<int64_t> Default =
      O.NoDefault
          ? std::nullopt
          : (O.DefaultTimeoutMs ? O.DefaultTimeoutMs : S.Lib->DefaultTimeoutMs);
  Res.DefaultMs = Default;

  // Only this library's settings apply; `requires` pairs must both reach.
  std::vector<const TimeoutEvent *> Events;
  std::set<std::string> Ids;
  for (const TimeoutEvent *E : R.Events)
    if (E->Lib == S.Lib && !E->Rule->Id.empty())
      Ids.insert(E->Rule->Id);
  for (const TimeoutEvent *E : R.Events) {
    if (E->Lib != S.Lib)
      continue;
    bool Ok = true;
    for (const auto &Req : E->Rule->Requires)
      Ok &= Ids.count(Req) > 0;
    if (Ok)
      Events.push_back(E);
  }
  // A timer is re-armed per operation: the latest one before the call wins;
  // with none before it, the earliest finite one after it (an async chain).
  const TimeoutEvent *Timer = nullptr;
  const TimeoutEvent *LaterTimer = nullptr;
  for (const TimeoutEvent *E : Events) {
    if (!E->Rule->Timer)
      continue;
    if (E->Loc == S.Call->getBeginLoc() || isBefore(E->Loc, S.Loc)) {
      if (!Timer || isBefore(Timer->Loc, E->Loc))
        Timer = E;
    } else if (!E->Infinite &&
               (!LaterTimer || isBefore(E->Loc, LaterTimer->Loc))) {
      LaterTimer = E; // an async chain written out of order arms it later
    }
  }
  if (!Timer)
    Timer = LaterTimer;
  // A setting is sticky: the latest of each kind wins.
  std::map<const TimeoutRule *, const TimeoutEvent *> Latest;
  for (const TimeoutEvent *E : Events) {
    if (E->Rule->Timer)
      continue;
    auto &Slot = Latest[E->Rule];
    if (!Slot || isBefore(Slot->Loc, E->Loc))
      Slot = E;
  }
  std::vector<const TimeoutEvent *> Effective;
  if (Timer)
    Effective.push_back(Timer);
  for (const auto &KV : Latest)
    Effective.push_back(KV.second);
  std::sort(Effective.begin(), Effective.end(),
            [&](const TimeoutEvent *A, const TimeoutEvent *B) {
              return isBefore(A->Loc, B->Loc);
            });

  const TimeoutEvent *Finite = nullptr, *Excess = nullptr, *Inf = nullptr;
  for (const TimeoutEvent *E : Effective) {
    if (!intersects(E->Rule->Bounds, O.CoveredBy)) {
      std::string Name = E->Rule->Name.empty() ? E->Rule->Id : E->Rule->Name;
      if (std::find(Res.PartialNames.begin(), Res.PartialNames.end(), Name) ==
          Res.PartialNames.end())
        Res.PartialNames.push_back(Name);
      continue;
    }
    if (E->Infinite)
      Inf = E;
    else if (E->ValueMs && *E->ValueMs > MaxTimeoutMs)
      Excess = E;
    else
      Finite = E;
  }
  if (Finite) {
    Res.Verdict = TimeoutVerdict::Present;
    Res.Evidence = Finite;
    Res.ValueMs = Finite->ValueMs;
  } else if (Excess) {
    Res.Verdict = TimeoutVerdict::Excessive;
    Res.Evidence = Excess;
    Res.ValueMs = Excess->ValueMs;
  } else if (Inf) {
    Res.Verdict = TimeoutVerdict::Infinite;
    Res.Evidence = Inf;
  } else if (R.Unknown && !O.CoveredBy.empty()) {
    Res.Verdict = TimeoutVerdict::Unknown;
    Res.SetByCallers = R.SetByCallers;
  } else if (Default && !O.CoveredBy.empty()) {
    Res.Verdict = TimeoutVerdict::Default;
  } else {
    Res.Verdict = TimeoutVerdict::Missing;
  }
  return Res;
}

bool TimeoutAnalysis::resetAfterIn(const Site &S) const {
  if (!S.Func || !S.Func->getBody() || S.Opaque)
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const HandleKey &K : S.Keys) {
    // A parameter's settings come from the callers, before the call.
    if (isa_and_nonnull<ParmVarDecl>(K.Root))
      return false;
    auto [B, E] = ResetsByKey.equal_range(K);
    for (auto It = B; It != E; ++It)
      if (isBefore(S.Loc, It->second->Loc) &&
          within(SM, S.Func->getBody(), It->second->Loc))
        return true;
  }
  return false;
}

/// `setopt(...); perform(p->curl); curl_easy_reset(p->curl);` in one
/// function: the request is configured here and cleared afterwards, so
/// what other functions set on the shared member does not reach it
/// (settings in helpers this function calls still do).
void TimeoutAnalysis::keepOwnSettings(const Site &S, Reach &R) const {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::erase_if(R.Events, [&](const TimeoutEvent *E) {
    return isa_and_nonnull<FieldDecl>(E->Key.Root) &&
           !within(SM, S.Func->getBody(), E->Loc);
  });
  R.Unknown = false; // the member's settings elsewhere do not matter
}

TimeoutResult TimeoutAnalysis::evaluate(const Site &S) const {
  Reach R;
  std::vector<const ParmVarDecl *> Params;
  for (size_t I = 0; I < S.Keys.size(); ++I) {
    const HandleKey &K = S.Keys[I];
    if (!K.valid())
      continue;
    bool After = I < S.KeyAfterCall.size() && S.KeyAfterCall[I];
    collect(K, After ? SourceLocation() : S.Loc, 0, R);
    if (const auto *PVD = dyn_cast_or_null<ParmVarDecl>(K.Root))
      Params.push_back(PVD);
  }
  if (S.Opaque)
    R.Unknown = true;
  if (resetAfterIn(S))
    keepOwnSettings(S, R);
  TimeoutResult Local = judge(S, R);
  // A reset of the handle before the call makes what callers set irrelevant.
  if (Local.Verdict == TimeoutVerdict::Present || Params.empty() || R.ResetSeen)
    return Local;

  // The handle is a parameter: judge it at every call site in this TU and
  // keep the worst; with no call site in sight, it is unknown.
  std::optional<TimeoutResult> Worst;
  auto Rank = [](TimeoutVerdict V) {
    switch (V) {
    case TimeoutVerdict::Missing:
      return 5;
    case TimeoutVerdict::Infinite:
      return 4;
    case TimeoutVerdict::Excessive:
      return 3;
    case TimeoutVerdict::Unknown:
      return 2;
    case TimeoutVerdict::Default:
      return 1;
    case TimeoutVerdict::Present:
      return 0;
    }
    return 0;
  };
  for (const ParmVarDecl *PVD : Params) {
    const auto *Func = dyn_cast<FunctionDecl>(PVD->getDeclContext());
    if (!Func)
      continue;
    unsigned Index = PVD->getFunctionScopeIndex();
    auto [B, E] = PassesByCallee.equal_range(
        std::make_pair(Func->getCanonicalDecl(), Index));
    for (auto It = B; It != E; ++It) {
      // A recursive call hands the same parameter back: it adds nothing.
      if (It->second->Key.Root == PVD)
        continue;
      Reach CR = R; // what the callee itself sets still counts
      CR.Unknown = false;
      collect(It->second->Key, It->second->Loc, 1, CR);
      TimeoutResult At = judge(S, CR);
      if (!Worst || Rank(At.Verdict) > Rank(Worst->Verdict))
        Worst = At;
    }
  }
  if (!Worst) {
    // Nothing can bound a call that no setting covers (covered_by: []).
    if (Local.Verdict == TimeoutVerdict::Missing && !S.Rule->CoveredBy.empty())
      Local.Verdict = TimeoutVerdict::Unknown;
    return Local;
  }
  return *Worst;
}

} // namespace faultline
