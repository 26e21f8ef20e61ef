//===--- RetryAnalysis.cpp - Retries of outbound calls --------------------===//
//
// A retry is an outbound call that runs again after it failed. The shapes:
// a loop that keeps going on failure (the call's result, status or error
// code decides `continue`, the loop condition or the exit on success; or an
// exception caught inside the loop), a backward `goto`, a function that
// calls itself on the failure path, a function that re-runs a callable it
// is given, and retries a library performs on its own (Kafka producers,
// gRPC retry policies).
//
//===----------------------------------------------------------------------===//

#include "Analyze/RetryAnalysis.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Regex.h"

#include <fmt/format.h>

#include <functional>
#include <optional>

using namespace clang;

namespace faultline {

const char *mechanismName(RetryMechanism M) {
  switch (M) {
  case RetryMechanism::Loop:
    return "loop";
  case RetryMechanism::Goto:
    return "goto";
  case RetryMechanism::Recursion:
    return "recursion";
  case RetryMechanism::Repeat:
    return "repeat";
  case RetryMechanism::Helper:
    return "helper";
  case RetryMechanism::KafkaDefault:
    return "kafka_default";
  case RetryMechanism::ServiceConfig:
    return "grpc_retry_policy";
  case RetryMechanism::LibraryAuto:
    return "library_auto_reconnect";
  }
  return "loop";
}

namespace {

enum class Polarity { Unknown, Success, Failure };

Polarity invert(Polarity P) {
  return P == Polarity::Success   ? Polarity::Failure
         : P == Polarity::Failure ? Polarity::Success
                                  : Polarity::Unknown;
}

bool isLoop(const Stmt *S) {
  return isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
}

/// What a retried call's outcome is known by: the call itself, or the
/// variable or member it is stored in.
struct Outcome {
  const Expr *Call = nullptr;
  const ValueDecl *Var = nullptr;
  /// `boost::system::error_code ec` handed to the call: set means failed.
  std::vector<const ValueDecl *> ErrorVars;
  /// Read back from the handle after the call (`curl_easy_getinfo(h,
  /// CURLINFO_RESPONSE_CODE, &code)`): compared like the result.
  std::vector<const ValueDecl *> StatusVars;
  /// The handles of a call that returns nothing (`PQreset(conn)`): what
  /// their status query says afterwards is its outcome.
  std::vector<const ValueDecl *> Handles;
  /// Verdict flags: set to a constant where the call succeeded or failed
  /// (`success = 1`, `need_retry = 1`). True means that outcome.
  std::vector<std::pair<const ValueDecl *, bool /*TrueMeansSuccess*/>> Flags;
  bool isErrorVar(const ValueDecl *D) const {
    return std::find(ErrorVars.begin(), ErrorVars.end(), D) != ErrorVars.end();
  }
  const std::pair<const ValueDecl *, bool> *flag(const ValueDecl *D) const {
    for (const auto &F : Flags)
      if (D && F.first == D)
        return &F;
    return nullptr;
  }
  bool isVar(const ValueDecl *D) const {
    return D && (D == Var || isErrorVar(D) || flag(D) ||
                 std::find(StatusVars.begin(), StatusVars.end(), D) !=
                     StatusVars.end());
  }
};

/// How a loop, goto or recursion repeats.
struct Shape {
  bool Retry = false;
  bool WaitsOnlyOnSuccess = false;    // a failure skips the loop's wait
  std::vector<const Expr *> Triggers; // conditions under which it repeats
};

struct HelperSummary {
  unsigned Param = 0;
  RetryBound Bound = RetryBound::Bounded;
  std::string ConditionalOn;
  RetryWait Wait = RetryWait::None;
  bool Jitter = false;
  SourceLocation WaitLoc, LoopLoc;
};

class RetryFinder {
public:
  RetryFinder(ASTContext &Ctx, const TUFacts &Facts, const CallSummary &Calls,
              const RetryOptions &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Facts(Facts), Calls(Calls),
        Opts(Opts), RpcPattern(Opts.IdempotentRpcPattern) {
    std::string Error;
    if (!RpcPattern.isValid(Error)) // reported by the front ends
      RpcPattern = llvm::Regex(RetryOptions().IdempotentRpcPattern);
    for (const Site &S : Facts.Sites)
      if (Facts.clientSite(S))
        SiteOf[S.Call] = &S;
    for (const Site &S : Facts.MethodRefs)
      if (Facts.clientSite(S))
        SiteOf[S.Call] = &S;
    for (const ProjectCall &PC : Facts.ProjectCalls)
      ProjectCallOf[PC.Call] = &PC;
    for (const ProduceEvent &PE : Facts.Produces)
      if (PE.Call)
        Enqueues.insert(PE.Call);
  }

  std::vector<RetryPoint> run() {
    for (const FunctionDecl *F : Facts.Bodies)
      summarizeHelper(F);
    for (const FunctionDecl *F : Facts.Bodies)
      for (const FunctionDecl *Own : withLambdas(F)) {
        CurrentFunction = Own;
        for (const Stmt *L : loopsIn(Own->getBody()))
          analyzeLoop(L);
        analyzeGotos(Own);
        analyzeRecursion(Own);
        analyzeRepeats(Own);
      }
    analyzeHelperCalls();
    analyzeProducers();
    analyzeServiceConfigs();
    analyzeAutoRetries();
    return std::move(Out);
  }

private:
  ASTContext &Ctx;
  SourceManager &SM;
  const TUFacts &Facts;
  const CallSummary &Calls;
  const RetryOptions &Opts;
  llvm::Regex RpcPattern;
  llvm::DenseMap<const Expr *, const Site *> SiteOf;
  llvm::DenseMap<const Expr *, const ProjectCall *> ProjectCallOf;
  /// Produce calls: they only enqueue, but a loop that tries again while
  /// the local queue is full can spin as long as the broker is away.
  llvm::DenseSet<const Expr *> Enqueues;
  llvm::DenseMap<const FunctionDecl *, HelperSummary> Helpers;
  const FunctionDecl *CurrentFunction = nullptr;
  std::vector<RetryPoint> Out;

  // --- Walking ------------------------------------------------------------

  /// Every loop in \p S, outer ones first; not inside lambdas (their code
  /// runs elsewhere).
  /// `do { ... } while (false)`: a block to break out of, run once.
  bool runsOnce(const Stmt *Loop) {
    const auto *Do = dyn_cast<DoStmt>(Loop);
    bool Again = true;
    return Do && !Do->getCond()->isValueDependent() &&
           Do->getCond()->EvaluateAsBooleanCondition(Again, Ctx) && !Again;
  }

  /// \p F and the call operators of the lambdas written in it: a retry
  /// loop in a thread's or a callback's lambda is the lambda's own.
  static std::vector<const FunctionDecl *> withLambdas(const FunctionDecl *F) {
    std::vector<const FunctionDecl *> Out{F};
    std::vector<const Stmt *> Work{F->getBody()};
    while (!Work.empty()) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S)
        continue;
      if (const auto *LE = dyn_cast<LambdaExpr>(S))
        if (const FunctionDecl *Op = LE->getCallOperator(); Op && Op->getBody())
          Out.push_back(Op);
      for (const Stmt *C : S->children())
        Work.push_back(C);
    }
    return Out;
  }

  std::vector<const Stmt *> loopsIn(const Stmt *S) {
    std::vector<const Stmt *> Loops;
    std::vector<const Stmt *> Work{S};
    while (!Work.empty()) {
      const Stmt *C = Work.back();
      Work.pop_back();
      if (!C || isa<LambdaExpr>(C))
        continue;
      if (isLoop(C) && !runsOnce(C))
        Loops.push_back(C);
      for (const Stmt *Child : C->children())
        Work.push_back(Child);
    }
    return Loops;
  }

  /// Visits \p S, not descending into nested loops (they own their calls)
  /// or lambdas.
  template <typename Fn>
  void walkOwn(const Stmt *S, Fn &&Visit, bool IntoLoops = false) {
    if (!S || isa<LambdaExpr>(S))
      return;
    Visit(S);
    for (const Stmt *C : S->children())
      if (C && (IntoLoops || !isLoop(C)))
        walkOwn(C, Visit, IntoLoops);
  }

  template <typename Fn> void walkAll(const Stmt *S, Fn &&Visit) {
    walkOwn(S, Visit, /*IntoLoops=*/true);
  }

  const Stmt *parentOf(const Stmt *S) {
    auto Parents = Ctx.getParents(*S);
    if (Parents.empty())
      return nullptr;
    if (const Stmt *P = Parents[0].get<Stmt>())
      return P;
    // `auto res = call();`: up through the declaration to its DeclStmt.
    if (const Decl *D = Parents[0].get<Decl>()) {
      auto Up = Ctx.getParents(*D);
      if (!Up.empty())
        return Up[0].get<Stmt>();
    }
    return nullptr;
  }

  const Decl *parentDeclOf(const Stmt *S) {
    auto Parents = Ctx.getParents(*S);
    return Parents.empty() ? nullptr : Parents[0].get<Decl>();
  }

  bool contains(const Stmt *Outer, const Stmt *Inner) {
    for (const Stmt *S = Inner; S; S = parentOf(S))
      if (S == Outer)
        return true;
    return false;
  }

  bool isOutbound(const Expr *Call) {
    if (SiteOf.count(Call))
      return true;
    auto It = ProjectCallOf.find(Call);
    if (It == ProjectCallOf.end())
      return false;
    return Calls.callsOut(*It->second) ||
           !Calls.openCallees(*It->second).empty();
  }

  /// A call a loop or a `goto` may repeat: one that calls out, or a
  /// produce that failed to enqueue (`goto retry` on QUEUE_FULL).
  bool isRepeatable(const Expr *Call) {
    return isOutbound(Call) || Enqueues.count(Call);
  }

  std::string text(const Stmt *S) {
    if (!S)
      return "";
    CharSourceRange R = CharSourceRange::getTokenRange(S->getSourceRange());
    R = Lexer::makeFileCharRange(R, SM, Ctx.getLangOpts());
    return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
  }

  static const NamedDecl *calleeDecl(const Expr *E) {
    if (const auto *CE = dyn_cast<CallExpr>(E))
      if (const Decl *D = CE->getCalleeDecl())
        return dyn_cast<NamedDecl>(D);
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
      return CE->getConstructor();
    return nullptr;
  }

  static std::string calleeName(const Expr *E) {
    const NamedDecl *D = calleeDecl(E);
    if (D && D->getDeclName().isIdentifier())
      return D->getName().str();
    if (const auto *CE = dyn_cast<CallExpr>(E))
      if (const auto *ULE =
              dyn_cast<UnresolvedLookupExpr>(CE->getCallee()->IgnoreImpCasts()))
        return ULE->getName().getAsString();
    return "";
  }

  // --- Outcomes and conditions ---------------------------------------------

  /// Error codes the call fills in, and status values read back from its
  /// handle later in \p Region.
  void addOutParams(Outcome &O, const Stmt *Region) {
    llvm::SmallVector<const Expr *, 4> Args;
    if (const auto *CE = dyn_cast<CallExpr>(O.Call))
      Args.append(CE->arg_begin(), CE->arg_end());
    llvm::DenseSet<const ValueDecl *> HandleDecls;
    for (const Expr *A : Args) {
      const ValueDecl *D = declOf(A);
      if (!D)
        continue;
      std::string T = D->getType().getAsString();
      if (T.find("error_code") != std::string::npos)
        O.ErrorVars.push_back(D);
      else
        HandleDecls.insert(D);
    }
    if (auto It = SiteOf.find(O.Call); It != SiteOf.end())
      addHandleRoots(*It->second, HandleDecls);
    if (O.Call->getType()->isVoidType())
      O.Handles.assign(HandleDecls.begin(), HandleDecls.end());
    if (!Region || HandleDecls.empty())
      return;
    walkAll(Region, [&](const Stmt *S) {
      const auto *CE = dyn_cast<CallExpr>(S);
      if (!CE || CE == O.Call || SiteOf.count(CE) ||
          !SM.isBeforeInTranslationUnit(O.Call->getBeginLoc(),
                                        CE->getBeginLoc()))
        return;
      bool OnHandle = false;
      for (const Expr *A : CE->arguments())
        OnHandle |= HandleDecls.count(declOf(A)) > 0;
      if (!OnHandle)
        return;
      for (const Expr *A : CE->arguments())
        if (const auto *UO = dyn_cast<UnaryOperator>(A->IgnoreParenImpCasts()))
          if (UO->getOpcode() == UO_AddrOf)
            if (const ValueDecl *D = declOf(UO->getSubExpr()))
              if (!HandleDecls.count(D))
                O.StatusVars.push_back(D);
    });
  }

  /// The variables and members that hold the handles of \p S.
  static void addHandleRoots(const Site &S,
                             llvm::DenseSet<const ValueDecl *> &Into) {
    for (const HandleKey &K : S.Keys)
      if (K.Root)
        Into.insert(K.Root);
  }

  Outcome outcomeOf(const Expr *Call, const Stmt *Region = nullptr) {
    Outcome O{Call, nullptr, {}, {}};
    addOutParams(O, Region);
    const Stmt *S = Call;
    for (int Guard = 0; Guard < 8; ++Guard) {
      auto Parents = Ctx.getParents(*S);
      const Stmt *P = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
      if (!P) {
        if (const auto *VD = dyn_cast_or_null<VarDecl>(parentDeclOf(S)))
          O.Var = VD;
        break;
      }
      if (isa<ImplicitCastExpr, ExprWithCleanups, MaterializeTemporaryExpr,
              CXXBindTemporaryExpr, ParenExpr, CXXFunctionalCastExpr,
              CStyleCastExpr>(P) ||
          (isa<CXXConstructExpr>(P) &&
           cast<CXXConstructExpr>(P)->getNumArgs() == 1)) {
        S = P;
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(P))
        if (BO->getOpcode() == BO_Assign && BO->getRHS() == S) {
          const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
          if (const auto *DRE = dyn_cast<DeclRefExpr>(L))
            O.Var = DRE->getDecl();
          else if (const auto *ME = dyn_cast<MemberExpr>(L))
            O.Var = ME->getMemberDecl();
        }
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(P))
        if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
          if (const auto *DRE =
                  dyn_cast<DeclRefExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
            O.Var = DRE->getDecl();
      break;
    }
    if (Region && O.Var)
      addDerived(O, Region);
    if (Region)
      addFlags(O, Region);
    return O;
  }

  /// `if (res != CURLE_OK) { ... } else { success = 1; }` with the loop
  /// running `while (!success && ...)`: a flag set to a constant where the
  /// call's outcome is known carries that outcome. A flag set both ways,
  /// or to a computed value, tells nothing.
  void addFlags(Outcome &O, const Stmt *Region) {
    llvm::DenseMap<const ValueDecl *, std::optional<bool>> Sense;
    llvm::DenseSet<const ValueDecl *> Mixed;
    walkAll(Region, [&](const Stmt *S) {
      const Expr *Target = nullptr, *Value = nullptr;
      if (!asAssignment(S, Target, Value))
        return;
      const auto *V = dyn_cast_or_null<VarDecl>(declOf(Target));
      if (!V || O.isVar(V) || !V->getType()->isIntegralOrEnumerationType() ||
          isa<ParmVarDecl>(V) || !V->hasLocalStorage())
        return;
      // Set before the call: the value each attempt starts from.
      if (!SM.isBeforeInTranslationUnit(O.Call->getEndLoc(), S->getBeginLoc()))
        return;
      // A flag is set, not stepped: `errors += 1`, `delay *= 2` and
      // counters (`failures++` elsewhere) are no verdicts. Only 0 and 1:
      // a status of several values is not read as true or false.
      const auto *BO = dyn_cast<BinaryOperator>(S);
      const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
      bool Plain = (BO && BO->getOpcode() == BO_Assign) ||
                   (OC && OC->getOperator() == OO_Equal);
      std::optional<int64_t> C = constantValue(Value);
      // ... and set by this call's result, not a later call's.
      bool Taken = O.Var && assignedBetween(Region, O.Var, O.Call->getEndLoc(),
                                            S->getBeginLoc());
      Polarity Path =
          C && (*C == 0 || *C == 1) && Plain && !Taken && !isCounter(V, Region)
              ? pathPolarity(S, O, Region)
              : Polarity::Unknown;
      if (Path == Polarity::Unknown) {
        Mixed.insert(V);
        return;
      }
      bool TrueMeansSuccess = (Path == Polarity::Success) == (*C != 0);
      auto &Known = Sense[V];
      if (Known && *Known != TrueMeansSuccess)
        Mixed.insert(V);
      Known = TrueMeansSuccess;
    });
    for (const auto &[V, Known] : Sense)
      if (Known && !Mixed.count(V))
        O.Flags.push_back({V, *Known});
    llvm::sort(O.Flags, [&](const auto &A, const auto &B) {
      return SM.isBeforeInTranslationUnit(A.first->getLocation(),
                                          B.first->getLocation());
    });
  }

  /// What the innermost test around \p S says of the call's outcome where
  /// \p S runs. A further condition in between (`else if (!next_page())
  /// done = 1;`) makes the flag mean "finished", not "worked": Unknown. So
  /// do the branches a compound test does not decide: the else of `a &&
  /// b`, the then of `a || b`.
  Polarity pathPolarity(const Stmt *S, const Outcome &O, const Stmt *Region) {
    for (const Stmt *Up = parentOf(S), *From = S; Up && From != Region;
         From = Up, Up = parentOf(Up)) {
      const auto *If = dyn_cast<IfStmt>(Up);
      if (!If || !If->getCond() || From == If->getCond())
        continue;
      if (!mentions(If->getCond(), O))
        return Polarity::Unknown;
      bool InThen = From == If->getThen();
      Polarity P = polarity(If->getCond(), O);
      if (const auto *BO =
              dyn_cast<BinaryOperator>(If->getCond()->IgnoreParenImpCasts())) {
        if ((BO->getOpcode() == BO_LAnd && !InThen) ||
            (BO->getOpcode() == BO_LOr && InThen))
          return Polarity::Unknown;
        // Both halves hold (`code >= 200 && code < 300`): one that says
        // what the outcome was is enough.
        if (BO->getOpcode() == BO_LAnd && P == Polarity::Unknown) {
          Polarity L = polarity(BO->getLHS(), O), R = polarity(BO->getRHS(), O);
          P = L == Polarity::Unknown   ? R
              : R == Polarity::Unknown ? L
              : L == R                 ? L
                                       : Polarity::Unknown;
        }
      }
      // A test of the outcome that does not decide it narrows the path of
      // an outer one: look further out.
      if (P != Polarity::Unknown)
        return InThen ? P : invert(P);
    }
    return Polarity::Unknown;
  }

  /// `errcode = handle_reply(reply)` after the call: what the project
  /// makes of the result is its outcome too.
  void addDerived(Outcome &O, const Stmt *Region) {
    walkAll(Region, [&](const Stmt *S) {
      // `errcode = handle_reply(reply);` or `int kind = classify(rc);`
      const Expr *Value = nullptr, *Target = nullptr;
      const ValueDecl *Into = nullptr;
      if (asAssignment(S, Target, Value)) {
        Into = declOf(Target);
      } else if (const auto *DS = dyn_cast<DeclStmt>(S);
                 DS && DS->isSingleDecl()) {
        if (const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl())) {
          Value = VD->getInit();
          Into = VD;
        }
      }
      const auto *CE =
          Value ? dyn_cast<CallExpr>(Value->IgnoreParenImpCasts()) : nullptr;
      // A verdict of the project's own: a number, an enum, a flag.
      QualType T = Into ? Into->getType() : QualType();
      if (!CE || !Into || CE == O.Call || Into == O.Var ||
          !ProjectCallOf.count(CE) ||
          !(T->isIntegralOrEnumerationType() || T->isBooleanType()) ||
          !SM.isBeforeInTranslationUnit(O.Call->getEndLoc(), S->getBeginLoc()))
        return;
      bool FromResult = false;
      for (const Expr *A : CE->arguments())
        FromResult |= faultline::mentions(A, O.Var);
      // ... unless a later call's result took the variable over first.
      if (FromResult && !assignedBetween(Region, O.Var, O.Call->getEndLoc(),
                                         S->getBeginLoc()))
        O.StatusVars.push_back(Into);
    });
  }

  bool mentions(const Stmt *E, const Outcome &O) {
    bool Found = false;
    walkAll(E, [&](const Stmt *S) {
      if (S == O.Call)
        Found = true;
      else if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        Found |= O.isVar(DRE->getDecl());
      else if (const auto *ME = dyn_cast<MemberExpr>(S))
        Found |= O.isVar(ME->getMemberDecl());
      else if (const auto *CE = dyn_cast<CallExpr>(S))
        Found |= statusQuery(CE, O);
    });
    return Found;
  }

  /// `PQstatus(conn)`, `sock.state()`: asks a handle of a call that
  /// returns nothing how it went.
  bool statusQuery(const CallExpr *CE, const Outcome &O) {
    if (O.Handles.empty() || CE == O.Call)
      return false;
    std::string N = llvm::StringRef(calleeName(CE)).lower();
    if (N.find("status") == std::string::npos &&
        N.find("state") == std::string::npos)
      return false;
    std::vector<const Expr *> Asked(CE->arg_begin(), CE->arg_end());
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      Asked.push_back(MC->getImplicitObjectArgument());
    bool OnHandle = llvm::any_of(Asked, [&](const Expr *A) {
      const ValueDecl *D = declOf(A);
      return D && llvm::is_contained(O.Handles, D);
    });
    return OnHandle && !handleUsedBetween(O, CE);
  }

  /// Another call on the same handle between the call and the question
  /// (`PQreset(c); PQexec(c, q); if (PQstatus(c) != CONNECTION_OK)`): the
  /// status then tells how that later call went.
  bool handleUsedBetween(const Outcome &O, const Expr *Query) {
    for (const auto &[Call, S] : SiteOf) {
      if (Call == O.Call ||
          !SM.isBeforeInTranslationUnit(O.Call->getBeginLoc(),
                                        Call->getBeginLoc()) ||
          !SM.isBeforeInTranslationUnit(Call->getBeginLoc(),
                                        Query->getBeginLoc()))
        continue;
      llvm::DenseSet<const ValueDecl *> Roots;
      addHandleRoots(*S, Roots);
      for (const ValueDecl *D : O.Handles)
        if (Roots.count(D))
          return true;
    }
    return false;
  }

  static Polarity nameClass(llvm::StringRef Name) {
    std::string U = Name.upper();
    llvm::StringRef N(U);
    // Not done yet, not failed: non-blocking I/O, interrupted waits.
    for (const char *Pending :
         {"AGAIN", "WOULDBLOCK", "EINTR", "WANT_READ", "WANT_WRITE",
          "INPROGRESS", "IN_PROGRESS", "PARTIAL", "CALL_MULTI_PERFORM"})
      if (N.contains(Pending))
        return Polarity::Unknown;
    if (N.ends_with("OK") || N.contains("SUCCESS") || N.ends_with("_NONE") ||
        N == "NONE" || N.contains("NOERROR") || N.ends_with("NO_ERROR"))
      return Polarity::Success;
    for (const char *Bad :
         {"ERR", "FAIL", "TIMEOUT", "TIMEDOUT", "AGAIN", "BUSY", "UNAVAILABLE",
          "REFUSED", "ABORT", "EXCEEDED", "EXHAUSTED", "RETRY", "UNKNOWN",
          "INTERNAL", "RESET"})
      if (N.contains(Bad))
        return Polarity::Failure;
    return Polarity::Unknown;
  }

  /// The name a constant is spelled with: a macro, an enumerator, a member.
  std::string constantName(const Expr *E) {
    SourceLocation Loc = E->getBeginLoc();
    if (Loc.isMacroID())
      return Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()).str();
    const Expr *S = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      return DRE->getDecl()->getNameAsString();
    if (const auto *ME = dyn_cast<MemberExpr>(S))
      return ME->getMemberDecl()->getNameAsString();
    return "";
  }

  std::optional<int64_t> constantValue(const Expr *E) {
    if (E->isValueDependent())
      return std::nullopt;
    Expr::EvalResult R;
    if (E->IgnoreParenImpCasts()->isNullPointerConstant(
            Ctx, Expr::NPC_ValueDependentIsNotNull))
      return 0;
    if (E->getType()->isIntegralOrEnumerationType() && E->EvaluateAsInt(R, Ctx))
      return R.Val.getInt().getExtValue();
    return std::nullopt;
  }

  /// True when `Cond` is true means the call failed (Failure), succeeded
  /// (Success), or cannot tell.
  Polarity polarity(const Expr *Cond, const Outcome &O) {
    if (!Cond)
      return Polarity::Unknown;
    const Expr *E = Cond->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_LNot)
        return invert(polarity(UO->getSubExpr(), O));
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isLogicalOp()) {
        bool L = mentions(BO->getLHS(), O), R = mentions(BO->getRHS(), O);
        if (L && !R)
          return polarity(BO->getLHS(), O);
        if (R && !L)
          return polarity(BO->getRHS(), O);
        Polarity PL = polarity(BO->getLHS(), O), PR = polarity(BO->getRHS(), O);
        return PL == PR ? PL : Polarity::Unknown;
      }
      if (BO->isComparisonOp())
        return comparePolarity(BO->getOpcode(), BO->getLHS(), BO->getRHS(), O);
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (OC->getNumArgs() == 2) {
        BinaryOperatorKind K;
        switch (OC->getOperator()) {
        case OO_EqualEqual:
          K = BO_EQ;
          break;
        case OO_ExclaimEqual:
          K = BO_NE;
          break;
        case OO_Less:
          K = BO_LT;
          break;
        case OO_Greater:
          K = BO_GT;
          break;
        case OO_LessEqual:
          K = BO_LE;
          break;
        case OO_GreaterEqual:
          K = BO_GE;
          break;
        default:
          return Polarity::Unknown;
        }
        return comparePolarity(K, OC->getArg(0), OC->getArg(1), O);
      }
      if (OC->getOperator() == OO_Exclaim && OC->getNumArgs() == 1)
        return invert(polarity(OC->getArg(0), O));
    }
    // `res.ok()`, `status.IsOk()`, `r.has_error()`...
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
      if (const auto *MD = MCE->getMethodDecl()) {
        if (isa<CXXConversionDecl>(MD))
          return polarity(MCE->getImplicitObjectArgument(), O);
        if (mentions(MCE->getImplicitObjectArgument(), O) &&
            MD->getDeclName().isIdentifier()) {
          std::string N = MD->getName().lower();
          if (N.find("err") != std::string::npos ||
              llvm::StringRef(N).starts_with("fail"))
            return Polarity::Failure;
          if (N == "ok" || N.find("isok") != std::string::npos ||
              N.find("is_ok") != std::string::npos ||
              N.find("success") != std::string::npos ||
              N.find("succeeded") != std::string::npos || N == "good")
            return Polarity::Success;
          return Polarity::Unknown;
        }
      }
    if (const auto *CE = dyn_cast<CallExpr>(E))
      if (E != O.Call && mentions(E, O)) {
        std::string N = llvm::StringRef(calleeName(E)).lower();
        if (N.find("retr") != std::string::npos ||
            N.find("fail") != std::string::npos ||
            N.find("err") != std::string::npos)
          return Polarity::Failure;
        if (N.find("ok") != std::string::npos ||
            N.find("success") != std::string::npos)
          return Polarity::Success;
        (void)CE;
        return Polarity::Unknown;
      }
    // The outcome itself as a truth value.
    if (mentions(E, O)) {
      const Expr *V = E;
      if (const auto *F = O.flag(declOf(V)); F && isa<DeclRefExpr>(V))
        return F->second ? Polarity::Success : Polarity::Failure;
      if (const ValueDecl *D = declOf(V); D && O.isErrorVar(D))
        return Polarity::Failure; // `if (ec)`
      if (const auto *ME = dyn_cast<MemberExpr>(V))
        if (!O.isVar(ME->getMemberDecl()))
          return Polarity::Unknown; // some field of it
      QualType T = V->getType();
      if (T->isBooleanType() || T->isPointerType() || T->isRecordType())
        return Polarity::Success;
      if (T->isIntegralOrEnumerationType())
        return Polarity::Failure; // C: non-zero is an error code
    }
    return Polarity::Unknown;
  }

  static bool isByteCount(const Expr *Call) {
    std::string T = Call->getType().getAsString();
    if (T.find("ssize_t") != std::string::npos)
      return true;
    std::string N = llvm::StringRef(calleeName(Call)).lower();
    return llvm::StringRef(N).ends_with("read") ||
           llvm::StringRef(N).ends_with("write") ||
           llvm::StringRef(N).starts_with("recv") ||
           llvm::StringRef(N).starts_with("send");
  }

  Polarity comparePolarity(BinaryOperatorKind K, const Expr *L, const Expr *R,
                           const Outcome &O) {
    bool LM = mentions(L, O), RM = mentions(R, O);
    if (LM == RM)
      return Polarity::Unknown;
    if (RM) { // keep the outcome on the left
      std::swap(L, R);
      K = K == BO_LT   ? BO_GT
          : K == BO_GT ? BO_LT
          : K == BO_LE ? BO_GE
          : K == BO_GE ? BO_LE
                       : K;
    }
    Polarity ValueClass = Polarity::Unknown;
    std::optional<int64_t> V = constantValue(R);
    // `success == 0`: a flag compared with a constant.
    if (const auto *F = O.flag(declOf(L));
        F && V && isa<DeclRefExpr>(L->IgnoreParenImpCasts()) &&
        (K == BO_EQ || K == BO_NE)) {
      Polarity True = F->second ? Polarity::Success : Polarity::Failure;
      bool MeansTrue = (*V != 0) == (K == BO_EQ);
      return MeansTrue ? True : invert(True);
    }
    std::string Name = constantName(R);
    if (!Name.empty())
      ValueClass = nameClass(Name);
    // A bare 0 is the C convention for success, but a byte count of 0
    // (recv, read, SSL_read) means the peer closed.
    if (ValueClass == Polarity::Unknown && V) {
      if ((*V == 0 && !isByteCount(O.Call)) || (*V >= 200 && *V < 300))
        ValueClass = Polarity::Success;
      else if (*V < 0 || (*V >= 400 && *V < 600))
        ValueClass = Polarity::Failure;
    }
    bool PointerNull = V && *V == 0 && L->getType()->isPointerType();
    if (PointerNull)
      ValueClass = Polarity::Failure;
    switch (K) {
    case BO_EQ:
      return ValueClass;
    case BO_NE:
      return invert(ValueClass);
    case BO_LT:
    case BO_LE:
      if (V && (*V <= 0 || (K == BO_LT && *V == 0)))
        return Polarity::Failure; // rc < 0
      if (V && *V >= 200 && *V <= 600)
        return Polarity::Success; // status < 300
      return Polarity::Unknown;
    case BO_GT:
    case BO_GE:
      if (V && *V >= 299 && *V <= 600)
        return Polarity::Failure; // status >= 400
      if (V && *V <= 0)
        return Polarity::Success; // n > 0
      return Polarity::Unknown;
    default:
      return Polarity::Unknown;
    }
  }

  // --- Exits and repeats ---------------------------------------------------

  /// The statement leaves \p Loop: break (of this loop), return, throw, or
  /// a goto.
  bool exitsLoop(const Stmt *S, const Stmt *Loop) {
    bool Found = false;
    walkAll(S, [&](const Stmt *C) {
      if (isa<ReturnStmt, CXXThrowExpr, GotoStmt>(C))
        Found = true;
      else if (isa<BreakStmt>(C) && jumpsTo(C, Loop))
        Found = true;
    });
    return Found;
  }

  /// The branch always leaves the loop (`{ log(); break; }`), not only
  /// under a further condition (`else if (n == 0) return`).
  bool leavesUnconditionally(const Stmt *S, const Stmt *Loop) {
    if (!S)
      return false;
    if (isa<ReturnStmt, GotoStmt>(S))
      return true;
    if (const auto *E = dyn_cast<Expr>(S))
      return isa<CXXThrowExpr>(E->IgnoreImplicit());
    if (isa<BreakStmt>(S))
      return jumpsTo(S, Loop);
    if (const auto *CS = dyn_cast<CompoundStmt>(S))
      for (const Stmt *C : CS->body())
        if (leavesUnconditionally(C, Loop))
          return true;
    return false;
  }

  /// The statements from \p Case on (falling through later labels) reach a
  /// `continue` of \p Loop before they leave the switch.
  bool caseContinues(const SwitchStmt *Sw, const CaseStmt *Case,
                     const Stmt *Loop) {
    const auto *Body = dyn_cast<CompoundStmt>(Sw->getBody());
    if (!Body)
      return false;
    bool Started = false;
    for (const Stmt *C : Body->body()) {
      for (const Stmt *L = C; !Started && L;) {
        Started = L == Case;
        const auto *SC = dyn_cast<SwitchCase>(L);
        L = SC ? SC->getSubStmt() : nullptr;
      }
      if (!Started)
        continue;
      if (continuesLoop(C, Loop))
        return true;
      bool Leaves = false;
      walkAll(C, [&](const Stmt *X) {
        Leaves |= isa<ReturnStmt, CXXThrowExpr, GotoStmt>(X) ||
                  (isa<BreakStmt>(X) && jumpsTo(X, Sw));
      });
      if (Leaves)
        return false;
    }
    return false;
  }

  bool continuesLoop(const Stmt *S, const Stmt *Loop) {
    bool Found = false;
    walkAll(S, [&](const Stmt *C) {
      if (isa<ContinueStmt>(C) && jumpsTo(C, Loop) && !afterInterruption(C, S))
        Found = true;
    });
    return Found;
  }

  /// A `continue` under a test for an interrupted or pending call (`if
  /// (errno == EINTR) continue;` in a read loop) goes on with the same
  /// call, which never failed: no retry.
  bool afterInterruption(const Stmt *Continue, const Stmt *Within) {
    return testedAbove(Continue, Within, [&](const Stmt *X) {
      const auto *E = dyn_cast<Expr>(X);
      std::string N = E ? constantName(E) : "";
      return !N.empty() && nameClass(N) == Polarity::Unknown &&
             isPendingName(N);
    });
  }

  /// Whether the condition of an `if` around \p S (below \p Within, or up
  /// to the function) holds a node that passes \p Test.
  bool testedAbove(const Stmt *S, const Stmt *Within,
                   llvm::function_ref<bool(const Stmt *)> Test) {
    for (const Stmt *P = parentOf(S); P && P != Within; P = parentOf(P)) {
      const auto *If = dyn_cast<IfStmt>(P);
      if (!If || !If->getCond())
        continue;
      bool Found = false;
      walkAll(If->getCond(), [&](const Stmt *X) { Found = Found || Test(X); });
      if (Found)
        return true;
    }
    return false;
  }

  static bool isPendingName(llvm::StringRef Name) {
    std::string U = Name.upper();
    for (const char *W : {"AGAIN", "WOULDBLOCK", "EINTR", "WANT_READ",
                          "WANT_WRITE", "INPROGRESS", "IN_PROGRESS"})
      if (llvm::StringRef(U).contains(W))
        return true;
    return false;
  }

  /// Whether the break or continue \p Jump leaves or repeats \p Target:
  /// it sits in Target with no loop (nor, for a break, switch) between.
  /// Asked from the top: a template's instantiations share their break and
  /// continue statements with the pattern, so their parents are ambiguous.
  bool jumpsTo(const Stmt *Jump, const Stmt *Target) {
    bool IsBreak = isa<BreakStmt>(Jump), Found = false;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || Found || isa<LambdaExpr>(S))
        return;
      if (S == Jump) {
        Found = true;
        return;
      }
      if (S != Target && (isLoop(S) || (IsBreak && isa<SwitchStmt>(S))))
        return;
      for (const Stmt *C : S->children())
        Walk(C);
    };
    Walk(Target);
    return Found;
  }

  static const Expr *loopCondition(const Stmt *Loop) {
    if (const auto *W = dyn_cast<WhileStmt>(Loop))
      return W->getCond();
    if (const auto *D = dyn_cast<DoStmt>(Loop))
      return D->getCond();
    if (const auto *F = dyn_cast<ForStmt>(Loop))
      return F->getCond();
    return nullptr;
  }

  static const Stmt *loopBody(const Stmt *Loop) {
    if (const auto *W = dyn_cast<WhileStmt>(Loop))
      return W->getBody();
    if (const auto *D = dyn_cast<DoStmt>(Loop))
      return D->getBody();
    if (const auto *F = dyn_cast<ForStmt>(Loop))
      return F->getBody();
    if (const auto *R = dyn_cast<CXXForRangeStmt>(Loop))
      return R->getBody();
    return nullptr;
  }

  /// Does the loop go around again when the call fails?
  Shape loopShape(const Stmt *Loop, const Outcome &O) {
    Shape S;
    const Expr *Cond = loopCondition(Loop);
    if (Cond && mentions(Cond, O) && polarity(Cond, O) == Polarity::Failure) {
      S.Retry = true;
      S.Triggers.push_back(Cond);
    }
    walkOwn(loopBody(Loop), [&](const Stmt *C) {
      const auto *If = dyn_cast<IfStmt>(C);
      if (!If || !If->getCond() || !mentions(If->getCond(), O))
        return;
      Polarity P = polarity(If->getCond(), O);
      const Stmt *Then = If->getThen(), *Else = If->getElse();
      bool Repeat = false;
      if (P == Polarity::Failure)
        Repeat = continuesLoop(Then, Loop) ||
                 (Else && leavesUnconditionally(Else, Loop));
      else if (P == Polarity::Success)
        Repeat = leavesUnconditionally(Then, Loop) ||
                 (Else && continuesLoop(Else, Loop));
      if (Repeat) {
        S.Retry = true;
        S.Triggers.push_back(If->getCond());
      }
    });
    // `for (i < n) { if (r.status != 200) { sleep(t); r = session.Post(); }
    // }`: the call runs again only while its own last result failed.
    if (O.Var && !S.Retry && !setByAnotherCall(loopBody(Loop), O))
      for (const Stmt *Child = O.Call, *P = parentOf(O.Call); P && P != Loop;
           Child = P, P = parentOf(P))
        if (const auto *If = dyn_cast<IfStmt>(P);
            If && If->getCond() && Child != If->getCond() &&
            mentions(If->getCond(), O) && !contains(If->getCond(), O.Call)) {
          Polarity Want =
              Child == If->getThen() ? Polarity::Failure : Polarity::Success;
          if (polarity(If->getCond(), O) == Want) {
            S.Retry = true;
            S.Triggers.push_back(If->getCond());
          }
          break;
        }
    // `switch (st = call(); st.error_code()) { case UNAVAILABLE: wait();
    // continue; default: return st; }`: a failure's case goes round again.
    walkOwn(loopBody(Loop), [&](const Stmt *C) {
      const auto *Sw = dyn_cast<SwitchStmt>(C);
      if (!Sw || !Sw->getCond() ||
          !(mentions(Sw->getCond(), O) ||
            (Sw->getInit() && contains(Sw->getInit(), O.Call))))
        return;
      for (const SwitchCase *SC = Sw->getSwitchCaseList(); SC;
           SC = SC->getNextSwitchCase())
        if (const auto *Case = dyn_cast<CaseStmt>(SC))
          if (nameClass(constantName(Case->getLHS())) == Polarity::Failure &&
              caseContinues(Sw, Case, Loop)) {
            S.Retry = true;
            S.Triggers.push_back(Sw->getCond());
            return;
          }
    });
    // An exception caught inside the loop, success leaving it.
    if (!S.Retry)
      for (const Stmt *P = parentOf(O.Call); P && P != Loop; P = parentOf(P))
        if (const auto *Try = dyn_cast<CXXTryStmt>(P)) {
          bool HandlerRethrows = false;
          for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
            for (const Stmt *H :
                 Try->getHandler(I)->getHandlerBlock()->children())
              HandlerRethrows |= isa<CXXThrowExpr>(H) || isa<ReturnStmt>(H) ||
                                 (isa<BreakStmt>(H));
          // Success leaves the loop: a break/return in the try block, or a
          // flag it sets that the loop condition reads (`done = true`).
          const Expr *LoopCond = loopCondition(Loop);
          bool LeavesOnSuccess = exitsLoop(Try->getTryBlock(), Loop);
          if (LoopCond && !LeavesOnSuccess) {
            Outcome None;
            LeavesOnSuccess =
                mentionsAny(LoopCond, modified(Try->getTryBlock(), None));
          }
          if (!HandlerRethrows && LeavesOnSuccess) {
            S.Retry = true;
            S.Triggers.push_back(nullptr);
          }
          // A polling loop that waits only after a success: a failure
          // goes round again at once (`try { poll(); sleep(1); } catch
          // (...) { log(); }`).
          const Expr *Delay = nullptr;
          bool HandlerWaits = false;
          for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
            HandlerWaits |= findWait(Try->getHandler(I), Delay) != nullptr;
          if (!HandlerRethrows && !LeavesOnSuccess && !HandlerWaits &&
              findWait(Try->getTryBlock(), Delay, O.Call->getEndLoc())) {
            S.Retry = true;
            S.Triggers.push_back(nullptr);
            S.WaitsOnlyOnSuccess = true;
          }
          break;
        }
    return S;
  }

  /// \p Region assigns the outcome's variable from something other than
  /// its call (`res = PQexec(a); if (failed(res)) res = PQexec(b);`).
  bool setByAnotherCall(const Stmt *Region, const Outcome &O) {
    bool Found = false;
    auto Check = [&](const Expr *LHS, const Expr *RHS) {
      LHS = LHS->IgnoreParenImpCasts();
      const ValueDecl *D = nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
        D = DRE->getDecl();
      else if (const auto *ME = dyn_cast<MemberExpr>(LHS))
        D = ME->getMemberDecl();
      if (D == O.Var && !contains(RHS, O.Call))
        Found = true;
    };
    walkAll(Region, [&](const Stmt *X) {
      if (const auto *BO = dyn_cast<BinaryOperator>(X);
          BO && BO->getOpcode() == BO_Assign)
        Check(BO->getLHS(), BO->getRHS());
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X);
               OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        Check(OC->getArg(0), OC->getArg(1));
    });
    return Found;
  }

  bool isConstantTrue(const Expr *E) {
    bool B;
    return !E->isValueDependent() && E->EvaluateAsBooleanCondition(B, Ctx) && B;
  }

  // --- Bounds ---------------------------------------------------------------

  /// Declarations the region changes: counters, deadlines, delays.
  llvm::DenseSet<const ValueDecl *> modified(const Stmt *Region,
                                             const Outcome &O) {
    llvm::DenseSet<const ValueDecl *> Out;
    auto Target = [&](const Expr *E) -> const ValueDecl * {
      E = E->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        return DRE->getDecl();
      if (const auto *ME = dyn_cast<MemberExpr>(E))
        return ME->getMemberDecl();
      return nullptr;
    };
    walkAll(Region, [&](const Stmt *S) {
      const ValueDecl *D = nullptr;
      if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
        if (UO->isIncrementDecrementOp())
          D = Target(UO->getSubExpr());
      } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
        if (BO->isAssignmentOp())
          D = Target(BO->getLHS());
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
        if (OC->isAssignmentOp() || OC->getOperator() == OO_PlusPlus ||
            OC->getOperator() == OO_MinusMinus)
          if (OC->getNumArgs() >= 1)
            D = Target(OC->getArg(0));
      }
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        for (const Decl *X : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(X); VD && VD->hasInit())
            if (VD != O.Var)
              Out.insert(VD); // `time_t now = time(NULL);` each time round
      if (D && !O.isVar(D))
        Out.insert(D);
    });
    return Out;
  }

  bool isTimeCall(const Stmt *S, int Depth = 0) {
    bool Found = false;
    walkAll(S, [&](const Stmt *C) {
      // A local that holds the clock: `time_t tt = time(NULL);`.
      if (const auto *DRE = dyn_cast<DeclRefExpr>(C))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (Depth < 2 && VD->isLocalVarDecl() && VD->getInit())
            Found |= isTimeCall(VD->getInit(), Depth + 1);
      if (!isa<CallExpr>(C))
        return;
      std::string N = llvm::StringRef(calleeName(cast<Expr>(C))).lower();
      for (const char *T : {"time", "now", "clock", "tick", "elapsed",
                            "gettimeofday", "deadline", "expired"})
        Found |= N.find(T) != std::string::npos;
    });
    return Found;
  }

  /// A test that ends the attempts: a counter or a clock compared with a
  /// limit. Sets \p Conditional when a `limit != 0 &&` beside it lets a zero
  /// limit mean "forever".
  bool limitTest(const Expr *E, const Outcome &O,
                 const llvm::DenseSet<const ValueDecl *> &Changed,
                 std::string &Conditional, const Expr *Sibling = nullptr) {
    if (!E)
      return false;
    E = E->IgnoreParenImpCasts();
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->getOpcode() == BO_LAnd) {
        std::string C1, C2;
        bool L = limitTest(BO->getLHS(), O, Changed, C1, BO->getRHS());
        bool R = limitTest(BO->getRHS(), O, Changed, C2, BO->getLHS());
        if (L || R)
          Conditional = !C1.empty() ? C1 : C2;
        return L || R;
      }
      if (BO->getOpcode() == BO_LOr) {
        std::string C1, C2;
        bool L = limitTest(BO->getLHS(), O, Changed, C1);
        bool R = limitTest(BO->getRHS(), O, Changed, C2);
        if (L || R)
          Conditional = (L && C1.empty()) || (R && C2.empty()) ? "" : C1 + C2;
        return L || R;
      }
      if (BO->isComparisonOp() && !mentions(BO, O) &&
          (mentionsAny(BO, Changed) || isTimeCall(BO))) {
        // `limit != 0 && elapsed > limit`
        if (Sibling) {
          for (const Expr *Side : {BO->getLHS(), BO->getRHS()}) {
            std::string T = text(Side->IgnoreParenImpCasts());
            std::string S = text(Sibling);
            if (!T.empty() && S.find(T) != std::string::npos &&
                !mentionsAny(Side, Changed) && !isTimeCall(Side) &&
                (S.find("!= 0") != std::string::npos ||
                 S.find("> 0") != std::string::npos ||
                 S.find("!=0") != std::string::npos))
              Conditional = T;
          }
        }
        return true;
      }
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->isIncrementDecrementOp())
        return true; // while (tries--)
      if (UO->getOpcode() == UO_LNot)
        return limitTest(UO->getSubExpr(), O, Changed, Conditional);
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      if (OC->getNumArgs() == 2 && !mentions(OC, O) &&
          (mentionsAny(OC, Changed) || isTimeCall(OC)))
        return true;
    if (isa<CallExpr>(E) && isTimeCall(E) && !mentions(E, O))
      return true; // deadline_passed()
    return false;
  }

  /// A loop's own condition ends the attempts when the loop cannot go on
  /// past a limit: `tries < max && !ok` does, but `tries < max || max ==
  /// INFINITY` goes on while either side holds, so both must test one.
  bool conditionLimits(const Expr *Cond, const Outcome &O,
                       const llvm::DenseSet<const ValueDecl *> &Changed,
                       std::string &Conditional) {
    const auto *BO = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
    if (!BO || BO->getOpcode() != BO_LOr)
      return limitTest(Cond, O, Changed, Conditional);
    std::string C1, C2;
    bool Both = conditionLimits(BO->getLHS(), O, Changed, C1) &&
                conditionLimits(BO->getRHS(), O, Changed, C2);
    if (Both)
      Conditional = !C1.empty() ? C1 : C2;
    return Both;
  }

  void loopBound(const Stmt *Loop, const Outcome &O, RetryPoint &P) {
    auto Changed = modified(Loop, O);
    bool Bounded = false;
    std::string Conditional;
    auto Note = [&](const std::string &C) {
      if (C.empty())
        Bounded = true;
      else
        Conditional = C;
    };
    auto Consider = [&](const Expr *Cond) {
      std::string C;
      if (limitTest(Cond, O, Changed, C))
        Note(C);
    };
    const Expr *Cond = loopCondition(Loop);
    if (std::string C;
        Cond && !isConstantTrue(Cond) && conditionLimits(Cond, O, Changed, C))
      Note(C);
    if (const auto *F = dyn_cast<ForStmt>(Loop); F && !F->getCond())
      Cond = nullptr;
    // Exits guarded by a limit.
    walkAll(loopBody(Loop), [&](const Stmt *S) {
      bool Exit = isa<ReturnStmt, CXXThrowExpr, GotoStmt>(S) ||
                  (isa<BreakStmt>(S) && jumpsTo(S, Loop));
      if (!Exit)
        return;
      for (const Stmt *Up = parentOf(S); Up && Up != Loop; Up = parentOf(Up))
        if (const auto *If = dyn_cast<IfStmt>(Up))
          Consider(If->getCond());
    });
    // A body that ends by leaving comes round again only through its
    // `continue`s: a limit guarding them bounds the loop (`if (n <= max) {
    // sleep(d); continue; } return -EIO;`).
    const auto *Body = dyn_cast_or_null<CompoundStmt>(loopBody(Loop));
    if (Body && !Body->body_empty() &&
        leavesUnconditionally(Body->body_back(), Loop)) {
      // Every way round must pass a limit.
      std::vector<const Expr *> Guards;
      bool Unguarded = false;
      walkAll(Body, [&](const Stmt *S) {
        if (!isa<ContinueStmt>(S) || !jumpsTo(S, Loop))
          return;
        const Expr *Guard = nullptr;
        for (const Stmt *Up = parentOf(S), *From = S;
             Up && Up != Loop && !Guard; From = Up, Up = parentOf(Up))
          if (const auto *If = dyn_cast<IfStmt>(Up);
              If && From == If->getThen() && countsOrTimes(If->getCond(), Loop))
            Guard = If->getCond();
        if (Guard)
          Guards.push_back(Guard);
        else
          Unguarded = true;
      });
      if (!Unguarded)
        for (const Expr *Guard : Guards)
          Consider(Guard);
    }
    P.Bound = Bounded                ? RetryBound::Bounded
              : !Conditional.empty() ? RetryBound::Conditional
                                     : RetryBound::Unbounded;
    P.ConditionalOn = Bounded ? "" : Conditional;
  }

  // --- Waits
  // ------------------------------------------------------------------

  bool isRandom(const Stmt *S, int Depth = 0) {
    if (!S || Depth > 2)
      return false;
    bool Found = false;
    walkAll(S, [&](const Stmt *C) {
      if (Found)
        return;
      std::string N;
      if (const auto *E = dyn_cast<CallExpr>(C))
        N = calleeName(E);
      if (const auto *E = dyn_cast<Expr>(C)) {
        QualType T = E->getType();
        if (!T.isNull() && !T->isDependentType())
          N += " " + T.getAsString();
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(C)) {
        N += " " + DRE->getDecl()->getNameAsString();
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->getInit() && VD->isLocalVarDecl())
            Found |= isRandom(VD->getInit(), Depth + 1);
      }
      std::string L = llvm::StringRef(N).lower();
      for (const char *R : {"rand", "random", "jitter", "uniform_", "mt19937",
                            "distribution", "arc4random"})
        Found |= L.find(R) != std::string::npos;
    });
    return Found;
  }

  /// Assignments to \p D inside the region whose value grows from itself
  /// or from a counter.
  bool grows(const ValueDecl *D, const Stmt *Region,
             const llvm::DenseSet<const ValueDecl *> &Changed) {
    bool Found = false;
    walkAll(Region, [&](const Stmt *S) {
      const auto *BO = dyn_cast<BinaryOperator>(S);
      if (!BO || !BO->isAssignmentOp())
        return;
      const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
      const ValueDecl *T = nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(L))
        T = DRE->getDecl();
      else if (const auto *ME = dyn_cast<MemberExpr>(L))
        T = ME->getMemberDecl();
      if (T != D)
        return;
      if (BO->isCompoundAssignmentOp()) {
        Found |= BO->getOpcode() == BO_MulAssign ||
                 BO->getOpcode() == BO_ShlAssign ||
                 BO->getOpcode() == BO_AddAssign;
        return;
      }
      llvm::DenseSet<const ValueDecl *> Self{D};
      auto Others = Changed;
      Others.erase(D);
      Found |=
          mentionsAny(BO->getRHS(), Self) || mentionsAny(BO->getRHS(), Others);
    });
    return Found;
  }

  bool readsRetryAfter(const Stmt *Region) {
    bool Found = false;
    walkAll(Region, [&](const Stmt *S) {
      if (const auto *SL = dyn_cast<StringLiteral>(S))
        Found |=
            SL->getCharByteWidth() == 1 &&
            SL->getString().lower().find("retry-after") != std::string::npos;
    });
    return Found;
  }

  /// The first wait in \p Region at or after \p After: a call that sleeps,
  /// or a project function that does (`backoff_sleep(attempt)`); \p Delay
  /// is what holds the delay.
  const Expr *findWait(const Stmt *Region, const Expr *&Delay,
                       SourceLocation After = SourceLocation()) {
    const Expr *Wait = nullptr;
    walkAll(Region, [&](const Stmt *S) {
      const auto *E = dyn_cast<Expr>(S);
      if (!E || Wait ||
          (After.isValid() &&
           SM.isBeforeInTranslationUnit(E->getBeginLoc(), After)))
        return;
      auto It = Facts.Waits.find(E);
      if (It != Facts.Waits.end()) {
        Wait = E;
        Delay = It->second;
        return;
      }
      // A project function that waits: `backoff_sleep(attempt)`.
      auto PC = ProjectCallOf.find(E);
      if (PC != ProjectCallOf.end() && PC->second->Callee) {
        if (const FunctionDecl *Def = definitionOf(PC->second->Callee))
          walkAll(Def->getBody(), [&](const Stmt *In) {
            if (!Wait && isa<Expr>(In) && Facts.Waits.count(cast<Expr>(In))) {
              Wait = E;
              Delay = E; // its arguments carry the delay
            }
          });
        else if (namedSleep(PC->second->Callee)) {
          Wait = E;
          Delay = E;
        }
        return;
      }
      // ... or of a library the model does not know (PostgreSQL's
      // `pg_usleep`, GLib's `g_usleep`, Qt's `QThread::msleep`).
      if (const auto *CE = dyn_cast<CallExpr>(E))
        if (const FunctionDecl *FD = CE->getDirectCallee();
            FD && !FD->hasBody() && namedSleep(FD)) {
          Wait = E;
          Delay = E;
        }
    });
    return Wait;
  }

  /// A function defined out of sight whose name says it sleeps
  /// (`millisleep`, `pg_usleep`, `sleep_ms`) or waits a given time
  /// (`iot_wait_msecs`, `delay_ms`, Arduino's `delay`, FreeRTOS's
  /// `vTaskDelay`). A bare `wait` or `delay` suffix says nothing of time:
  /// `wait_for_reply`, `compute_delay`.
  bool namedSleep(const FunctionDecl *FD) {
    if (!FD->getDeclName().isIdentifier() || definitionOf(FD))
      return false;
    llvm::StringRef N = FD->getName();
    if (N.ends_with_insensitive("sleep") || N.starts_with_insensitive("sleep"))
      return true;
    static const llvm::Regex TimedWait(
        "(^|_)(wait|delay|pause)_?(ms|msec|msecs|millis|us|usec|usecs|micros|"
        "sec|secs|seconds)$|^(delay|vtaskdelay|hal_delay|osdelay|"
        "delaymicroseconds)$");
    return TimedWait.match(N.lower());
  }

  void loopWait(const Stmt *Region, const Outcome &O, RetryPoint &P) {
    auto Changed = modified(Region, O);
    const Expr *Delay = nullptr;
    const Expr *Wait = findWait(Region, Delay);
    if (!Wait) {
      P.Wait = RetryWait::None;
      return;
    }
    P.WaitLoc = Wait->getBeginLoc();
    P.Wait = RetryWait::Fixed;
    if (readsRetryAfter(Region))
      P.Wait = RetryWait::ServerDirected;
    if (Delay) {
      llvm::DenseSet<const ValueDecl *> Counters;
      bool Grows = false;
      walkAll(Delay, [&](const Stmt *S) {
        const ValueDecl *D = nullptr;
        if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
          D = DRE->getDecl();
        else if (const auto *ME = dyn_cast<MemberExpr>(S))
          D = ME->getMemberDecl();
        if (!D)
          return;
        if (Changed.count(D) &&
            (grows(D, Region, Changed) || isCounter(D, Region)))
          Grows = true;
        // A local computed from a counter: `auto d = base << attempt;`
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (VD->isLocalVarDecl() && VD->getInit() &&
              mentionsAny(VD->getInit(), Changed))
            Grows = true;
        if (const auto *Call = dyn_cast<CallExpr>(S)) {
          std::string N = llvm::StringRef(calleeName(Call)).lower();
          if (N.find("backoff") != std::string::npos ||
              N.find("pow") != std::string::npos ||
              N.find("exp") != std::string::npos)
            Grows = true;
        }
      });
      if (Grows && P.Wait != RetryWait::ServerDirected)
        P.Wait = RetryWait::Growing;
      P.Jitter = isRandom(Delay);
      if (!P.Jitter)
        walkAll(Delay, [&](const Stmt *S) {
          if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
            if (Changed.count(DRE->getDecl()))
              walkAll(Region, [&](const Stmt *A) {
                if (const auto *BO = dyn_cast<BinaryOperator>(A))
                  if (BO->isAssignmentOp())
                    if (const auto *L = dyn_cast<DeclRefExpr>(
                            BO->getLHS()->IgnoreParenImpCasts()))
                      if (L->getDecl() == DRE->getDecl() &&
                          isRandom(BO->getRHS()))
                        P.Jitter = true;
              });
        });
    }
  }

  /// The condition reads an attempt counter stepped in \p Loop or the
  /// clock: it can be a limit, not just a test of the response.
  bool countsOrTimes(const Expr *Cond, const Stmt *Loop) {
    bool Found = isTimeCall(Cond);
    walkAll(Cond, [&](const Stmt *S) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        Found |= isCounter(DRE->getDecl(), Loop);
      else if (const auto *ME = dyn_cast<MemberExpr>(S))
        Found |= isCounter(ME->getMemberDecl(), Loop);
    });
    return Found;
  }

  bool isCounter(const ValueDecl *D, const Stmt *Region) {
    bool Found = false;
    walkAll(Region, [&](const Stmt *S) {
      const Expr *Sub = nullptr;
      if (const auto *UO = dyn_cast<UnaryOperator>(S))
        if (UO->isIncrementDecrementOp())
          Sub = UO->getSubExpr();
      if (const auto *BO = dyn_cast<BinaryOperator>(S))
        if (BO->getOpcode() == BO_AddAssign || BO->getOpcode() == BO_SubAssign)
          Sub = BO->getLHS();
      if (!Sub)
        return;
      Sub = Sub->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(Sub))
        Found |= DRE->getDecl() == D;
      else if (const auto *ME = dyn_cast<MemberExpr>(Sub))
        Found |= ME->getMemberDecl() == D;
    });
    return Found;
  }

  const FunctionDecl *definitionOf(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (FD->hasBody(Def) && Def && Def->getBody() &&
        !SM.isInSystemHeader(Def->getLocation()))
      return Def;
    return nullptr;
  }

  // --- The operation
  // ----------------------------------------------------------

  /// POST or PATCH, or a choice among verbs that includes one
  /// (`GET,POST`).
  /// Whether \p M (one operation, or verbs a run-time choice may send,
  /// comma-separated) is carried out twice by a repeat: the library's own
  /// list (Redis INCR, LPUSH), else POST and PATCH.
  static bool nonIdempotentMethod(llvm::StringRef M, const LibraryModel *Lib) {
    static const std::vector<std::string> Http = {"POST", "PATCH"};
    const std::vector<std::string> &Listed =
        Lib && !Lib->NonIdempotentMethods.empty() ? Lib->NonIdempotentMethods
                                                  : Http;
    llvm::SmallVector<llvm::StringRef, 4> Verbs;
    M.split(Verbs, ',');
    return llvm::any_of(Verbs, [&](llvm::StringRef V) {
      return llvm::is_contained(Listed, V);
    });
  }

  bool isGrpc(const Site &S) {
    return S.Rule->Match.ParamType == "grpc::ClientContext";
  }

  std::string rpcName(const Site &S) {
    llvm::StringRef N(S.Callee);
    size_t Pos = N.rfind("::");
    if (Pos != llvm::StringRef::npos)
      N = N.substr(Pos + 2);
    if (!N.consume_front("PrepareAsync"))
      N.consume_front("Async");
    return N.str();
  }

  /// The method of the request \p S sends, from the model's method rules.
  const MethodEvent *methodOf(const Site &S) {
    llvm::DenseSet<const ValueDecl *> Keys;
    addHandleRoots(S, Keys);
    if (const auto *CE = dyn_cast<CallExpr>(S.Call))
      for (const Expr *A : CE->arguments())
        walkAll(A, [&](const Stmt *X) {
          if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
            Keys.insert(DRE->getDecl());
          else if (const auto *ME = dyn_cast<MemberExpr>(X))
            Keys.insert(ME->getMemberDecl());
        });
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(S.Call))
      walkAll(MCE->getImplicitObjectArgument(), [&](const Stmt *X) {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
          Keys.insert(DRE->getDecl());
      });
    const MethodEvent *Best = nullptr;
    for (const MethodEvent &M : Facts.Methods) {
      bool Match = M.Key.valid() ? (M.Key.Root && Keys.count(M.Key.Root))
                                 : M.Call == S.Call;
      if (!Match)
        continue;
      // The latest setting before the call wins (a handle reused for GET).
      if (M.Key.valid() && SM.isBeforeInTranslationUnit(S.Loc, M.Loc) && Best)
        continue;
      if (!Best || SM.isBeforeInTranslationUnit(Best->Loc, M.Loc))
        if (!(M.Key.valid() && Best &&
              SM.isBeforeInTranslationUnit(S.Loc, M.Loc)))
          Best = &M;
    }
    return Best;
  }

  /// Judges the operation behind one retried call.
  void judgeOperation(const Expr *Call, RetryPoint &P) {
    std::vector<const Site *> Sites;
    if (auto It = SiteOf.find(Call); It != SiteOf.end())
      Sites.push_back(It->second);
    else if (auto PC = ProjectCallOf.find(Call); PC != ProjectCallOf.end()) {
      if (PC->second->Callee)
        Sites = Calls.sitesOf(PC->second->Callee);
      else if (PC->second->ViaField)
        for (const auto &FT : Facts.FieldTargets)
          if (FT.first == PC->second->ViaField) {
            auto More = Calls.sitesOf(FT.second);
            Sites.insert(Sites.end(), More.begin(), More.end());
          }
      P.OpenCallees = Calls.openCallees(*PC->second);
      if (Calls.callsOut(*PC->second))
        P.OpenCallees.clear();
    }
    for (const Site *S : Sites) {
      if (!P.Lib)
        P.Lib = S->Lib;
      if (isGrpc(*S)) {
        std::string Name = rpcName(*S);
        if (P.Operation.empty())
          P.Operation = "RPC " + Name;
        if (!RpcPattern.match(Name)) {
          P.NonIdempotent = true;
          P.Operation = "RPC " + Name;
          P.OperationLoc = S->Loc;
        }
        continue;
      }
      if (const MethodEvent *M = methodOf(*S)) {
        bool Repeated = nonIdempotentMethod(M->Method, S->Lib);
        if (P.Operation.empty() || Repeated)
          P.Operation = M->Method;
        if (Repeated) {
          P.NonIdempotent = true;
          if (M->Key.valid()) // set on the handle, away from the call
            P.OperationLoc = M->Loc;
        }
      }
      if (P.Operation.empty())
        P.Operation = S->Rule->Operation;
    }
  }

  /// A protobuf request that carries its own key: a request id the server
  /// de-duplicates by (`set_request_id`), or, for a Create, the name of
  /// the resource to create: a repeat finds it and fails with
  /// ALREADY_EXISTS instead of creating a second one.
  void judgeRequestKey(const std::vector<const Stmt *> &Scopes,
                       const Stmt *Loop, RetryPoint &P) {
    // `CreateTopic` names its resource with `set_name` or `set_topic_id`.
    llvm::StringRef Op(P.Operation);
    std::string ResourceId;
    bool Create = Op.consume_front("RPC Create");
    if (Create) {
      ResourceId = "set_";
      for (char C : Op) {
        if (llvm::isUpper(C) && ResourceId.size() > 4)
          ResourceId += '_';
        ResourceId += llvm::toLower(C);
      }
      ResourceId += "_id";
    }
    for (const Stmt *Scope : Scopes)
      walkAll(Scope, [&](const Stmt *S) {
        const auto *MCE = dyn_cast<CXXMemberCallExpr>(S);
        const CXXMethodDecl *MD = MCE ? MCE->getMethodDecl() : nullptr;
        if (!MD || !MD->getDeclName().isIdentifier() ||
            P.Key != IdempotencyKey::None ||
            !isProtobufMessage(MD->getParent()))
          return;
        llvm::StringRef N = MD->getName();
        bool Keyed = N == "set_request_id" || N == "set_idempotency_key" ||
                     (Create && (N == "set_name" || N == ResourceId));
        // Set inside the retry, the id may be new for every attempt.
        if (!Keyed || (Loop && within(SM, Loop, MCE->getExprLoc())))
          return;
        P.Key = IdempotencyKey::Stable;
        P.KeyLoc = MCE->getExprLoc();
      });
  }

  static bool isProtobufMessage(const CXXRecordDecl *RD) {
    if (!RD || !RD->hasDefinition())
      return false;
    bool Found = false;
    auto IsMessage = [&](const CXXRecordDecl *B) {
      Found |= B->getQualifiedNameAsString() == "google::protobuf::Message";
      return true;
    };
    IsMessage(RD);
    RD->forallBases(IsMessage);
    return Found;
  }

  /// An idempotency-key header on the request, and whether every attempt
  /// carries the same key.
  void judgeKey(const std::vector<const Stmt *> &Scopes, const Stmt *Loop,
                RetryPoint &P) {
    if (llvm::StringRef(P.Operation).starts_with("RPC "))
      judgeRequestKey(Scopes, Loop, P);
    for (const Stmt *Scope : Scopes)
      walkAll(Scope, [&](const Stmt *S) {
        const auto *SL = dyn_cast<StringLiteral>(S);
        if (!SL || SL->getCharByteWidth() != 1 || P.Key != IdempotencyKey::None)
          return;
        std::string L = SL->getString().lower();
        bool Named = false;
        for (const auto &H : Opts.IdempotencyHeaders)
          Named |= L.find(llvm::StringRef(H).lower()) != std::string::npos;
        if (!Named)
          return;
        P.Key = IdempotencyKey::Stable;
        P.KeyLoc = SL->getBeginLoc();
        if (!Loop || !within(SM, Loop, SL->getBeginLoc()))
          return;
        // Set inside the loop: a value generated there changes per attempt.
        const Stmt *Full = nullptr;
        walkAll(loopBody(Loop), [&](const Stmt *X) {
          if (const auto *CS = dyn_cast<CompoundStmt>(X))
            for (const Stmt *C : CS->body())
              if (within(SM, C, SL->getBeginLoc()))
                Full = C;
        });
        if (!Full)
          return;
        walkAll(Full, [&](const Stmt *X) {
          if (const auto *CE = dyn_cast<CallExpr>(X)) {
            std::string N = llvm::StringRef(calleeName(CE)).lower();
            for (const char *G : {"uuid", "rand", "generate", "nonce", "now"})
              if (N.find(G) != std::string::npos)
                P.Key = IdempotencyKey::PerAttempt;
          }
        });
      });
  }

  bool onlyNotProcessed(const Shape &Sh) {
    if (Sh.Triggers.empty())
      return false;
    for (const Expr *T : Sh.Triggers) {
      if (!T)
        return false;
      bool Saw429 = false;
      walkAll(T, [&](const Stmt *S) {
        if (const auto *IL = dyn_cast<IntegerLiteral>(S))
          Saw429 |= IL->getValue() == 429;
        std::string N = constantName(cast<Expr>(isa<Expr>(S) ? S : T));
        Saw429 |=
            llvm::StringRef(N).lower().find("too_many") != std::string::npos;
      });
      if (!Saw429)
        return false;
    }
    return true;
  }

  // --- Shapes
  // -----------------------------------------------------------------

  std::string calleeText(const Expr *Call) {
    if (auto It = SiteOf.find(Call); It != SiteOf.end())
      return It->second->Callee;
    const NamedDecl *D = calleeDecl(Call);
    if (D && !isa<FieldDecl>(D))
      return D->getNameAsString();
    if (const auto *CE = dyn_cast<CallExpr>(Call))
      return text(CE->getCallee()); // through a pointer: (*ops->connect)
    return "call";
  }

  SourceLocation callLoc(const Expr *Call) {
    if (auto It = SiteOf.find(Call); It != SiteOf.end())
      return It->second->Loc;
    return Call->getBeginLoc();
  }

  bool usedOutsideWaits(const Stmt *Body, const VarDecl *V) {
    bool Used = false;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || Used)
        return;
      if (const auto *E = dyn_cast<Expr>(S); E && Facts.Waits.count(E))
        return;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        Used |= DRE->getDecl() == V;
      for (const Stmt *C : S->children())
        Walk(C);
    };
    Walk(Body);
    return Used;
  }

  /// A for loop that walks a list gives each element one try.
  static bool isPlainAssign(const Stmt *S) {
    if (const auto *BO = dyn_cast<BinaryOperator>(S))
      return BO->getOpcode() == BO_Assign;
    const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
    return OC && OC->getOperator() == OO_Equal;
  }

  bool iteratesOverInputs(const Stmt *Loop, const Expr *Call) {
    // What the body steps each pass (`++it`, `++seed`, `i += 2`).
    llvm::DenseSet<const ValueDecl *> Stepped;
    walkOwn(loopBody(Loop), [&](const Stmt *S) {
      const Expr *Target = nullptr, *Unused = nullptr;
      if (const auto *UO = dyn_cast<UnaryOperator>(S);
          UO && UO->isIncrementDecrementOp())
        Target = UO->getSubExpr();
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
               OC && (OC->getOperator() == OO_PlusPlus ||
                      OC->getOperator() == OO_MinusMinus))
        Target = OC->getArg(0);
      else if (!asAssignment(S, Target, Unused) || isPlainAssign(S))
        Target = nullptr; // `x = ...` sets, it does not step
      if (const ValueDecl *D = Target ? declOf(Target) : nullptr)
        Stepped.insert(D);
    });
    // The loop's index: its increment's variables, or an iterator the body
    // steps (`while (it != end) { ... ++it; }`).
    llvm::DenseSet<const ValueDecl *> Induction;
    if (const auto *F = dyn_cast<ForStmt>(Loop))
      walkAll(F->getInc(), [&](const Stmt *S) {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
          Induction.insert(DRE->getDecl());
      });
    for (const ValueDecl *D : Stepped)
      if (!D->getType()->isIntegerType())
        Induction.insert(D);
    if (Induction.empty())
      return false;
    bool Used = false;
    if (const auto *CE = dyn_cast<CallExpr>(Call))
      for (const Expr *A : CE->arguments())
        Used |= mentionsAny(A, Induction);
    // ... or through an element the body picks with the index, or with a
    // value stepped each pass (`node = nodes[++seed % n]`: the next node).
    Stepped.insert(Induction.begin(), Induction.end());
    walkOwn(loopBody(Loop), [&](const Stmt *S) {
      const auto *DS = dyn_cast<DeclStmt>(S);
      const auto *VD = DS && DS->isSingleDecl()
                           ? dyn_cast<VarDecl>(DS->getSingleDecl())
                           : nullptr;
      if (VD && VD->getInit() && mentionsAny(VD->getInit(), Stepped))
        Stepped.insert(VD);
    });
    // An element picked that way counts when it reaches the call, directly
    // or through locals made from it (`node = it->first; call(node)`).
    auto Picks = [&](const Stmt *S) {
      bool Found = false;
      walkAll(S, [&](const Stmt *X) {
        if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(X))
          Found |= mentionsAny(ASE->getIdx(), Stepped);
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
          if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
            Found |= mentionsAny(OC->getArg(1), Stepped);
          // `it->second`, `*it`: the element an iterator stands on.
          if (OC->getOperator() == OO_Arrow ||
              (OC->getOperator() == OO_Star && OC->getNumArgs() == 1))
            Found |= mentionsAny(OC->getArg(0), Induction);
        }
      });
      return Found;
    };
    llvm::DenseSet<const ValueDecl *> Picked;
    for (int Pass = 0; Pass < 3; ++Pass)
      walkOwn(loopBody(Loop), [&](const Stmt *S) {
        const auto *DS = dyn_cast<DeclStmt>(S);
        const auto *VD = DS && DS->isSingleDecl()
                             ? dyn_cast<VarDecl>(DS->getSingleDecl())
                             : nullptr;
        if (VD && VD->getInit() &&
            (Picks(VD->getInit()) || mentionsAny(VD->getInit(), Picked)))
          Picked.insert(VD);
        // ... or assigned to a local declared before (`writer =
        // db->writers[i];`).
        const Expr *L = nullptr, *R = nullptr;
        if (isPlainAssign(S) && asAssignment(S, L, R))
          if (const auto *LV = dyn_cast_or_null<VarDecl>(declOf(L));
              LV && LV->hasLocalStorage() &&
              (Picks(R) || mentionsAny(R, Picked)))
            Picked.insert(LV);
      });
    Used |= Picks(Call) || mentionsAny(Call, Picked);
    // ... or when it configures the call's handle (`setopt(h, URL, urls[i])`).
    llvm::DenseSet<const ValueDecl *> CallVars;
    walkAll(Call, [&](const Stmt *X) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        CallVars.insert(DRE->getDecl());
    });
    walkOwn(loopBody(Loop), [&](const Stmt *S) {
      if (const auto *CE = dyn_cast<CallExpr>(S); CE && CE != Call)
        Used |=
            (Picks(CE) || mentionsAny(CE, Picked)) && mentionsAny(CE, CallVars);
    });
    return Used;
  }

  void analyzeLoop(const Stmt *Loop) {
    // A range-for walks a schedule of delays (`for (auto d : {1s, 2s, 4s})`)
    // or a list of inputs or hosts (each tried once: not a retry).
    const VarDecl *RangeVar = nullptr;
    if (const auto *R = dyn_cast<CXXForRangeStmt>(Loop))
      RangeVar = R->getLoopVariable();
    std::vector<const Expr *> Candidates;
    auto Collect = [&](const Stmt *S) {
      if (const auto *E = dyn_cast<Expr>(S))
        if ((isa<CallExpr>(E) || isa<CXXConstructExpr>(E)) && isRepeatable(E))
          Candidates.push_back(E);
    };
    walkOwn(loopBody(Loop), Collect);
    if (const Expr *C = loopCondition(Loop))
      walkOwn(C, Collect);
    llvm::DenseSet<const Expr *> Retried;
    std::optional<RetryPoint> Earliest;
    const Expr *EarliestCall = nullptr;
    for (const Expr *Call : Candidates) {
      if (iteratesOverInputs(Loop, Call) ||
          (RangeVar && usedOutsideWaits(loopBody(Loop), RangeVar)))
        continue;
      Outcome O = outcomeOf(Call, Loop);
      Shape Sh = loopShape(Loop, O);
      if (!Sh.Retry)
        continue;
      Retried.insert(Call);
      RetryPoint P =
          pointAt(Call, RetryMechanism::Loop, Loop->getBeginLoc(), "loop");
      loopBound(Loop, O, P);
      if (RangeVar)
        P.Bound = RetryBound::Bounded, P.ConditionalOn.clear();
      loopWait(Loop, O, P);
      if (Sh.WaitsOnlyOnSuccess)
        P.Wait = RetryWait::None, P.WaitLoc = SourceLocation();
      P.NotProcessedOnly = onlyNotProcessed(Sh);
      judgeOperation(Call, P);
      judgeKey(scopesFor(Call), Loop, P);
      if (!EarliestCall ||
          SM.isBeforeInTranslationUnit(Call->getBeginLoc(),
                                       EarliestCall->getBeginLoc())) {
        EarliestCall = Call;
        Earliest = P;
      }
      Out.push_back(std::move(P));
    }
    for (const Expr *Call : Candidates)
      if (!Retried.count(Call))
        analyzeReconnect(Loop, Call);
    // What the attempt sent before the call whose failure starts the next
    // one is sent again: `http::write(stream, req)` before the checked
    // `http::read`. The request's verb is known at the write.
    if (!EarliestCall)
      return;
    for (const Expr *Call : Candidates) {
      if (Retried.count(Call) || iteratesOverInputs(Loop, Call) ||
          !SM.isBeforeInTranslationUnit(Call->getEndLoc(),
                                        EarliestCall->getBeginLoc()))
        continue;
      // The loop's policy is the failing call's; what is sent is this one's.
      RetryPoint P =
          pointAt(Call, RetryMechanism::Loop, Loop->getBeginLoc(), "loop");
      P.Bound = Earliest->Bound;
      P.ConditionalOn = Earliest->ConditionalOn;
      P.Wait = Earliest->Wait;
      P.Jitter = Earliest->Jitter;
      P.WaitLoc = Earliest->WaitLoc;
      P.NotProcessedOnly = Earliest->NotProcessedOnly;
      P.ResentBeforeFailure = true;
      judgeOperation(Call, P);
      judgeKey(scopesFor(Call), Loop, P);
      Out.push_back(std::move(P));
    }
  }

  /// A service loop that connects again where a call on the same
  /// connection failed (`rc = mosquitto_loop(m); if (rc) { sleep(10);
  /// mosquitto_reconnect(m); }`): every failing pass reconnects, so the
  /// loop retries the connect, whatever the connect itself returned.
  void analyzeReconnect(const Stmt *Loop, const Expr *Call) {
    auto It = SiteOf.find(Call);
    // A range-for walks inputs: a reconnect per failed item is no retry.
    if (It == SiteOf.end() || !It->second->Rule->Connects ||
        isa<CXXForRangeStmt>(Loop) || iteratesOverInputs(Loop, Call))
      return;
    llvm::DenseSet<const ValueDecl *> Handles;
    addHandleRoots(*It->second, Handles);
    if (Handles.empty())
      return;
    std::optional<Outcome> Failed;
    walkOwn(loopBody(Loop), [&](const Stmt *S) {
      const auto *CE = dyn_cast<CallExpr>(S);
      if (Failed || !CE || CE == Call ||
          !SM.isBeforeInTranslationUnit(CE->getBeginLoc(), Call->getBeginLoc()))
        return;
      bool OnHandle = llvm::any_of(CE->arguments(), [&](const Expr *A) {
        return Handles.count(declOf(A)) > 0;
      });
      if (!OnHandle || iteratesOverInputs(Loop, CE))
        return;
      Outcome O = outcomeOf(CE, Loop);
      if (onFailurePath(Call, O, /*CatchToo=*/false))
        Failed = O;
    });
    if (!Failed)
      return;
    // The branch that reconnects must come round again, not leave.
    for (const Stmt *Up = parentOf(Call); Up && Up != Loop; Up = parentOf(Up))
      if (const auto *If = dyn_cast<IfStmt>(Up))
        for (const Stmt *Branch : {If->getThen(), If->getElse()})
          if (Branch && contains(Branch, Call) &&
              leavesUnconditionally(Branch, Loop))
            return;
    // ... also when the reconnect itself fails (`if (reconnect(m) != OK)
    // break;`).
    Outcome Own = outcomeOf(Call, Loop);
    bool LeavesOnOwnFailure = false;
    walkOwn(loopBody(Loop), [&](const Stmt *S) {
      const auto *If = dyn_cast<IfStmt>(S);
      if (If && If->getCond() && mentions(If->getCond(), Own) &&
          polarity(If->getCond(), Own) == Polarity::Failure &&
          leavesUnconditionally(If->getThen(), Loop))
        LeavesOnOwnFailure = true;
    });
    if (LeavesOnOwnFailure)
      return;
    RetryPoint P =
        pointAt(Call, RetryMechanism::Loop, Loop->getBeginLoc(), "loop");
    loopBound(Loop, *Failed, P);
    loopWait(Loop, *Failed, P);
    judgeOperation(Call, P);
    Out.push_back(std::move(P));
  }

  std::vector<const Stmt *> scopesFor(const Expr *Call) {
    std::vector<const Stmt *> Scopes;
    if (CurrentFunction)
      Scopes.push_back(CurrentFunction->getBody());
    auto Add = [&](const FunctionDecl *F) {
      if (F && F != CurrentFunction)
        if (const FunctionDecl *Def = definitionOf(F))
          Scopes.push_back(Def->getBody());
    };
    if (auto PC = ProjectCallOf.find(Call); PC != ProjectCallOf.end())
      if (PC->second->Callee)
        for (const Site *S : Calls.sitesOf(PC->second->Callee))
          Add(S->Func);
    return Scopes;
  }

  void analyzeGotos(const FunctionDecl *F) {
    walkAll(F->getBody(), [&](const Stmt *S) {
      const auto *G = dyn_cast<GotoStmt>(S);
      if (!G || !G->getLabel() || !G->getLabel()->getStmt())
        return;
      const LabelStmt *L = G->getLabel()->getStmt();
      if (!SM.isBeforeInTranslationUnit(L->getBeginLoc(), G->getBeginLoc()))
        return; // a forward goto: cleanup, not a retry
      SourceRange Region(L->getBeginLoc(), G->getEndLoc());
      auto InRegion = [&](SourceLocation Loc) {
        return !SM.isBeforeInTranslationUnit(Loc, Region.getBegin()) &&
               !SM.isBeforeInTranslationUnit(Region.getEnd(), Loc);
      };
      std::vector<const Expr *> Candidates;
      walkAll(F->getBody(), [&](const Stmt *X) {
        if (const auto *E = dyn_cast<Expr>(X))
          if ((isa<CallExpr>(E) || isa<CXXConstructExpr>(E)) &&
              InRegion(E->getBeginLoc()) && isRepeatable(E))
            Candidates.push_back(E);
      });
      for (const Expr *Call : Candidates) {
        Outcome O = outcomeOf(Call);
        Shape Sh;
        for (const Stmt *Up = parentOf(G); Up; Up = parentOf(Up))
          if (const auto *If = dyn_cast<IfStmt>(Up))
            if (If->getCond() && mentions(If->getCond(), O) &&
                polarity(If->getCond(), O) == Polarity::Failure &&
                contains(If->getThen(), G)) {
              Sh.Retry = true;
              Sh.Triggers.push_back(If->getCond());
            }
        if (!Sh.Retry)
          continue;
        RetryPoint P = pointAt(Call, RetryMechanism::Goto, G->getBeginLoc(),
                               fmt::format("'goto {}'", L->getName()));
        // Bounded when the jump back, or an exit in the region, tests a limit.
        auto Changed = modified(F->getBody(), O);
        std::string Cond;
        bool Bounded = false;
        for (const Expr *T : Sh.Triggers) {
          std::string C;
          if (limitTest(T, O, Changed, C))
            Bounded |= C.empty(), Cond = C;
        }
        P.Bound = Bounded         ? RetryBound::Bounded
                  : !Cond.empty() ? RetryBound::Conditional
                                  : RetryBound::Unbounded;
        P.ConditionalOn = Bounded ? "" : Cond;
        loopWait(F->getBody(), O, P);
        P.NotProcessedOnly = onlyNotProcessed(Sh);
        judgeOperation(Call, P);
        judgeKey(scopesFor(Call), nullptr, P);
        Out.push_back(std::move(P));
      }
    });
  }

  void analyzeRecursion(const FunctionDecl *F) {
    const FunctionDecl *Canon = F->getCanonicalDecl();
    for (const ProjectCall &Self : Facts.ProjectCalls) {
      if (Self.Callee != Canon || !Self.Func ||
          Self.Func->getCanonicalDecl() != Canon)
        continue;
      std::vector<const Expr *> Candidates;
      walkAll(F->getBody(), [&](const Stmt *X) {
        if (const auto *E = dyn_cast<Expr>(X))
          if ((isa<CallExpr>(E) || isa<CXXConstructExpr>(E)) &&
              E != Self.Call && isOutbound(E) &&
              SM.isBeforeInTranslationUnit(E->getBeginLoc(),
                                           Self.Call->getBeginLoc()))
            Candidates.push_back(E);
      });
      for (const Expr *Call : Candidates) {
        Outcome O = outcomeOf(Call);
        if (!onFailurePath(Self.Call, O, /*CatchToo=*/true))
          continue;
        RetryPoint P = pointAt(
            Call, RetryMechanism::Recursion, Self.Call->getBeginLoc(),
            fmt::format("recursive call of '{}'", F->getNameAsString()));
        // Bounded when an argument counts down (or up) a parameter.
        bool Counts = false;
        if (const auto *CE = dyn_cast<CallExpr>(Self.Call))
          for (const Expr *A : CE->arguments())
            walkAll(A, [&](const Stmt *S) {
              if (const auto *BO = dyn_cast<BinaryOperator>(S))
                Counts |=
                    (BO->getOpcode() == BO_Sub || BO->getOpcode() == BO_Add) &&
                    isa<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()) &&
                    isa<ParmVarDecl>(
                        cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts())
                            ->getDecl());
              if (const auto *UO = dyn_cast<UnaryOperator>(S))
                Counts |= UO->isIncrementDecrementOp();
            });
        P.Bound = Counts ? RetryBound::Bounded : RetryBound::Unbounded;
        loopWait(F->getBody(), O, P);
        judgeOperation(Call, P);
        judgeKey(scopesFor(Call), nullptr, P);
        Out.push_back(std::move(P));
      }
    }
  }

  /// A retry of \p Call by \p Region (the loop, the goto, ...) at \p RegionLoc.
  RetryPoint pointAt(const Expr *Call, RetryMechanism Mechanism,
                     SourceLocation RegionLoc, std::string Region) {
    RetryPoint P;
    P.Mechanism = Mechanism;
    P.Loc = callLoc(Call);
    P.Range = Call->getSourceRange();
    P.Callee = calleeText(Call);
    P.RegionLoc = RegionLoc;
    P.Region = std::move(Region);
    return P;
  }

  /// Whether \p Call runs only when \p O failed: in the branch an `if`
  /// takes on its failure or, with \p CatchToo, in a handler of the try
  /// block \p O's call is in. (A second call in a handler is not taken for
  /// a retry: any call of the try block may have thrown, and the one
  /// written again there is often cleanup.)
  bool onFailurePath(const Stmt *Call, const Outcome &O, bool CatchToo) {
    for (const Stmt *Up = parentOf(Call); Up; Up = parentOf(Up)) {
      if (const auto *If = dyn_cast<IfStmt>(Up))
        if (If->getCond() && mentions(If->getCond(), O)) {
          Polarity Pol = polarity(If->getCond(), O);
          bool InThen = contains(If->getThen(), Call);
          if ((Pol == Polarity::Failure && InThen) ||
              (Pol == Polarity::Success && !InThen))
            return true;
        }
      if (CatchToo && isa<CXXCatchStmt>(Up))
        for (const Stmt *T = parentOf(Up); T; T = parentOf(T))
          if (const auto *Try = dyn_cast<CXXTryStmt>(T)) {
            if (contains(Try->getTryBlock(), O.Call))
              return true;
            break;
          }
    }
    return false;
  }

  /// Whether a condition on the way to \p Call asks a person
  /// (`askUser()`, `confirm(...)`): sending again is then their decision,
  /// not a retry policy.
  bool personDecides(const Stmt *Call) {
    return testedAbove(Call, nullptr, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      std::string N = CE ? llvm::StringRef(calleeName(CE)).lower() : "";
      return llvm::StringRef(N).starts_with("ask") ||
             N.find("confirm") != std::string::npos ||
             N.find("prompt") != std::string::npos;
    });
  }

  /// The callee and argument text that make two calls the same request.
  std::string requestText(const Expr *Call) {
    const auto *CE = dyn_cast<CallExpr>(Call);
    const NamedDecl *D = calleeDecl(Call);
    if (!CE || !D)
      return "";
    std::string Out = D->getQualifiedNameAsString();
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      Out += "|" + text(MC->getImplicitObjectArgument());
    for (const Expr *A : CE->arguments())
      Out += "|" + text(A);
    return Out;
  }

  /// A second attempt written out: the same call with the same arguments
  /// again where the first one failed, often after a reconnect
  /// (`reply = redisCommand(c, cmd); if (!reply && reconnect(c) == 0)
  /// reply = redisCommand(c, cmd);`).
  void analyzeRepeats(const FunctionDecl *F) {
    std::vector<const Expr *> Candidates;
    walkAll(F->getBody(), [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X); CE && isOutbound(CE))
        Candidates.push_back(CE);
    });
    std::vector<std::string> Requests;
    for (const Expr *Call : Candidates)
      Requests.push_back(requestText(Call));
    llvm::DenseSet<const Expr *> Done;
    for (size_t I = 0; I < Candidates.size(); ++I) {
      const Expr *First = Candidates[I];
      if (Requests[I].empty())
        continue;
      Outcome O = outcomeOf(First);
      for (size_t J = 0; J < Candidates.size(); ++J) {
        const Expr *Again = Candidates[J];
        if (J == I || Done.count(Again) || Requests[J] != Requests[I] ||
            !SM.isBeforeInTranslationUnit(First->getEndLoc(),
                                          Again->getBeginLoc()) ||
            !onFailurePath(Again, O, /*CatchToo=*/false) ||
            // A loop that repeats the call has judged it, unless the
            // call was only sent ahead of another (whose repeat may be
            // decided in another file).
            llvm::any_of(Out, [&](const RetryPoint &Known) {
              return Known.Loc == callLoc(Again) && !Known.ResentBeforeFailure;
            }))
          continue;
        if (personDecides(Again) || !reaches(First, Again) ||
            (O.Var && assignedBetween(F->getBody(), O.Var, First->getEndLoc(),
                                      Again->getBeginLoc())))
          continue;
        Done.insert(Again);
        RetryPoint P =
            pointAt(Again, RetryMechanism::Repeat, First->getBeginLoc(),
                    "second call where the first failed");
        P.Bound = RetryBound::Bounded;
        // A wait written between the two attempts.
        const Expr *Delay = nullptr;
        if (const Expr *Wait =
                findWait(F->getBody(), Delay, First->getEndLoc());
            Wait && SM.isBeforeInTranslationUnit(Wait->getBeginLoc(),
                                                 Again->getBeginLoc())) {
          P.Wait = RetryWait::Fixed;
          P.WaitLoc = Wait->getBeginLoc();
        }
        judgeOperation(Again, P);
        judgeKey(scopesFor(Again), nullptr, P);
        Out.push_back(std::move(P));
      }
    }
  }

  /// Control can flow from \p From to \p To: no statement after From's
  /// (in the blocks that hold From but not To) always leaves first.
  bool reaches(const Stmt *From, const Stmt *To) {
    const Stmt *Child = From;
    for (const Stmt *Up = parentOf(From); Up && !contains(Up, To);
         Child = Up, Up = parentOf(Up)) {
      const auto *CS = dyn_cast<CompoundStmt>(Up);
      if (!CS)
        continue;
      bool After = false;
      for (const Stmt *C : CS->body()) {
        if (After && isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt>(C))
          return false;
        After |= C == Child;
      }
    }
    return true;
  }

  /// \p V is assigned between \p A and \p B: a test after that is about
  /// the new value, not the first call's outcome.
  bool assignedBetween(const Stmt *Body, const ValueDecl *V, SourceLocation A,
                       SourceLocation B) {
    bool Found = false;
    walkAll(Body, [&](const Stmt *S) {
      const Expr *L = nullptr, *R = nullptr;
      if (asAssignment(S, L, R) && declOf(L) == V &&
          SM.isBeforeInTranslationUnit(A, S->getBeginLoc()) &&
          SM.isBeforeInTranslationUnit(S->getEndLoc(), B))
        Found = true;
    });
    return Found;
  }

  // --- Helpers ---------------------------------------------------------------

  static bool isCallableParam(const ParmVarDecl *P) {
    QualType T = P->getType().getNonReferenceType();
    if (T->isFunctionPointerType() || T->isMemberFunctionPointerType() ||
        T->isTemplateTypeParmType())
      return true;
    if (const auto *RD = T->getAsCXXRecordDecl())
      return RD->getName() == "function" || RD->getName() == "function_ref" ||
             RD->isLambda();
    return false;
  }

  /// The call invokes the parameter \p P: `fn()`, `std::invoke(fn)`.
  static bool invokes(const Expr *E, const ParmVarDecl *P) {
    auto Is = [&](const Expr *X) {
      const auto *DRE = dyn_cast<DeclRefExpr>(X->IgnoreParenImpCasts());
      return DRE && DRE->getDecl() == P;
    };
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      return OC->getOperator() == OO_Call && OC->getNumArgs() >= 1 &&
             Is(OC->getArg(0));
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      if (Is(CE->getCallee()))
        return true;
      // `(*stub.*fn)(&ctx, request, &response)`
      if (const auto *BO =
              dyn_cast<BinaryOperator>(CE->getCallee()->IgnoreParens());
          BO && BO->isPtrMemOp() && Is(BO->getRHS()))
        return true;
      std::string N = calleeName(CE);
      if ((N == "invoke" || N == "forward") && CE->getNumArgs() >= 1)
        return Is(CE->getArg(0)) || invokes(CE->getArg(0), P);
      if (const auto *CallOf =
              dyn_cast<CallExpr>(CE->getCallee()->IgnoreParenImpCasts()))
        return invokes(CallOf, P); // std::forward<F>(fn)()
    }
    return false;
  }

  void summarizeHelper(const FunctionDecl *F) {
    for (unsigned I = 0; I < F->getNumParams(); ++I) {
      const ParmVarDecl *Param = F->getParamDecl(I);
      if (!isCallableParam(Param))
        continue;
      for (const Stmt *Loop : loopsIn(F->getBody())) {
        const Expr *Inv = nullptr;
        walkOwn(loopBody(Loop), [&](const Stmt *S) {
          if (!Inv && isa<Expr>(S) && invokes(cast<Expr>(S), Param))
            Inv = cast<Expr>(S);
        });
        if (!Inv)
          continue;
        Outcome O = outcomeOf(Inv);
        if (!loopShape(Loop, O).Retry)
          continue;
        RetryPoint Tmp;
        loopBound(Loop, O, Tmp);
        loopWait(Loop, O, Tmp);
        HelperSummary H{I,          Tmp.Bound,   Tmp.ConditionalOn,  Tmp.Wait,
                        Tmp.Jitter, Tmp.WaitLoc, Loop->getBeginLoc()};
        Helpers[templateOrSelf(F)->getCanonicalDecl()] = H;
        return;
      }
    }
  }

  /// Outbound calls made by a callable handed to a helper.
  std::vector<const Expr *> callsIn(const Expr *Callable) {
    std::vector<const Expr *> Found;
    // Down to the lambda, through the temporaries of a `std::function`
    // built from it (they nest in either order).
    const Expr *C = stripWrappers(Callable);
    while (const auto *CE = dyn_cast<CXXConstructExpr>(C)) {
      if (CE->getNumArgs() != 1)
        break;
      C = stripWrappers(CE->getArg(0));
    }
    if (isa<UnaryOperator>(C) && SiteOf.count(C))
      Found.push_back(C); // `&Stub::Publish`: the method the helper calls
    if (const auto *LE = dyn_cast<LambdaExpr>(C)) {
      walkAll(LE->getBody(), [&](const Stmt *S) {
        if (const auto *E = dyn_cast<Expr>(S))
          if ((isa<CallExpr>(E) || isa<CXXConstructExpr>(E)) && isOutbound(E))
            Found.push_back(E);
      });
    }
    return Found;
  }

  void addHelperPoints(const Expr *HelperCallExpr, const Expr *Callable,
                       const std::string &HelperName, RetryBound Bound,
                       const std::string &ConditionalOn, RetryWait Wait,
                       bool Jitter, SourceLocation WaitLoc) {
    for (const Expr *Call : callsIn(Callable)) {
      RetryPoint P =
          pointAt(Call, RetryMechanism::Helper, HelperCallExpr->getBeginLoc(),
                  fmt::format("retry helper '{}'", HelperName));
      P.Bound = Bound;
      P.ConditionalOn = ConditionalOn;
      P.Wait = Wait;
      P.Jitter = Jitter;
      P.WaitLoc = WaitLoc;
      judgeOperation(Call, P);
      std::vector<const Stmt *> Scopes;
      if (const auto *LE = dyn_cast<LambdaExpr>(Callable->IgnoreImplicit()))
        Scopes.push_back(LE->getBody());
      for (const FunctionDecl *F : Facts.Bodies)
        if (contains(F->getBody(), HelperCallExpr))
          Scopes.push_back(F->getBody());
      judgeKey(Scopes, nullptr, P);
      Out.push_back(std::move(P));
    }
  }

  void analyzeHelperCalls() {
    for (const ProjectCall &PC : Facts.ProjectCalls) {
      if (!PC.Callee)
        continue;
      auto It = Helpers.find(templateOrSelf(PC.Callee)->getCanonicalDecl());
      if (It == Helpers.end())
        continue;
      const HelperSummary &H = It->second;
      const auto *CE = dyn_cast<CallExpr>(PC.Call);
      if (!CE || H.Param >= CE->getNumArgs())
        continue;
      unsigned Shift = isa<CXXOperatorCallExpr>(CE) ? 1 : 0;
      if (H.Param + Shift >= CE->getNumArgs())
        continue;
      addHelperPoints(PC.Call, CE->getArg(H.Param + Shift),
                      PC.Callee->getNameAsString(), H.Bound, H.ConditionalOn,
                      H.Wait, H.Jitter, H.WaitLoc);
    }
    for (const HelperCall &HC : Facts.HelperCalls) {
      const RetryHelperRule &R = *HC.Rule;
      const NamedDecl *D = calleeDecl(HC.Call);
      addHelperPoints(HC.Call, HC.Callable,
                      D ? D->getQualifiedNameAsString() : "retry",
                      R.Bounded ? RetryBound::Bounded : RetryBound::Unbounded,
                      "", declaredWait(R.Backoff), R.Jitter, SourceLocation());
    }
  }

  // --- Library retries
  // ----------------------------------------------------------

  static bool valueMatches(const ConfigValue &Want, const ConfigSetEvent &Set) {
    if (Set.Key != Want.Key)
      return false;
    return Want.Value.empty() ||
           llvm::StringRef(Set.Value).equals_insensitive(Want.Value);
  }

  void analyzeProducers() {
    for (const ProducerEvent &PE : Facts.Producers) {
      std::vector<const ConfigSetEvent *> Sets;
      for (const ConfigSetEvent &CS : Facts.ConfigSets)
        if (PE.Config.valid() ? CS.Config == PE.Config : CS.Func == PE.Func)
          Sets.push_back(&CS);
      bool RunTime = false, Idempotent = false, NoRetry = false;
      for (const ConfigSetEvent *CS : Sets) {
        RunTime |= !CS->KeyKnown;
        for (const ConfigValue &V : PE.Rule->IdempotentWhen)
          Idempotent |= valueMatches(V, *CS);
        for (const ConfigValue &V : PE.Rule->NoRetryWhen)
          NoRetry |= valueMatches(V, *CS);
      }
      RetryPoint P;
      P.Mechanism = RetryMechanism::KafkaDefault;
      P.Loc = PE.Loc;
      P.Range = PE.Range;
      P.Callee = PE.HandleText.empty() ? "producer" : PE.HandleText;
      P.RegionLoc = PE.Loc;
      P.Region = "the producer's own retries";
      P.Bound = RetryBound::Bounded; // by message.timeout.ms
      P.Wait = RetryWait::Fixed;     // retry.backoff.ms
      P.Jitter = false;
      // Only a producer known to produce without idempotence is reported;
      // the inventory shows every state.
      P.NonIdempotent = !RunTime && !Idempotent && !NoRetry && produces(PE);
      P.Detail = RunTime           ? "configured at run time (unknown)"
                 : Idempotent      ? "idempotent"
                 : NoRetry         ? "retries off"
                 : P.NonIdempotent ? "not idempotent"
                                   : "not idempotent (never produces here)";
      P.Operation = "produce";
      P.Lib = PE.Lib;
      P.Fix = PE.Rule->Fix;
      Out.push_back(std::move(P));
    }
  }

  bool produces(const ProducerEvent &PE) {
    bool Escapes =
        !PE.Handle.valid() || llvm::isa_and_nonnull<FieldDecl>(PE.Handle.Root);
    for (const PassEvent &Pass : Facts.Passes)
      Escapes |= Pass.Key == PE.Handle;
    for (const auto &KV : Facts.Returns)
      for (const ReturnFact &R : KV.second)
        Escapes |= R.Key == PE.Handle;
    for (const ProduceEvent &Ev : Facts.Produces)
      if (Ev.Lib == PE.Lib && (Ev.Handle == PE.Handle || Escapes))
        return true;
    return false;
  }

  /// The wait a model declares for a retry it cannot see (a helper's, a
  /// library's own): `none`, `fixed` or `exponential`.
  static RetryWait declaredWait(llvm::StringRef Backoff) {
    return Backoff == "none"    ? RetryWait::None
           : Backoff == "fixed" ? RetryWait::Fixed
                                : RetryWait::Growing;
  }

  /// A library that repeats failed connections by itself does so as its
  /// model says: paho reconnects forever, the wait doubling up to a cap.
  void analyzeAutoRetries() {
    for (const AutoRetryEvent &AE : Facts.AutoRetries) {
      const AutoRetryRule &R = *AE.Rule;
      RetryPoint P;
      P.Mechanism = RetryMechanism::LibraryAuto;
      P.Loc = AE.Loc;
      P.Range = AE.Range;
      P.Callee = R.Name;
      P.RegionLoc = AE.Loc;
      P.Region = AE.Lib->Name + "'s " + R.Name;
      P.Bound = R.Bounded ? RetryBound::Bounded : RetryBound::Unbounded;
      P.Wait = declaredWait(R.Backoff);
      P.Jitter = R.Jitter;
      P.Operation = R.Operation;
      P.Lib = AE.Lib;
      P.Fix = R.Fix;
      Out.push_back(std::move(P));
    }
  }

  void analyzeServiceConfigs() {
    for (const ServiceConfigEvent &SC : Facts.ServiceConfigs) {
      if (SC.Json.find("retryPolicy") == std::string::npos)
        continue;
      auto Parsed = llvm::json::parse(SC.Json);
      if (!Parsed) {
        llvm::consumeError(Parsed.takeError());
        continue;
      }
      const llvm::json::Object *Root = Parsed->getAsObject();
      const llvm::json::Array *Configs =
          Root ? Root->getArray("methodConfig") : nullptr;
      if (!Configs)
        continue;
      for (const llvm::json::Value &MC : *Configs) {
        const llvm::json::Object *C = MC.getAsObject();
        const llvm::json::Object *RP =
            C ? C->getObject("retryPolicy") : nullptr;
        if (!RP)
          continue;
        std::vector<std::string> Unsafe, Services;
        if (const llvm::json::Array *Names = C->getArray("name"))
          for (const llvm::json::Value &N : *Names) {
            const llvm::json::Object *NO = N.getAsObject();
            if (!NO)
              continue;
            std::string Service = NO->getString("service").value_or("").str();
            std::optional<llvm::StringRef> Method = NO->getString("method");
            if (Method && !Method->empty()) {
              if (!RpcPattern.match(*Method))
                Unsafe.push_back(Method->str());
            } else {
              Services.push_back(Service.empty() ? "every service" : Service);
            }
          }
        bool RetriesDeadline = false;
        if (const llvm::json::Array *Codes =
                RP->getArray("retryableStatusCodes"))
          for (const llvm::json::Value &V : *Codes)
            if (auto S = V.getAsString())
              RetriesDeadline |= S->equals_insensitive("DEADLINE_EXCEEDED");
        // A whole service: the RPCs of it this TU calls.
        if (!Services.empty())
          for (const Site &S : Facts.Sites)
            if (isGrpc(S) && !RpcPattern.match(rpcName(S)))
              Unsafe.push_back(rpcName(S));
        std::sort(Unsafe.begin(), Unsafe.end());
        Unsafe.erase(std::unique(Unsafe.begin(), Unsafe.end()), Unsafe.end());
        RetryPoint P;
        P.Mechanism = RetryMechanism::ServiceConfig;
        P.Loc = SC.Loc;
        P.Range = SC.Call->getSourceRange();
        P.Callee = "retryPolicy";
        P.RegionLoc = SC.Loc;
        P.Region = "the gRPC retryPolicy";
        P.Bound = RetryBound::Bounded; // maxAttempts, capped at 5 by gRPC
        double Multiplier = RP->getNumber("backoffMultiplier").value_or(1);
        P.Wait = Multiplier > 1 ? RetryWait::Growing : RetryWait::Fixed;
        P.Jitter = true; // gRPC randomizes every backoff
        if (!Unsafe.empty() || (RetriesDeadline && !Services.empty())) {
          P.NonIdempotent = true;
          std::string List;
          for (const auto &U : Unsafe)
            List += (List.empty() ? "" : ", ") + U;
          P.Operation =
              List.empty() ? "every RPC of " + Services.front() : "RPC " + List;
        }
        if (RetriesDeadline)
          P.Detail = "it also retries DEADLINE_EXCEEDED, after which the "
                     "server may have run the call";
        Out.push_back(std::move(P));
      }
    }
  }
};

} // namespace

std::vector<RetryPoint> findRetries(ASTContext &Ctx, const TUFacts &Facts,
                                    const CallSummary &Calls,
                                    const RetryOptions &Opts) {
  RetryFinder F(Ctx, Facts, Calls, Opts);
  std::vector<RetryPoint> Points = F.run();
  // One point per retried call and mechanism (nested shapes see it twice).
  const SourceManager &SM = Ctx.getSourceManager();
  std::stable_sort(Points.begin(), Points.end(),
                   [&](const RetryPoint &A, const RetryPoint &B) {
                     return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
                   });
  std::vector<RetryPoint> Unique;
  for (RetryPoint &P : Points)
    if (Unique.empty() || Unique.back().Loc != P.Loc ||
        Unique.back().Mechanism != P.Mechanism)
      Unique.push_back(std::move(P));
  return Unique;
}

} // namespace faultline
