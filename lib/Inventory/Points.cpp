//===--- Points.cpp -------------------------------------------------------===//

#include "Inventory/Points.h"

#include "Analyze/Members.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <set>

using namespace clang;

namespace faultline {

namespace {

std::string formatMs(int64_t Ms) {
  if (Ms % 60000 == 0 && Ms >= 60000)
    return fmt::format("{} min", Ms / 60000);
  if (Ms % 1000 == 0)
    return fmt::format("{} s", Ms / 1000);
  return fmt::format("{} ms", Ms);
}

std::string foldMember(const FieldDecl *F, ASTContext &Ctx, int Depth);

std::string fold(const Expr *E, ASTContext &Ctx, int Depth) {
  if (!E || Depth > 12)
    return "?";
  E = E->IgnoreParenImpCasts();
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL->getCharByteWidth() == 1 ? SL->getString().str() : "?";
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return llvm::toString(IL->getValue(), 10, true);
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return fold(MTE->getSubExpr(), Ctx, Depth + 1);
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return fold(BT->getSubExpr(), Ctx, Depth + 1);
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    return fold(EWC->getSubExpr(), Ctx, Depth + 1);
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    return fold(FC->getSubExpr(), Ctx, Depth + 1);
  if (const auto *CE = dyn_cast<CastExpr>(E))
    return fold(CE->getSubExpr(), Ctx, Depth + 1);
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
    // std::string("..."), QUrl(...), cpr::Url{...}, string_view(p, n)
    if (CC->getNumArgs() >= 1)
      return fold(CC->getArg(0), Ctx, Depth + 1);
    return "?";
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (OC->getOperator() == OO_Plus && OC->getNumArgs() == 2)
      return fold(OC->getArg(0), Ctx, Depth + 1) +
             fold(OC->getArg(1), Ctx, Depth + 1);
    return "?";
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    // url.c_str(), s.toStdString(), QUrl(...).toString()
    if (const auto *MD = MC->getMethodDecl())
      if (MD->getDeclName().isIdentifier() &&
          llvm::is_contained(
              llvm::ArrayRef<llvm::StringRef>{"c_str", "data", "toStdString",
                                              "toString", "toUtf8", "constData",
                                              "str"},
              MD->getName()))
        return fold(MC->getImplicitObjectArgument(), Ctx, Depth + 1);
    return "?";
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (FD->getDeclName().isIdentifier()) {
        llvm::StringRef N = FD->getName();
        if ((N == "getenv" || N == "secure_getenv" || N == "qgetenv" ||
             N == "qEnvironmentVariable") &&
            Call->getNumArgs() >= 1) {
          std::string Var = fold(Call->getArg(0), Ctx, Depth + 1);
          return Var == "?" ? "?" : "${" + Var + "}";
        }
        if ((N == "U" || N == "to_string_t" || N == "fromStdString" ||
             N == "fromUtf8" || N == "fromLatin1" || N == "string") &&
            Call->getNumArgs() >= 1)
          return fold(Call->getArg(0), Ctx, Depth + 1);
      }
    return "?";
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (!isa<ParmVarDecl>(VD))
        if (const Expr *Init = VD->getAnyInitializer())
          return fold(Init, Ctx, Depth + 1);
    return "?";
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      return foldMember(F, Ctx, Depth);
  return "?";
}

/// A member's value when every constructor in sight gives it the same one
/// (`user_service_{std::getenv("USER_SERVICE")}`, or its default).
std::string foldMember(const FieldDecl *F, ASTContext &Ctx, int Depth) {
  std::string Value;
  auto Take = [&](const Expr *Init) {
    std::string T = Init ? fold(Init, Ctx, Depth + 1) : "?";
    Value = Value.empty() || Value == T ? T : "?";
  };
  bool DefaultUsed = false;
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  bool AnyCtor = false;
  if (RD && RD->hasDefinition())
    for (const CXXConstructorDecl *C : RD->ctors()) {
      const FunctionDecl *Def = nullptr;
      if (!C->isDefined(Def) || C->isCopyOrMoveConstructor())
        continue;
      AnyCtor = true;
      bool Set = false;
      for (const CXXCtorInitializer *I : cast<CXXConstructorDecl>(Def)->inits())
        if (I->getMember() == F && I->isWritten()) {
          Take(I->getInit());
          Set = true;
        }
      DefaultUsed |= !Set;
    }
  if (!AnyCtor || DefaultUsed) {
    if (!F->hasInClassInitializer())
      return "?";
    Take(F->getInClassInitializer());
  }
  return Value.empty() ? "?" : Value;
}

/// "host=db port=5432 dbname=app password=..." -> postgresql://db:5432/app
std::string connInfoTarget(llvm::StringRef S) {
  if (!S.contains("host=") && !S.contains("dbname="))
    return S.str();
  std::string Host, Port, Db;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  S.split(Parts, ' ', -1, false);
  for (llvm::StringRef P : Parts) {
    auto KV = P.split('=');
    if (KV.first == "host" || KV.first == "hostaddr")
      Host = KV.second.str();
    else if (KV.first == "port")
      Port = KV.second.str();
    else if (KV.first == "dbname")
      Db = KV.second.str();
  }
  return "postgresql://" + (Host.empty() ? "?" : Host) +
         (Port.empty() ? "" : ":" + Port) + (Db.empty() ? "" : "/" + Db);
}

std::string joinTarget(const std::vector<const Expr *> &Args, ASTContext &Ctx) {
  std::string Out;
  for (const Expr *A : Args) {
    std::string T = fold(A, Ctx, 0);
    if (Out.empty())
      Out = T;
    else if (llvm::StringRef(T).starts_with("/"))
      Out += T; // base URL + path
    else
      Out += ":" + T; // host + port
  }
  if (Out.find_first_not_of("?:") == std::string::npos)
    return "?";
  return connInfoTarget(Out);
}

bool looksLikePath(llvm::StringRef T) {
  if (T.contains("://") || T.starts_with("$") || T == "?")
    return false;
  llvm::StringRef Host =
      T.take_until([](char C) { return C == ':' || C == '/'; });
  bool HostLike = Host.contains('.') || Host == "localhost" ||
                  (T.contains(':') && !T.contains('/'));
  return !HostLike;
}

std::string qualifiedFunction(const FunctionDecl *F) {
  return F ? F->getQualifiedNameAsString() : "";
}

std::string retryText(const RetryPoint &P) {
  if (P.Mechanism == RetryMechanism::KafkaDefault)
    return P.Detail.empty() ? "library: not idempotent"
                            : "library: " + P.Detail;
  std::vector<std::string> Parts;
  Parts.push_back(P.Bound == RetryBound::Bounded ? "bounded" : "unbounded");
  switch (P.Wait) {
  case RetryWait::None:
    Parts.push_back("no wait");
    break;
  case RetryWait::Fixed:
    Parts.push_back("fixed wait");
    break;
  case RetryWait::Growing:
    Parts.push_back("backoff");
    break;
  case RetryWait::ServerDirected:
    Parts.push_back("server-directed wait");
    break;
  }
  if (P.Jitter)
    Parts.push_back("jitter");
  if (P.Key == IdempotencyKey::Stable)
    Parts.push_back("idempotency key");
  std::string Out = std::string(mechanismName(P.Mechanism)) + ":";
  for (size_t I = 0; I < Parts.size(); ++I)
    Out += (I ? ", " : " ") + Parts[I];
  return Out;
}

} // namespace

std::string foldTarget(const Expr *E, ASTContext &Ctx) {
  return connInfoTarget(fold(E, Ctx, 0));
}

std::string siteTarget(const Site &S, const TUFacts &Facts, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  // Where it goes: the call's own target after the handle's.
  std::string Base, Fallback;
  for (const TargetEvent &T : Facts.Targets) {
    if (T.Key.valid() && llvm::is_contained(S.Keys, T.Key) &&
        (Base.empty() || !SM.isBeforeInTranslationUnit(S.Loc, T.Loc)))
      Base = joinTarget(T.Args, Ctx);
    // A channel the TU creates for the library (gRPC): the one target
    // its calls can go to, when there is only one.
    if (!T.Key.valid() && T.Lib == S.Lib)
      Fallback = Fallback.empty() || Fallback == joinTarget(T.Args, Ctx)
                     ? joinTarget(T.Args, Ctx)
                     : "?";
  }
  if (Base.empty() && !Fallback.empty())
    Base = Fallback;
  std::string Own = S.TargetExprs.empty() ? "" : joinTarget(S.TargetExprs, Ctx);
  // A path (`/v1/orders`, `me`) is relative to the handle's base URL.
  if (!Own.empty() && looksLikePath(Own)) {
    std::string Sep = llvm::StringRef(Own).starts_with("/") ||
                              llvm::StringRef(Base).ends_with("/")
                          ? ""
                          : "/";
    Own = Base.empty() ? "?" : Base + Sep + Own;
  }
  return Own.empty() ? (Base.empty() ? "?" : Base) : Own;
}

std::vector<IntegrationPoint> collectPoints(
    ASTContext &Ctx, const TUFacts &Facts, const TimeoutAnalysis &Timeouts,
    const std::vector<RetryPoint> &Retries, const BreakerAnalysis *Breakers) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<IntegrationPoint> Out;
  auto AuthFor = [&](const std::vector<HandleKey> &Keys,
                     const FunctionDecl *Func) {
    std::set<std::string> Kinds;
    for (const AuthEvent &A : Facts.Auth) {
      bool OnHandle = A.Key.valid() && llvm::is_contained(Keys, A.Key);
      bool InFunction = !A.Key.valid() && A.Func == Func;
      if (OnHandle || InFunction)
        Kinds.insert(A.Kind);
    }
    std::string Text;
    for (const auto &K : Kinds)
      Text += (Text.empty() ? "" : ", ") + K;
    return Text.empty() ? std::string("none") : Text;
  };
  auto TlsOffIn = [&](const FunctionDecl *Func) {
    for (const TlsEvent &T : Facts.TlsDisabled)
      for (const FunctionDecl *F : Facts.Bodies)
        if (F == Func && F->getBody() &&
            SM.isPointWithin(T.Loc, F->getBody()->getBeginLoc(),
                             F->getBody()->getEndLoc()))
          return true;
    return false;
  };

  for (const Site &S : Facts.Sites) {
    if (!Timeouts.isOutbound(S))
      continue;
    IntegrationPoint P;
    P.Loc = S.Loc;
    P.Function = qualifiedFunction(S.Func);
    P.FunctionUSR = S.Func ? usrOf(S.Func->getCanonicalDecl()) : "";
    P.Library = S.Lib->Name;
    P.Protocol = S.Lib->Protocol;
    P.Direction = "outbound";
    P.Operation = S.Rule->Operation;
    // The request's method, when the model tells it (the latest setting
    // on the handle before the call, or the call itself).
    const MethodEvent *Method = nullptr;
    for (const MethodEvent &M : Facts.Methods)
      if ((!M.Key.valid() && M.Call == S.Call) ||
          (M.Key.valid() && llvm::is_contained(S.Keys, M.Key) &&
           SM.isBeforeInTranslationUnit(M.Loc, S.Loc)))
        if (!Method || SM.isBeforeInTranslationUnit(Method->Loc, M.Loc))
          Method = &M;
    if (Method)
      P.Operation = Method->Method;
    P.Target = siteTarget(S, Facts, Ctx);
    // The scheme says whether HTTP runs over TLS.
    if (P.Protocol == "HTTP" &&
        llvm::StringRef(P.Target).starts_with_insensitive("https://"))
      P.Protocol = "HTTPS";
    else if (P.Protocol == "WebSocket" &&
             llvm::StringRef(P.Target).starts_with_insensitive("wss://"))
      P.Protocol = "WebSocket (TLS)";
    TimeoutResult R = Timeouts.evaluate(S);
    switch (R.Verdict) {
    case TimeoutVerdict::Present:
      P.Timeout = R.ValueMs ? formatMs(*R.ValueMs) : "set";
      break;
    case TimeoutVerdict::Default:
      P.Timeout = "default " + formatMs(R.DefaultMs.value_or(0));
      break;
    case TimeoutVerdict::Missing:
      P.Timeout = "missing";
      break;
    case TimeoutVerdict::Infinite:
      P.Timeout = "infinite";
      break;
    case TimeoutVerdict::Excessive:
      P.Timeout = formatMs(R.ValueMs.value_or(0)) + " (excessive)";
      break;
    case TimeoutVerdict::Unknown:
      P.Timeout = "unknown";
      break;
    }
    P.Retry = "none";
    // A library that reconnects by itself repeats the connects of its
    // handles wherever the option is switched on in this TU.
    for (const RetryPoint &RP : Retries)
      if (RP.Mechanism == RetryMechanism::LibraryAuto && RP.Lib == S.Lib &&
          S.Rule && S.Rule->Connects)
        P.Retry = retryText(RP);
    for (const RetryPoint &RP : Retries)
      if (RP.Loc == S.Loc) {
        P.Retry = retryText(RP);
        if (!RP.Operation.empty())
          P.Operation = RP.Operation;
      }
    P.Breaker = "none";
    if (const BreakerUse *U = Breakers ? Breakers->guardOf(S) : nullptr)
      P.Breaker = U->Name;
    P.Auth = AuthFor(S.Keys, S.Func);
    P.TlsVerificationDisabled = TlsOffIn(S.Func);
    Out.push_back(std::move(P));
  }

  for (const ProducerEvent &PE : Facts.Producers) {
    IntegrationPoint P;
    P.Loc = PE.Loc;
    P.Function = qualifiedFunction(PE.Func);
    P.FunctionUSR = PE.Func ? usrOf(PE.Func->getCanonicalDecl()) : "";
    P.Library = PE.Lib->Name;
    P.Protocol = PE.Lib->Protocol;
    P.Direction = "outbound";
    P.Operation = "produce";
    P.Target = "?";
    for (const ConfigSetEvent &C : Facts.ConfigSets)
      if ((PE.Config.valid() ? C.Config == PE.Config : C.Func == PE.Func) &&
          (C.Key == "bootstrap.servers" || C.Key == "metadata.broker.list"))
        P.Target = C.Value.empty() ? "?" : "kafka://" + C.Value;
    P.Timeout = "default 5 min"; // message.timeout.ms
    for (const ConfigSetEvent &C : Facts.ConfigSets)
      if ((PE.Config.valid() ? C.Config == PE.Config : C.Func == PE.Func) &&
          (C.Key == "message.timeout.ms" || C.Key == "delivery.timeout.ms") &&
          !C.Value.empty())
        P.Timeout = C.Value == "0" ? "infinite" : C.Value + " ms";
    P.Retry = "library: not idempotent";
    for (const RetryPoint &RP : Retries)
      if (RP.Mechanism == RetryMechanism::KafkaDefault && RP.Loc == PE.Loc)
        P.Retry = retryText(RP);
    P.Breaker = "none";
    P.Auth = AuthFor({PE.Config, PE.Handle}, PE.Func);
    Out.push_back(std::move(P));
  }

  for (const InboundEvent &IE : Facts.Inbound) {
    IntegrationPoint P;
    P.Loc = IE.Loc;
    P.Function = qualifiedFunction(IE.Func);
    P.Library = IE.Lib->Name;
    P.Protocol = IE.Lib->Protocol;
    P.Direction = "inbound";
    P.Operation = IE.Operation.empty() ? "serve" : IE.Operation;
    P.Target = IE.TargetExprs.empty() ? "?" : joinTarget(IE.TargetExprs, Ctx);
    P.Timeout = "n/a";
    P.Retry = "n/a";
    P.Breaker = "n/a";
    P.Auth = AuthFor({}, IE.Func);
    Out.push_back(std::move(P));
  }
  return Out;
}

} // namespace faultline
