//===--- BreakerAnalysis.cpp ----------------------------------------------===//

#include "Analyze/BreakerAnalysis.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"
#include "Inventory/Points.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <functional>
#include <map>

using namespace clang;

namespace faultline {

namespace {

/// Lower case without '_': `is_open`, `isOpen` and `IsOpen` read alike.
std::string squash(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    if (C != '_')
      Out += llvm::toLower(C);
  return Out;
}

bool breakerName(llvm::StringRef Name) {
  std::string N = squash(Name);
  llvm::StringRef R(N);
  // `call_without_breaker`, `bypass_circuit`: named for not using one.
  for (llvm::StringRef Not :
       {"without", "bypass", "disable", "nobreaker", "skipbreaker",
        "breakeroff", "nocircuit", "skipcircuit", "circuitoff"})
    if (R.contains(Not))
      return false;
  return R.contains("breaker") || R.contains("circuit");
}

const CXXRecordDecl *recordOf(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

/// A smart pointer or optional holding a breaker: its element's record.
const CXXRecordDecl *elementRecord(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD))
    if (Spec->getTemplateArgs().size() >= 1 &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      return recordOf(Spec->getTemplateArgs()[0].getAsType());
  return nullptr;
}

bool isBreakerRecord(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  if (breakerName(RD->getName()))
    return true;
  if (RD->hasDefinition())
    for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
      if (const CXXRecordDecl *Base = recordOf(B.getType()))
        if (Base != RD && isBreakerRecord(Base))
          return true;
  return false;
}

bool startsWithAny(llvm::StringRef N,
                   std::initializer_list<llvm::StringRef> Prefixes) {
  for (llvm::StringRef P : Prefixes)
    if (N.starts_with(P))
      return true;
  return false;
}

/// What a member (or a breaker function, with the breaker part of its name
/// dropped) does, by its name.
std::optional<BreakerUse::KindType>
kindByName(llvm::StringRef Name, bool ReturnsVoid, bool ReturnsBool) {
  std::string Sq = squash(Name);
  llvm::StringRef N(Sq);
  // `cb_allow`, `circuit_breaker_is_open`, `llm_circuit_check`: the verb
  // after the breaker.
  for (llvm::StringRef Noun : {"circuitbreaker", "breaker", "circuit", "cb"}) {
    size_t At = N.find(Noun);
    if (At != llvm::StringRef::npos && N.size() > At + Noun.size() &&
        (Noun != "cb" || At == 0)) {
      N = N.drop_front(At + Noun.size());
      break;
    }
  }
  if (N.contains("isopen") || N.contains("isolated") ||
      N.contains("isbroken") || N.contains("tripped") || N == "open?")
    return BreakerUse::Open;
  // A `bool status(service)` says whether the service may be called.
  if ((N == "state" || N == "getstate" || N == "currentstate" ||
       N == "status" || N == "getstatus") &&
      !ReturnsBool)
    return BreakerUse::State;
  // `isServiceAvailable(name)`, `isCallAllowed()`; `isUnavailable()`,
  // `isNotAllowed()` say the opposite.
  if (N.starts_with("is") &&
      (N.ends_with("available") || N.ends_with("allowed") ||
       N.ends_with("permitted") || N.ends_with("closed"))) {
    llvm::StringRef Middle = N.drop_front(2);
    if (Middle.starts_with("un") || Middle.starts_with("not") ||
        Middle.starts_with("dis") || Middle.contains("notallowed") ||
        Middle.contains("unavailable"))
      return BreakerUse::Open;
    return ReturnsVoid ? BreakerUse::Check : BreakerUse::Admit;
  }
  if (startsWithAny(
          N, {"allow",       "admit",           "tryacquire",  "acquire",
              "permit",      "canexecute",      "cancall",     "canrequest",
              "canpass",     "isclosed",        "isallowed",   "isavailable",
              "shouldallow", "iscallpermitted", "ispermitted", "ready",
              "isready",     "tryenter",        "trypass",     "pass",
              "check",       "guard",           "before",      "enter"}))
    return ReturnsVoid ? BreakerUse::Check : BreakerUse::Admit;
  if (ReturnsBool && (N == "state" || N == "status" || N == "getstatus"))
    return BreakerUse::Admit;
  return std::nullopt;
}

bool isExecuteName(llvm::StringRef Name) {
  std::string N = squash(Name);
  // Listener registration takes callables too.
  return !startsWithAny(N, {"on", "set", "add", "register", "subscribe",
                            "listen", "record", "report", "mark"});
}

/// The argument is something to call: a lambda, a function (pointer), a
/// std::function, a bind expression, any object with operator().
bool isCallableArg(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  QualType T = E->getType().getNonReferenceType();
  if (T->isFunctionPointerType() || T->isFunctionType() ||
      T->isMemberFunctionPointerType())
    return true;
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    if (RD->isLambda())
      return true;
    if (!RD->hasDefinition())
      return false;
    for (const CXXMethodDecl *M : RD->getDefinition()->methods())
      if (M->getOverloadedOperator() == OO_Call)
        return true;
    llvm::StringRef N = RD->getName();
    return N == "function" || N == "_Bind" || N == "move_only_function" ||
           N.contains("Function") || N.contains("Callable");
  }
  return false;
}

bool isStringLike(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType() && T->getPointeeType()->isAnyCharacterType())
    return true;
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    llvm::StringRef N = RD->getName();
    return N == "basic_string" || N == "basic_string_view" || N == "QString" ||
           N == "QUrl" || N == "QByteArray";
  }
  return T->isArrayType() &&
         T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
}

/// The service a breaker object is for: `breakers_["pay"]`,
/// `registry.get(url)`, `breakerFor(host)`.
const Expr *keyOfObject(const Expr *O) {
  for (int I = 0; O && I < 4; ++I) {
    O = stripConversions(O);
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(O)) {
      if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
        return OC->getArg(1);
      if ((OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
          OC->getNumArgs() >= 1) {
        O = OC->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(O))
      return AS->getIdx();
    if (const auto *UO = dyn_cast<UnaryOperator>(O);
        UO && UO->getOpcode() == UO_Deref) {
      O = UO->getSubExpr();
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(O)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() &&
          (MD->getName() == "get" || MD->getName() == "operator->") &&
          MC->getNumArgs() == 0) {
        O = MC->getImplicitObjectArgument(); // shared_ptr::get()
        continue;
      }
      if (MC->getNumArgs() >= 1 && isStringLike(MC->getArg(0)->getType()))
        return MC->getArg(0);
      return nullptr;
    }
    if (const auto *C = dyn_cast<CallExpr>(O))
      if (C->getNumArgs() >= 1 && isStringLike(C->getArg(0)->getType()))
        return C->getArg(0);
    return nullptr;
  }
  return nullptr;
}

const Decl *referencedDecl(const Expr *E) {
  return declOf(stripConversions(E));
}

/// `https://user:pw@Api.Example.com:443/x` -> `api.example.com:443`.
std::string hostOf(llvm::StringRef T) {
  size_t Scheme = T.find("://");
  if (Scheme != llvm::StringRef::npos)
    T = T.drop_front(Scheme + 3);
  T = T.take_until([](char C) { return C == '/' || C == '?' || C == '#'; });
  size_t At = T.rfind('@');
  if (At != llvm::StringRef::npos)
    T = T.drop_front(At + 1);
  return T.lower();
}

std::string hostWithoutPort(llvm::StringRef H) {
  if (H.starts_with("["))
    return H.take_until([](char C) { return C == ']'; }).str() + "]";
  if (H.count(':') == 1)
    return H.split(':').first.str();
  return H.str();
}

bool isStoreProtocol(llvm::StringRef P) {
  return P == "PostgreSQL" || P == "Redis" || P == "MySQL" || P == "MongoDB" ||
         P == "Kafka" || P == "AMQP" || P == "Memcached";
}

bool anyGlob(const std::vector<std::string> &Globs, llvm::StringRef Host) {
  for (const std::string &G : Globs)
    if (auto P = llvm::GlobPattern::create(G)) {
      if (P->match(Host))
        return true;
    } else {
      llvm::consumeError(P.takeError());
    }
  return false;
}

} // namespace

struct BreakerAnalysis::Impl {
  ASTContext &Ctx;
  const SourceManager &SM;
  const TUFacts &Facts;
  const Model &M;
  const CallSummary &Calls;
  const TimeoutAnalysis &Timeouts;
  BreakerOptions Opts;
  std::vector<BreakerUse> Uses;
  /// Clients equipped with a breaker for all their calls (`enable`).
  std::map<const Decl *, BreakerUse> Equipped;
  llvm::DenseMap<const Expr *, size_t> UseOf;
  /// Functions named inside an execute-like call's callable.
  std::vector<std::pair<const FunctionDecl *, size_t>> GuardedCallees;
  /// Project functions that run a callable parameter under a breaker.
  llvm::DenseMap<const FunctionDecl *, unsigned> Helpers;
  std::vector<BreakerCallRecord> Records;
  llvm::DenseMap<const Expr *, const BreakerUse *> SiteGuard;
  llvm::DenseMap<const CXXRecordDecl *, const LambdaExpr *> Lambdas;
  std::vector<std::unique_ptr<BreakerUse>> Synthetic;

  Impl(ASTContext &Ctx, const TUFacts &Facts, const Model &M,
       const CallSummary &Calls, const TimeoutAnalysis &Timeouts,
       const BreakerOptions &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Facts(Facts), M(M), Calls(Calls),
        Timeouts(Timeouts), Opts(Opts) {}

  // --- Recognizing breaker calls --------------------------------------------

  std::string useName(const FunctionDecl *FD) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      return MD->getParent()->getQualifiedNameAsString() +
             "::" + MD->getNameAsString();
    return FD->getNameAsString();
  }

  void classify(const CallExpr *Call) {
    if (UseOf.count(Call))
      return;
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier())
      return;
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    const Expr *Object = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Object = MC->getImplicitObjectArgument();
    BreakerUse U;
    U.Call = Call;
    U.Loc = Call->getExprLoc();
    U.Name = useName(FD);
    // Declared in the model.
    for (const BreakerCallFact &B : Facts.BreakerCalls)
      if (B.Call == Call) {
        const BreakerRule &R = *B.Rule;
        if (R.Kind == "enable") {
          const Decl *D = Object ? referencedDecl(Object) : nullptr;
          if (D && optionSet(R.OptionField, Args, Call)) {
            if (!R.OptionField.empty())
              U.Name += " (" + R.OptionField + ")";
            Equipped.emplace(D, std::move(U));
          }
          return;
        }
        U.Kind = R.Kind == "execute" ? BreakerUse::Execute
                 : R.Kind == "admit" ? BreakerUse::Admit
                 : R.Kind == "open"  ? BreakerUse::Open
                                     : BreakerUse::Check;
        if (U.Kind == BreakerUse::Execute) {
          if (R.CallableArg && *R.CallableArg < Args.size())
            U.Callable = Args[*R.CallableArg];
          for (const Expr *A : Args)
            if (!U.Callable && isCallableArg(A))
              U.Callable = A;
          if (!U.Callable)
            return;
        }
        if (R.KeyArg && *R.KeyArg < Args.size())
          U.Key = Args[*R.KeyArg];
        else if (Object)
          U.Key = keyOfObject(Object);
        add(U);
        return;
      }
    // By shape: a breaker's member, or a function named like a breaker's
    // or taking one.
    bool Breaker = false;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      const CXXRecordDecl *RD = MD->getParent();
      Breaker = isBreakerRecord(RD);
      if (!Breaker && Object) {
        const CXXRecordDecl *ObjRD = recordOf(Object->getType());
        Breaker =
            isBreakerRecord(ObjRD) || isBreakerRecord(elementRecord(ObjRD));
      }
    } else {
      Breaker = breakerName(FD->getName());
      for (const Expr *A : Args)
        if (!Breaker) {
          const CXXRecordDecl *RD = recordOf(A->getType());
          Breaker = isBreakerRecord(RD);
          // C: `struct circuit_breaker *`
          if (!Breaker) {
            QualType T = A->getType().getNonReferenceType();
            if (T->isPointerType())
              T = T->getPointeeType();
            if (const auto *Rec = T->getAsRecordDecl())
              Breaker = Rec->getIdentifier() && breakerName(Rec->getName());
            else if (const auto *TT = T->getAs<TypedefType>())
              Breaker = breakerName(TT->getDecl()->getName());
          }
        }
    }
    if (!Breaker)
      return;
    const Expr *Callable = nullptr;
    for (const Expr *A : Args)
      if (!Callable && isCallableArg(A))
        Callable = A;
    if (Callable) {
      if (!isExecuteName(FD->getName()))
        return;
      U.Kind = BreakerUse::Execute;
      U.Callable = Callable;
    } else {
      std::optional<BreakerUse::KindType> K =
          kindByName(FD->getName(), FD->getReturnType()->isVoidType(),
                     FD->getReturnType()->isBooleanType());
      if (!K)
        return;
      U.Kind = *K;
    }
    if (Object)
      U.Key = keyOfObject(Object);
    if (!U.Key)
      for (const Expr *A : Args)
        if (A != U.Callable && isStringLike(A->getType())) {
          U.Key = A;
          break;
        }
    add(U);
  }

  void add(BreakerUse U) {
    UseOf[U.Call] = Uses.size();
    Uses.push_back(std::move(U));
  }

  struct CallVisitor : RecursiveASTVisitor<CallVisitor> {
    Impl &I;
    explicit CallVisitor(Impl &I) : I(I) {}
    bool VisitCallExpr(CallExpr *C) {
      I.classify(C);
      return true;
    }
    bool VisitLambdaExpr(LambdaExpr *L) {
      I.Lambdas[L->getLambdaClass()] = L;
      return true;
    }
  };

  void findUses() {
    CallVisitor V(*this);
    llvm::DenseSet<const Stmt *> Seen;
    for (const FunctionDecl *FD : Facts.Bodies)
      if (FD->getBody() && Seen.insert(FD->getBody()).second)
        V.TraverseStmt(FD->getBody());
    // Functions named in an execute call: `cb.call(&fetch)`, std::bind.
    for (size_t I = 0; I < Uses.size(); ++I)
      if (Uses[I].Kind == BreakerUse::Execute)
        collectNamedFunctions(Uses[I].Callable, I);
  }

  void collectNamedFunctions(const Stmt *S, size_t Use) {
    if (!S || isa<LambdaExpr>(S))
      return;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        GuardedCallees.push_back({FD->getCanonicalDecl(), Use});
    for (const Stmt *C : S->children())
      collectNamedFunctions(C, Use);
  }

  /// `template <class F> auto guarded(F f) { if (!cb.allow()) ...; return
  /// f(); }`: a project function that calls its callable parameter under a
  /// breaker is itself an execute-like breaker.
  void findHelpers() {
    for (const FunctionDecl *FD : Facts.Bodies) {
      for (unsigned I = 0; I < FD->getNumParams(); ++I) {
        const ParmVarDecl *P = FD->getParamDecl(I);
        if (!isCallableParamDecl(P))
          continue;
        if (invokesGuarded(FD->getBody(), P)) {
          Helpers[templateOrSelf(FD)->getCanonicalDecl()] = I;
          break;
        }
      }
    }
    if (Helpers.empty())
      return;
    struct HelperCalls : RecursiveASTVisitor<HelperCalls> {
      Impl &I;
      explicit HelperCalls(Impl &I) : I(I) {}
      bool VisitCallExpr(CallExpr *C) {
        const FunctionDecl *FD = C->getDirectCallee();
        if (!FD)
          return true;
        auto It = I.Helpers.find(templateOrSelf(FD)->getCanonicalDecl());
        if (It == I.Helpers.end() || It->second >= C->getNumArgs() ||
            I.UseOf.count(C))
          return true;
        BreakerUse U;
        U.Kind = BreakerUse::Execute;
        U.Call = C;
        U.Callable = C->getArg(It->second);
        U.Loc = C->getExprLoc();
        U.Name = I.useName(FD);
        size_t Index = I.Uses.size();
        I.add(U);
        I.collectNamedFunctions(U.Callable, Index);
        return true;
      }
    } V(*this);
    llvm::DenseSet<const Stmt *> Seen;
    for (const FunctionDecl *FD : Facts.Bodies)
      if (FD->getBody() && Seen.insert(FD->getBody()).second)
        V.TraverseStmt(FD->getBody());
  }

  static bool isCallableParamDecl(const ParmVarDecl *P) {
    QualType T = P->getType().getNonReferenceType();
    if (T->isFunctionPointerType() || T->isTemplateTypeParmType())
      return true;
    if (const auto *RD = T->getAsCXXRecordDecl())
      return RD->getName() == "function" || RD->isLambda();
    return false;
  }

  bool invokesGuarded(const Stmt *S, const ParmVarDecl *P) {
    if (!S)
      return false;
    if (const auto *C = dyn_cast<CallExpr>(S)) {
      const Expr *Callee = C->getCallee()->IgnoreParenImpCasts();
      bool Invokes = false;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
        Invokes = DRE->getDecl() == P;
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(C))
        Invokes =
            OC->getOperator() == OO_Call && referencedDecl(OC->getArg(0)) == P;
      if (const FunctionDecl *FD = C->getDirectCallee())
        if (FD->getDeclName().isIdentifier() && FD->getName() == "invoke" &&
            C->getNumArgs() >= 1 && referencedDecl(C->getArg(0)) == P)
          Invokes = true;
      if (!Invokes)
        if (const auto *UC = dyn_cast<CallExpr>(C);
            UC && UC->getNumArgs() == 0 && isa<DeclRefExpr>(Callee) &&
            cast<DeclRefExpr>(Callee)->getDecl() == P)
          Invokes = true;
      if (Invokes && guardAt(C, nullptr))
        return true;
    }
    for (const Stmt *C : S->children())
      if (invokesGuarded(C, P))
        return true;
    return false;
  }

  // --- Guards ---------------------------------------------------------------

  /// The breaker use that the condition proves admitting when it has
  /// \p Value, or null.
  const BreakerUse *admitsWhen(const Expr *E, bool Value, int Depth = 0) {
    if (!E || Depth > 8)
      return nullptr;
    E = stripConversions(E);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      if (isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
        return admitsWhen(MC->getImplicitObjectArgument(), Value, Depth + 1);
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_LNot)
      return admitsWhen(UO->getSubExpr(), !Value, Depth + 1);
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->getOpcode() == BO_LAnd && Value) {
        if (const BreakerUse *U = admitsWhen(BO->getLHS(), true, Depth + 1))
          return U;
        return admitsWhen(BO->getRHS(), true, Depth + 1);
      }
      // `if (breaker_ && !breaker_->allow()) return;`: a breaker that may
      // be absent guards the calls whenever it is there.
      if (BO->getOpcode() == BO_LAnd && !Value) {
        const BreakerUse *L = admitsWhen(BO->getLHS(), false, Depth + 1);
        const BreakerUse *R = admitsWhen(BO->getRHS(), false, Depth + 1);
        if (L && !R && !usesBreaker(BO->getRHS()))
          return L;
        if (R && !L && !usesBreaker(BO->getLHS()))
          return R;
        return nullptr;
      }
      if (BO->getOpcode() == BO_LOr && !Value) {
        if (const BreakerUse *U = admitsWhen(BO->getLHS(), false, Depth + 1))
          return U;
        return admitsWhen(BO->getRHS(), false, Depth + 1);
      }
      if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)
        return compared(BO->getLHS(), BO->getRHS(), BO->getOpcode() == BO_EQ,
                        Value, Depth);
      return nullptr;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      if ((OC->getOperator() == OO_EqualEqual ||
           OC->getOperator() == OO_ExclaimEqual) &&
          OC->getNumArgs() == 2)
        return compared(OC->getArg(0), OC->getArg(1),
                        OC->getOperator() == OO_EqualEqual, Value, Depth);
    if (const auto *C = dyn_cast<CallExpr>(E)) {
      auto It = UseOf.find(C);
      if (It == UseOf.end())
        return nullptr;
      const BreakerUse &U = Uses[It->second];
      if ((U.Kind == BreakerUse::Admit && Value) ||
          (U.Kind == BreakerUse::Open && !Value))
        return &U;
      return nullptr;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->isLocalVarDecl() && VD->getInit())
          return admitsWhen(VD->getInit(), Value, Depth + 1);
    return nullptr;
  }

  bool usesBreaker(const Stmt *S) {
    if (!S)
      return false;
    if (const auto *C = dyn_cast<CallExpr>(S))
      if (UseOf.count(C))
        return true;
    for (const Stmt *Child : S->children())
      if (usesBreaker(Child))
        return true;
    return false;
  }

  /// `cb.state() == State::Open`, `cb.allow() == false`.
  const BreakerUse *compared(const Expr *L, const Expr *R, bool Equal,
                             bool Value, int Depth) {
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(L, R)) {
      const Expr *Other = stripConversions(R);
      if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(Other))
        return admitsWhen(L, Equal == B->getValue() ? Value : !Value,
                          Depth + 1);
      const auto *C = dyn_cast<CallExpr>(stripConversions(L));
      auto It = C ? UseOf.find(C) : UseOf.end();
      if (It == UseOf.end() || Uses[It->second].Kind != BreakerUse::State)
        continue;
      std::string Name;
      if (const Decl *D = referencedDecl(Other))
        if (const auto *ND = dyn_cast<NamedDecl>(D))
          Name = squash(ND->getName());
      if (const auto *SL = dyn_cast<StringLiteral>(Other))
        Name = squash(SL->getString());
      bool Open = llvm::StringRef(Name).contains("open") &&
                  !llvm::StringRef(Name).contains("half");
      bool Closed = llvm::StringRef(Name).contains("close") ||
                    llvm::StringRef(Name).contains("half");
      if (!Open && !Closed)
        return nullptr;
      bool StateIs = Equal ? Value : !Value; // the state equals Other
      if ((Closed && StateIs) || (Open && !StateIs))
        return &Uses[It->second];
      return nullptr;
    }
    return nullptr;
  }

  bool exits(const Stmt *S) {
    if (!S)
      return false;
    if (isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt, CXXThrowExpr>(S))
      return true;
    if (const auto *E = dyn_cast<Expr>(S)) {
      const Expr *X = stripConversions(E);
      if (isa<CXXThrowExpr>(X))
        return true;
      if (const auto *C = dyn_cast<CallExpr>(X))
        if (const FunctionDecl *FD = C->getDirectCallee())
          return FD->isNoReturn();
      return false;
    }
    if (const auto *CS = dyn_cast<CompoundStmt>(S)) {
      for (const Stmt *C : CS->body())
        if (exits(C))
          return true;
      return false;
    }
    if (const auto *If = dyn_cast<IfStmt>(S))
      return exits(If->getThen()) && exits(If->getElse());
    return false;
  }

  /// The statement above \p S. A lambda's body has two parents, the
  /// LambdaExpr and its call operator: take the expression, to keep walking
  /// out of the lambda.
  const Stmt *parentStmt(const Stmt *S, const VarDecl **ViaVar) {
    auto Parents = Ctx.getParents(*S);
    for (const DynTypedNode &N : Parents)
      if (const Stmt *P = N.get<Stmt>())
        return P;
    for (const DynTypedNode &N : Parents)
      if (const auto *MD = N.get<CXXMethodDecl>())
        if (MD->getParent()->isLambda()) {
          auto It = Lambdas.find(MD->getParent());
          return It == Lambdas.end() ? nullptr : It->second;
        }
    for (const DynTypedNode &N : Parents)
      if (const auto *VD = N.get<VarDecl>()) {
        if (ViaVar)
          *ViaVar = VD;
        auto Up = Ctx.getParents(*VD);
        for (const DynTypedNode &U : Up)
          if (const Stmt *P = U.get<Stmt>())
            return P;
      }
    return nullptr;
  }

  /// `bool llm_available() { if (!llm_circuit_check()) return false; ...
  /// return true; }`: a function that says yes only when a breaker admits
  /// is an admission check itself.
  void findAdmissionHelpers() {
    llvm::DenseSet<const FunctionDecl *> Admits;
    for (const FunctionDecl *FD : Facts.Bodies) {
      QualType R = FD->getReturnType();
      if (!R->isBooleanType() && !R->isIntegerType())
        continue;
      if (!usesBreaker(FD->getBody()))
        continue;
      std::vector<const ReturnStmt *> Returns;
      collectReturns(FD->getBody(), Returns);
      bool AnyYes = false, AllGuarded = true;
      for (const ReturnStmt *RS : Returns) {
        const Expr *V = RS->getRetValue();
        if (!V)
          continue;
        if (std::optional<llvm::APSInt> K = V->getIntegerConstantExpr(Ctx))
          if (K->isZero())
            continue; // a "no"
        AnyYes = true;
        // `return cb.allow();` or a yes reached only when admitted.
        if (!admitsWhen(V, true) && !guardAt(RS, nullptr))
          AllGuarded = false;
      }
      if (AnyYes && AllGuarded)
        Admits.insert(FD->getCanonicalDecl());
    }
    if (Admits.empty())
      return;
    struct Calls : RecursiveASTVisitor<Calls> {
      Impl &I;
      llvm::DenseSet<const FunctionDecl *> &Admits;
      Calls(Impl &I, llvm::DenseSet<const FunctionDecl *> &A)
          : I(I), Admits(A) {}
      bool VisitCallExpr(CallExpr *C) {
        const FunctionDecl *FD = C->getDirectCallee();
        if (FD && Admits.count(FD->getCanonicalDecl()) && !I.UseOf.count(C)) {
          BreakerUse U;
          U.Kind = BreakerUse::Admit;
          U.Call = C;
          U.Loc = C->getExprLoc();
          U.Name = I.useName(FD);
          I.add(U);
        }
        return true;
      }
    } V(*this, Admits);
    for (const FunctionDecl *FD : Facts.Bodies)
      if (FD->getBody())
        V.TraverseStmt(FD->getBody());
  }

  void collectReturns(const Stmt *S, std::vector<const ReturnStmt *> &Out) {
    if (!S || isa<LambdaExpr>(S))
      return;
    if (const auto *RS = dyn_cast<ReturnStmt>(S))
      Out.push_back(RS);
    for (const Stmt *C : S->children())
      collectReturns(C, Out);
  }

  /// The breaker's own code (`circuit_breaker_call(topic, msg)` sends the
  /// message when the breaker is closed): what it calls, it guards.
  const FunctionDecl *breakerFunction(const FunctionDecl *FD) {
    if (!FD || !FD->getDeclName().isIdentifier())
      return nullptr;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      return isBreakerRecord(MD->getParent()) ? FD : nullptr;
    return breakerName(FD->getName()) ? FD : nullptr;
  }

  /// The breaker guarding \p Call where it is made; \p S (when an
  /// outbound call) must go where a keyed breaker's key says.
  const BreakerUse *guardAt(const Expr *Call, const Site *S) {
    return guardAt(static_cast<const Stmt *>(Call), S);
  }

  const BreakerUse *guardAt(const Stmt *Call, const Site *S) {
    const Stmt *Child = Call;
    for (int Steps = 0; Child && Steps < 200; ++Steps) {
      const VarDecl *ViaVar = nullptr;
      const Stmt *P = parentStmt(Child, &ViaVar);
      if (!P)
        return nullptr;
      const BreakerUse *U = nullptr;
      if (ViaVar) // a lambda kept in a variable, run by a breaker
        for (const BreakerUse &X : Uses)
          if (X.Kind == BreakerUse::Execute &&
              referencedDecl(X.Callable) == ViaVar &&
              isa<LambdaExpr>(stripConversions(
                  ViaVar->getInit() ? ViaVar->getInit() : X.Callable)))
            U = &X;
      if (!U)
        U = guardFromParent(P, Child, Call);
      if (U && keyMatches(*U, Call, S))
        return U;
      Child = P;
    }
    return nullptr;
  }

  const BreakerUse *guardFromParent(const Stmt *P, const Stmt *Child,
                                    const Stmt *Call) {
    if (const auto *C = dyn_cast<CallExpr>(P)) {
      auto It = UseOf.find(C);
      if (It != UseOf.end() && Uses[It->second].Kind == BreakerUse::Execute &&
          Uses[It->second].Callable &&
          within(SM, Uses[It->second].Callable, Call->getBeginLoc()))
        return &Uses[It->second];
      return nullptr;
    }
    if (const auto *If = dyn_cast<IfStmt>(P)) {
      if (Child == If->getThen())
        return admitsWhen(If->getCond(), true);
      if (Child == If->getElse())
        return admitsWhen(If->getCond(), false);
      return nullptr;
    }
    if (const auto *W = dyn_cast<WhileStmt>(P))
      return Child == W->getBody() ? admitsWhen(W->getCond(), true) : nullptr;
    if (const auto *F = dyn_cast<ForStmt>(P))
      return Child == F->getBody() ? admitsWhen(F->getCond(), true) : nullptr;
    if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      if (Child == CO->getTrueExpr())
        return admitsWhen(CO->getCond(), true);
      if (Child == CO->getFalseExpr())
        return admitsWhen(CO->getCond(), false);
      return nullptr;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      if (BO->getOpcode() == BO_LAnd && Child == BO->getRHS())
        return admitsWhen(BO->getLHS(), true);
      if (BO->getOpcode() == BO_LOr && Child == BO->getRHS())
        return admitsWhen(BO->getLHS(), false);
      return nullptr;
    }
    if (const auto *CS = dyn_cast<CompoundStmt>(P)) {
      // `if (!cb.allow()) return;` or `cb.check();` before the call.
      const BreakerUse *Found = nullptr;
      for (const Stmt *S : CS->body()) {
        if (S == Child)
          break;
        if (const auto *If = dyn_cast<IfStmt>(S)) {
          if (exits(If->getThen()) && !exits(If->getElse()))
            if (const BreakerUse *U = admitsWhen(If->getCond(), false))
              Found = U;
          if (If->getElse() && exits(If->getElse()) && !exits(If->getThen()))
            if (const BreakerUse *U = admitsWhen(If->getCond(), true))
              Found = U;
        } else if (const auto *E = dyn_cast<Expr>(S)) {
          if (const auto *C = dyn_cast<CallExpr>(stripConversions(E))) {
            auto It = UseOf.find(C);
            if (It != UseOf.end() && Uses[It->second].Kind == BreakerUse::Check)
              Found = &Uses[It->second];
          }
        }
      }
      return Found;
    }
    return nullptr;
  }

  /// `opts.enable_circuit_breaker = true;` before `channel.Init(addr,
  /// &opts)`: some argument of \p Call has \p Field set to true in the
  /// function (no field: the call itself enables the breaker).
  bool optionSet(llvm::StringRef Field, llvm::ArrayRef<const Expr *> Args,
                 const Expr *Call) {
    if (Field.empty())
      return true;
    const FunctionDecl *FD = enclosingFunction(Call);
    if (!FD)
      return false;
    for (const Expr *A : Args) {
      const Decl *Options = referencedDecl(A); // `&options` or `options`
      if (!Options)
        continue;
      bool Set = false;
      forEachAssignment(FD->getBody(), [&](const Expr *L, const Expr *R) {
        const auto *ME = dyn_cast<MemberExpr>(stripConversions(L));
        Expr::EvalResult Value;
        if (ME && ME->getMemberDecl()->getDeclName().isIdentifier() &&
            ME->getMemberDecl()->getName() == Field &&
            referencedDecl(ME->getBase()) == Options &&
            R->EvaluateAsInt(Value, Ctx))
          Set |= Value.Val.getInt().getBoolValue();
      });
      if (Set)
        return true;
    }
    return false;
  }

  /// The breaker of a client equipped with one: the call is made on it, or
  /// on a stub built over it (`EchoService_Stub stub(&channel)`).
  const BreakerUse *equippedGuard(const Site &S) {
    if (Equipped.empty())
      return nullptr;
    const auto *MC = dyn_cast<CXXMemberCallExpr>(S.Call);
    if (!MC)
      return nullptr;
    const Decl *D = referencedDecl(MC->getImplicitObjectArgument());
    if (!D)
      return nullptr;
    auto It = Equipped.find(D);
    if (It != Equipped.end())
      return &It->second;
    if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit())
      for (auto &[Client, U] : Equipped)
        if (mentions(V->getInit(), Client))
          return &U;
    return nullptr;
  }

  /// A keyed breaker guards only the service its key names, when both the
  /// key and the call's target are known.
  bool keyMatches(const BreakerUse &U, const Stmt *Call, const Site *S) {
    if (!U.Key)
      return true;
    std::vector<const Expr *> Targets;
    if (const auto *C = dyn_cast<CallExpr>(Call))
      Targets.assign(C->arg_begin(), C->arg_end());
    if (!S)
      return !keyedElsewhere(U.Key, Targets);
    Targets.insert(Targets.end(), S->TargetExprs.begin(), S->TargetExprs.end());
    std::string Target = siteTarget(*S, Facts, Ctx);
    std::string Key = foldTarget(U.Key, Ctx);
    if (Key != "?" && Target != "?" && !Target.empty()) {
      std::string K = llvm::StringRef(Key).lower();
      std::string T = llvm::StringRef(Target).lower();
      return llvm::StringRef(T).contains(K) ||
             llvm::StringRef(K).contains(hostOf(T));
    }
    // `breakers_[service]` ... `client.Post(url_for(service))`.
    if (const Decl *D = referencedDecl(U.Key)) {
      bool Mentioned = false;
      if (const auto *C = dyn_cast<CallExpr>(S->Call))
        for (const Expr *A : C->arguments())
          Mentioned |= mentions(A, D);
      for (const Expr *T : S->TargetExprs)
        Mentioned |= mentions(T, D);
      if (Mentioned)
        return true;
    }
    return !keyedElsewhere(U.Key, Targets);
  }

  /// `check(base_url)` ... `send(base_url_user + "/auth")`: the key and the
  /// URL handed to the call are different local variables, and neither is
  /// computed from the other, so the breaker checked is some other
  /// service's. Parameters and members are left alone: what they hold is
  /// the caller's business (the benefit of the doubt).
  bool keyedElsewhere(const Expr *Key, llvm::ArrayRef<const Expr *> Targets) {
    const auto *K = dyn_cast_or_null<VarDecl>(referencedDecl(Key));
    if (!isComputedHere(K))
      return false;
    bool Elsewhere = false;
    for (const Expr *A : Targets) {
      if (!A || !isStringLike(A->getType()))
        continue;
      // `check(base_url)` ... `send(_user_service, "/auth")`: a member that
      // names a service, which the key is not computed from.
      if (const auto *F = addressField(A)) {
        bool FromField = mentions(A, K);
        for (const Expr *D : definitionsOf(K))
          FromField |= mentions(D, F);
        if (FromField)
          return false;
        Elsewhere = true;
        continue;
      }
      std::string Folded = foldTarget(A, Ctx);
      llvm::StringRef T = Folded;
      if (!T.contains("://") && !T.starts_with("${"))
        continue; // not a URL: a body, a token, a method
      std::vector<const VarDecl *> Vars;
      localsIn(A, Vars);
      for (const VarDecl *V : Vars) {
        if (V == K || dependsOn(V, K, 4) || boundTo(K, V))
          return false;
        Elsewhere = true;
      }
    }
    return Elsewhere;
  }

  /// The member a URL argument starts from when its name says it holds a
  /// service's address (`_user_service`, `paymentsUrl_`, `user_service_ +
  /// "/auth"`), by whole words of the name.
  static const FieldDecl *addressField(const Expr *E) {
    E = stripConversions(E);
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Plus && OC->getNumArgs() == 2)
      return addressField(OC->getArg(0));
    const auto *ME = dyn_cast<MemberExpr>(E);
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!F || !F->getDeclName().isIdentifier())
      return nullptr;
    std::string Words; // `paymentsUrl_` -> " payments url "
    for (char C : F->getName()) {
      if (C == '_' || llvm::isUpper(C))
        Words += ' ';
      if (C != '_')
        Words += llvm::toLower(C);
    }
    Words += ' ';
    for (const char *W : {" url ", " uri ", " service ", " host ", " addr ",
                          " address ", " endpoint "})
      if (Words.find(W) != std::string::npos)
        return F;
    return nullptr;
  }

  /// A local variable (not a parameter) whose definitions are in sight.
  static bool isComputedHere(const VarDecl *V) {
    return V && !isa<ParmVarDecl>(V) && V->isLocalVarDecl() &&
           !V->getType()->isReferenceType() &&
           isa_and_nonnull<FunctionDecl>(V->getDeclContext()) &&
           cast<FunctionDecl>(V->getDeclContext())->getBody();
  }

  static void localsIn(const Stmt *S, std::vector<const VarDecl *> &Out) {
    if (!S)
      return;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        if (isComputedHere(V) && !llvm::is_contained(Out, V))
          Out.push_back(V);
    for (const Stmt *C : S->children())
      localsIn(C, Out);
  }

  /// The initializer and the right-hand sides assigned to \p V.
  static std::vector<const Expr *> definitionsOf(const VarDecl *V) {
    std::vector<const Expr *> Defs;
    if (V->getInit())
      Defs.push_back(V->getInit());
    forEachAssignment(cast<FunctionDecl>(V->getDeclContext())->getBody(),
                      [&](const Expr *L, const Expr *R) {
                        if (referencedDecl(L) == V)
                          Defs.push_back(R);
                      });
    return Defs;
  }

  /// Some definition of \p V is computed from \p K.
  static bool dependsOn(const VarDecl *V, const VarDecl *K, int Depth) {
    if (Depth == 0)
      return true; // too far to follow: assume it may
    for (const Expr *D : definitionsOf(V)) {
      if (mentions(D, K))
        return true;
      std::vector<const VarDecl *> Vars;
      localsIn(D, Vars);
      for (const VarDecl *W : Vars)
        if (W != V && dependsOn(W, K, Depth - 1))
          return true;
    }
    return false;
  }

  /// Every definition of the key \p K is computed from \p V
  /// (`std::string key = url;`).
  static bool boundTo(const VarDecl *K, const VarDecl *V) {
    std::vector<const Expr *> Defs = definitionsOf(K);
    return !Defs.empty() &&
           llvm::all_of(Defs, [&](const Expr *D) { return mentions(D, V); });
  }

  // --- Records
  // ----------------------------------------------------------------

  std::string where(SourceLocation Loc) {
    PresumedLoc PL = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
    if (PL.isInvalid())
      return "?";
    return fmt::format("{}:{}", llvm::sys::path::filename(PL.getFilename()),
                       PL.getLine());
  }

  std::string guardText(const BreakerUse &U) {
    return fmt::format("'{}' at {}", U.Name, where(U.Loc));
  }

  std::vector<std::string> internalHosts() {
    std::vector<std::string> G = Opts.InternalHosts;
    for (const LibraryModel &L : M.Libraries)
      G.insert(G.end(), L.InternalHosts.begin(), L.InternalHosts.end());
    return G;
  }

  void build() {
    if (Facts.Sites.empty() && Facts.ProjectCalls.empty())
      return;
    findUses();
    findHelpers();
    findAdmissionHelpers();
    std::vector<std::string> Internal = internalHosts();
    std::vector<std::string> RequiredHosts, RequiredLibs, RequiredWrappers;
    for (const LibraryModel &L : M.Libraries) {
      const RequireBreaker &R = L.RequiredBreakers;
      RequiredHosts.insert(RequiredHosts.end(), R.Hosts.begin(), R.Hosts.end());
      RequiredLibs.insert(RequiredLibs.end(), R.Libraries.begin(),
                          R.Libraries.end());
      RequiredWrappers.insert(RequiredWrappers.end(), R.Wrappers.begin(),
                              R.Wrappers.end());
    }
    for (const Site &S : Facts.Sites) {
      if (!Timeouts.isOutbound(S) || isProbe(S.Func))
        continue;
      std::string Target = siteTarget(S, Facts, Ctx);
      std::string Host = Target == "?" ? "" : hostOf(Target);
      if (!Host.empty() &&
          (anyGlob(Internal, Host) || anyGlob(Internal, hostWithoutPort(Host))))
        continue;
      BreakerCallRecord CR;
      CR.Loc = S.Loc;
      CR.Range = S.Range;
      BreakerRecord &R = CR.Record;
      const std::string &Lib = S.Lib->Name;
      if (!Host.empty()) {
        R.Systems.push_back(Lib + "|" + Host);
        R.Systems.push_back("host|" + Host);
      }
      // A database or cache the code does not name (a connection string
      // from the configuration) is taken for the program's one database of
      // that library; HTTP and RPC clients talk to many services.
      else if (isStoreProtocol(S.Lib->Protocol))
        R.Systems.push_back(Lib + "|?");
      for (const HandleKey &K : S.Keys)
        if (const auto *FD = llvm::dyn_cast_or_null<FieldDecl>(K.Root))
          R.Systems.push_back(Lib + "|member:" + usrOf(FD));
      for (const Expr *T : S.TargetExprs)
        if (const Decl *D = referencedDecl(T))
          if (isa<FieldDecl>(D) ||
              (isa<VarDecl>(D) && cast<VarDecl>(D)->hasGlobalStorage()))
            R.Systems.push_back(Lib + "|var:" + usrOf(D));
      std::sort(R.Systems.begin(), R.Systems.end());
      R.Systems.erase(std::unique(R.Systems.begin(), R.Systems.end()),
                      R.Systems.end());
      R.Function = S.Func ? usrOf(S.Func->getCanonicalDecl()) : "";
      R.FunctionName = S.Func ? S.Func->getQualifiedNameAsString() : "";
      R.SystemName = Lib + " " + (Target == "?" ? S.Callee : Target);
      R.TargetFromParam = targetFromParam(S);
      R.Required =
          llvm::is_contained(RequiredLibs, Lib) ||
          (!Host.empty() && (anyGlob(RequiredHosts, Host) ||
                             anyGlob(RequiredHosts, hostWithoutPort(Host))));
      if (const BreakerUse *U = guardAt(S.Call, &S)) {
        R.Guarded = true;
        R.GuardText = guardText(*U);
        SiteGuard[S.Call] = U;
      } else if (const BreakerUse *U = insideBreaker(S.Func)) {
        R.Guarded = true;
        R.GuardText = guardText(*U);
        SiteGuard[S.Call] = U;
      } else if (const BreakerUse *U = equippedGuard(S)) {
        R.Guarded = true;
        R.GuardText = guardText(*U);
        SiteGuard[S.Call] = U;
      }
      Records.push_back(std::move(CR));
    }
    // Calls of project functions that call out (here, or maybe elsewhere).
    for (const ProjectCall &PC : Facts.ProjectCalls) {
      if (!PC.Callee || isa<CXXConstructorDecl>(PC.Callee))
        continue;
      const FunctionDecl *Callee = PC.Callee;
      if (Helpers.count(Callee) || UseOf.count(PC.Call) || isProbe(Callee) ||
          isProbe(PC.Func))
        continue;
      // The standard library's and other system headers' functions are no
      // project wrappers (`std::string::c_str`): no record to carry.
      if (SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation())))
        continue;
      bool Here = Calls.callsOut(Callee);
      bool Elsewhere = !Calls.hasBody(Callee) ||
                       (!Here && !Calls.openCallees(Callee).empty());
      if (!Here && !Elsewhere)
        continue;
      BreakerCallRecord CR;
      CR.Loc = PC.Call->getExprLoc();
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(PC.Call))
        if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()))
          CR.Loc = ME->getMemberLoc();
      CR.Range = PC.Call->getSourceRange();
      BreakerRecord &R = CR.Record;
      R.Function = PC.Func ? usrOf(PC.Func->getCanonicalDecl()) : "";
      R.FunctionName = PC.Func ? PC.Func->getQualifiedNameAsString() : "";
      R.Callee = usrOf(Callee);
      R.CalleeName = Callee->getQualifiedNameAsString();
      R.Required = llvm::is_contained(RequiredWrappers, R.CalleeName);
      // Overrides in view are the join's business (its dispatch records).
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee))
        R.CalleeOpaque = MD->isPureVirtual() && !Calls.hasBody(Callee) &&
                         !isBreakerRecord(MD->getParent());
      // A URL or host the call hands over names the system.
      if (const auto *C = dyn_cast<CallExpr>(PC.Call))
        for (const Expr *A : C->arguments()) {
          if (!isStringLike(A->getType()))
            continue;
          std::string T = foldTarget(A, Ctx);
          llvm::StringRef TR(T);
          if (T == "?" || !(TR.contains("://") || TR.starts_with("${")))
            continue;
          std::string H = hostOf(T);
          if (anyGlob(Internal, H) || anyGlob(Internal, hostWithoutPort(H)))
            break;
          R.Systems.push_back("host|" + H);
          if (R.SystemName.empty())
            R.SystemName = T;
        }
      const BreakerUse *U = guardAt(PC.Call, nullptr);
      if (!U)
        U = insideBreaker(PC.Func);
      if (U) {
        R.Guarded = true;
        R.GuardText = guardText(*U);
      }
      Records.push_back(std::move(CR));
    }
    // A virtual method reaches its overrides: their callers call the base.
    for (const FunctionDecl *FD : Facts.Bodies) {
      const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      if (!MD || isProbe(MD))
        continue;
      for (const CXXMethodDecl *Base : MD->overridden_methods()) {
        BreakerCallRecord CR;
        CR.Loc = MD->getLocation();
        BreakerRecord &R = CR.Record;
        R.Function = usrOf(Base->getCanonicalDecl());
        R.Callee = usrOf(MD->getCanonicalDecl());
        R.CalleeName = MD->getQualifiedNameAsString();
        R.Dispatch = true;
        Records.push_back(std::move(CR));
      }
    }
    // Functions handed to a breaker by name: their call is guarded there.
    for (const auto &[FD, Use] : GuardedCallees) {
      const BreakerUse &U = Uses[Use];
      BreakerCallRecord CR;
      CR.Loc = U.Loc;
      BreakerRecord &R = CR.Record;
      const FunctionDecl *Enclosing = enclosingFunction(U.Call);
      R.Function = Enclosing ? usrOf(Enclosing->getCanonicalDecl()) : "";
      R.FunctionName = Enclosing ? Enclosing->getQualifiedNameAsString() : "";
      R.Callee = usrOf(FD);
      R.CalleeName = FD->getQualifiedNameAsString();
      R.Guarded = true;
      R.GuardText = guardText(U);
      Records.push_back(std::move(CR));
    }
  }

  /// The call's target is (built from) a parameter of its function.
  bool targetFromParam(const Site &S) {
    auto FromParam = [&](const Expr *E) {
      std::function<bool(const Stmt *)> Walk = [&](const Stmt *X) {
        if (!X)
          return false;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
          if (isa<ParmVarDecl>(DRE->getDecl()))
            return true;
        for (const Stmt *C : X->children())
          if (Walk(C))
            return true;
        return false;
      };
      return Walk(E);
    };
    for (const Expr *T : S.TargetExprs)
      if (FromParam(T))
        return true;
    for (const TargetEvent &T : Facts.Targets)
      if (T.Key.valid() && llvm::is_contained(S.Keys, T.Key))
        for (const Expr *A : T.Args)
          if (FromParam(A))
            return true;
    return false;
  }

  /// Health checks and probes bypass breakers on purpose: they are how a
  /// half-open breaker, or an operator, learns that the system is back.
  static bool isProbe(const FunctionDecl *FD) {
    if (!FD || !FD->getDeclName().isIdentifier())
      return false;
    std::string N = squash(FD->getName());
    for (llvm::StringRef W : {"health", "heartbeat", "probe", "liveness",
                              "readiness", "isalive", "keepalive"})
      if (llvm::StringRef(N).contains(W))
        return true;
    return false;
  }

  const BreakerUse *insideBreaker(const FunctionDecl *FD) {
    if (!breakerFunction(FD))
      return nullptr;
    for (const auto &U : Synthetic)
      if (U->Call == nullptr && U->Loc == FD->getLocation())
        return U.get();
    auto U = std::make_unique<BreakerUse>();
    U->Kind = BreakerUse::Execute;
    U->Name = useName(FD);
    U->Loc = FD->getLocation();
    Synthetic.push_back(std::move(U));
    return Synthetic.back().get();
  }

  const FunctionDecl *enclosingFunction(const Expr *E) {
    for (const FunctionDecl *FD : Facts.Bodies)
      if (FD->getBody() && within(SM, FD->getBody(), E->getBeginLoc()))
        return FD;
    return nullptr;
  }
};

BreakerAnalysis::BreakerAnalysis(ASTContext &Ctx, const TUFacts &Facts,
                                 const Model &M, const CallSummary &Calls,
                                 const TimeoutAnalysis &Timeouts,
                                 const BreakerOptions &Opts)
    : P(std::make_unique<Impl>(Ctx, Facts, M, Calls, Timeouts, Opts)) {
  P->build();
}

BreakerAnalysis::~BreakerAnalysis() = default;

const std::vector<BreakerCallRecord> &BreakerAnalysis::records() const {
  return P->Records;
}

const BreakerUse *BreakerAnalysis::guardOf(const Site &S) const {
  auto It = P->SiteGuard.find(S.Call);
  return It == P->SiteGuard.end() ? nullptr : It->second;
}

} // namespace faultline
