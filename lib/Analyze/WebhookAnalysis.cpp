//===--- WebhookAnalysis.cpp ----------------------------------------------===//

#include "Analyze/WebhookAnalysis.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"
#include "Inventory/Points.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"

#include <functional>

using namespace clang;

namespace faultline {

namespace {

std::string calleeName(const Expr *E) {
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (const auto *ND = dyn_cast_or_null<NamedDecl>(CE->getCalleeDecl()))
      if (ND->getDeclName().isIdentifier())
        return ND->getName().str();
  return "";
}

bool secretName(llvm::StringRef Name) {
  static const llvm::Regex Secret(
      "secret|token|signature|^sig$|_sig$|hmac|digest|^mac$|_mac$|mac_|"
      "api_?key|apikey|password|passwd",
      llvm::Regex::IgnoreCase);
  return Secret.match(Name);
}

class Finder {
public:
  Finder(ASTContext &Ctx, const TUFacts &Facts, const WebhookOptions &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Facts(Facts), Opts(Opts),
        Path(Opts.PathPattern, llvm::Regex::IgnoreCase) {
    std::string Err;
    if (!Path.isValid(Err))
      Path = llvm::Regex(WebhookOptions().PathPattern, llvm::Regex::IgnoreCase);
    for (const CryptoEvent &C : Facts.Crypto)
      CryptoOf[C.Call] = &C;
  }

  WebhookResult run() {
    WebhookResult R;
    // Functions that return a MAC (or its encoding): `sign(body)`.
    for (int Round = 0; Round < 3; ++Round)
      for (const FunctionDecl *F : Facts.Bodies) {
        if (MacReturning.count(F->getCanonicalDecl()))
          continue;
        Secrets S = secretsIn(F->getBody());
        bool Returns = false;
        walk(F->getBody(), [&](const Stmt *X) {
          if (const auto *RS = dyn_cast<ReturnStmt>(X))
            if (RS->getRetValue())
              Returns |= mentionsAny(RS->getRetValue(), S.Mac) ||
                         callsMac(RS->getRetValue());
        });
        if (Returns)
          MacReturning.insert(F->getCanonicalDecl());
      }
    // Functions that compute or check a MAC, and handlers that reject a
    // request failing a check: the scanner's join uses them (a handler
    // registered by name in another TU is judged here).
    for (const FunctionDecl *F : Facts.Bodies)
      if (verifiesSomething(F->getBody()))
        R.VerifyingFunctions.push_back(usrOf(F));
    for (const HandlerDef &HD : Facts.HandlerDefs)
      if (!verifiesSomething(HD.Func->getBody()) &&
          gates(reach(HD.Func->getBody())))
        R.VerifyingFunctions.push_back(usrOf(HD.Func));
    bool MiddlewareVerifies = false;
    for (const InboundEvent &IE : Facts.Inbound)
      if (IE.Rule->Middleware && IE.Handler)
        if (const Stmt *B = bodyOf(IE.Handler)) {
          Reach Rc = reach(B);
          MiddlewareVerifies |= gates(Rc) || !Rc.Open.empty();
        }
    for (const InboundEvent &IE : Facts.Inbound) {
      if (IE.Rule->Middleware || !IE.Handler)
        continue;
      const Stmt *Body = bodyOf(IE.Handler);
      WebhookHandler H;
      H.Loc = IE.Loc;
      H.Route =
          IE.TargetExprs.empty() ? "?" : foldTarget(IE.TargetExprs[0], Ctx);
      H.Method = IE.Operation;
      H.Library = IE.Lib->Name;
      if (!Body) {
        // `server.Post("/ci_webhook", incomingWebhook)`, defined in another
        // TU: a webhook by its path, verified if that function verifies
        // (the scanner's join knows; the plugin stays silent).
        // The function named in the handler (also through the
        // std::function it is converted to).
        const FunctionDecl *FD = nullptr;
        walk(IE.Handler, [&](const Stmt *X) {
          if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
            if (!FD)
              FD = dyn_cast<FunctionDecl>(DRE->getDecl());
        });
        if (!FD || !webhookPath(H))
          continue;
        H.Webhook = true;
        H.WhyWebhook = "its path";
        H.VerifiedByMiddleware = MiddlewareVerifies;
        H.OpenVerifiers.push_back(usrOf(FD));
        R.Handlers.push_back(std::move(H));
        continue;
      }
      judge(Body, H, MiddlewareVerifies);
      R.Handlers.push_back(std::move(H));
    }
    llvm::DenseSet<const Stmt *> Registered;
    for (const InboundEvent &IE : Facts.Inbound)
      if (IE.Handler)
        if (const Stmt *B = bodyOf(IE.Handler))
          Registered.insert(B);
    for (const HandlerDef &HD : Facts.HandlerDefs) {
      // Found by its registration already, or a helper the handler calls.
      if (Registered.count(HD.Func->getBody()))
        continue;
      // Called directly: a helper of a handler (`verify(req)`), not one.
      bool Called = false;
      for (const ProjectCall &PC : Facts.ProjectCalls)
        Called |= PC.Callee == HD.Func->getCanonicalDecl();
      // A predicate over the request (`bool Verifier::check(req)`) checks
      // it for a handler; it does not answer it.
      if (Called || HD.Func->getReturnType()->isBooleanType())
        continue;
      WebhookHandler H;
      H.Loc = HD.Func->getLocation();
      H.Route = routeOf(HD);
      H.Method = "";
      H.Library = HD.Lib->Name;
      judge(HD.Func->getBody(), H, MiddlewareVerifies);
      R.Handlers.push_back(std::move(H));
    }
    for (const FunctionDecl *F : Facts.Bodies)
      findCompares(F, R.Compares);
    return R;
  }

private:
  ASTContext &Ctx;
  SourceManager &SM;
  const TUFacts &Facts;
  const WebhookOptions &Opts;
  llvm::Regex Path;
  llvm::DenseMap<const Expr *, const CryptoEvent *> CryptoOf;
  llvm::DenseSet<const FunctionDecl *> MacReturning;

  /// A MAC call, or a call of a project function that returns one.
  bool callsMac(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      if (auto It = CryptoOf.find(E);
          It != CryptoOf.end() && It->second->Rule->Kind == "mac")
        Found = true;
      if (const auto *CE = dyn_cast<CallExpr>(E))
        if (const FunctionDecl *FD = CE->getDirectCallee())
          Found |= MacReturning.count(FD->getCanonicalDecl()) > 0;
    });
    return Found;
  }

  struct Reach {
    std::vector<const Stmt *> Bodies;
    std::vector<std::string> Open; // project functions defined elsewhere
  };

  const FunctionDecl *definition(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (FD && FD->hasBody(Def) && Def->getBody() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation())))
      return Def;
    return nullptr;
  }

  /// The body of a handler expression: a lambda, a function or member
  /// function (also through std::bind / Routes::bind), a functor.
  const Stmt *bodyOf(const Expr *E, int Depth = 0) {
    if (!E || Depth > 8)
      return nullptr;
    E = E->IgnoreParenImpCasts();
    if (const auto *LE = dyn_cast<LambdaExpr>(E))
      return LE->getBody();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      return bodyOf(MTE->getSubExpr(), Depth + 1);
    if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      return bodyOf(BT->getSubExpr(), Depth + 1);
    if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      return bodyOf(FC->getSubExpr(), Depth + 1);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      return bodyOf(UO->getSubExpr(), Depth + 1);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        if (const FunctionDecl *Def = definition(FD))
          return Def->getBody();
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->getInit())
          return bodyOf(VD->getInit(), Depth + 1);
      return nullptr;
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      // std::bind(&C::f, this, _1), Routes::bind(&C::f, this)
      if (CE->getNumArgs() >= 1)
        return bodyOf(CE->getArg(0), Depth + 1);
      return nullptr;
    }
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
      // A functor of the project, or std::function built from a callable.
      if (const CXXRecordDecl *RD = CC->getConstructor()->getParent())
        for (const CXXMethodDecl *M : RD->methods())
          if (M->getOverloadedOperator() == OO_Call)
            if (const FunctionDecl *Def = definition(M))
              return Def->getBody();
      if (CC->getNumArgs() >= 1)
        return bodyOf(CC->getArg(0), Depth + 1);
    }
    return nullptr;
  }

  Reach reach(const Stmt *Body) {
    Reach R;
    llvm::DenseSet<const Stmt *> Seen;
    std::function<void(const Stmt *, int)> Go = [&](const Stmt *B, int Depth) {
      if (!B || !Seen.insert(B).second)
        return;
      R.Bodies.push_back(B);
      if (Depth > 4)
        return;
      walk(B, [&](const Stmt *S) {
        const auto *CE = dyn_cast<CallExpr>(S);
        if (!CE)
          return;
        const FunctionDecl *FD = CE->getDirectCallee();
        if (!FD || SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation())))
          return;
        if (const FunctionDecl *Def = definition(FD))
          Go(Def->getBody(), Depth + 1);
        else if (!CryptoOf.count(CE) && inCondition(CE))
          R.Open.push_back(usrOf(FD)); // `if (!verify(req))`, elsewhere
      });
    };
    Go(Body, 0);
    return R;
  }

  bool inCondition(const Stmt *S) {
    const Stmt *Child = S;
    for (const Stmt *Up : parents(S)) {
      if (const auto *If = dyn_cast<IfStmt>(Up))
        return If->getCond() == Child;
      if (isa<CompoundStmt>(Up))
        return false;
      Child = Up;
    }
    return false;
  }

  bool verifiesSomething(const Stmt *Body) {
    bool Found = false;
    walk(Body, [&](const Stmt *S) {
      if (const auto *E = dyn_cast<Expr>(S))
        if (auto It = CryptoOf.find(E); It != CryptoOf.end())
          Found |= It->second->Rule->Kind != "constant_time";
    });
    return Found;
  }

  /// Variables that hold a secret to compare: a computed MAC (and what is
  /// encoded from it), the signature from the request, secret-named ones.
  struct Secrets {
    llvm::DenseSet<const ValueDecl *> Mac, Signature, Named;
  };

  Secrets secretsIn(const Stmt *Body, const FunctionDecl *F = nullptr) {
    Secrets S;
    if (F)
      for (const ParmVarDecl *P : F->parameters())
        if (P->getDeclName().isIdentifier() && secretName(P->getName()))
          S.Named.insert(P);
    walk(Body, [&](const Stmt *X) {
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      auto It = CryptoOf.find(E);
      if (It == CryptoOf.end() || It->second->Rule->Kind != "mac")
        return;
      if (const ValueDecl *Out = declOf(It->second->Output))
        S.Mac.insert(Out);
    });
    // Results of MAC calls, and values built from MACs (hex, base64).
    for (int Round = 0; Round < 4; ++Round)
      walk(Body, [&](const Stmt *X) {
        const ValueDecl *Target = nullptr;
        const Expr *Value = nullptr;
        if (const auto *DS = dyn_cast<DeclStmt>(X)) {
          for (const Decl *D : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
              classify(VD, VD->getInit(), S);
          return;
        }
        const Expr *Lhs = nullptr;
        bool Assigns = asAssignment(X, Lhs, Value);
        Target = Assigns ? declOf(Lhs) : writtenInto(X, Value);
        if (!Target || !Value)
          return;
        if (Assigns)
          classify(Target, Value, S);
        else if (mentionsAny(Value, S.Mac))
          S.Mac.insert(Target);
      });
    return S;
  }

  /// The stream or buffer a call writes into, with what it writes
  /// (\p Value): `ss << std::hex << (int)mac[i]`, `sprintf(hex + 2 * i,
  /// "%02x", mac[i])`, `hex.append(...)`. A MAC encoded there stays a MAC.
  static const ValueDecl *writtenInto(const Stmt *X, const Expr *&Value) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
      if (OC->getOperator() != OO_LessLess)
        return nullptr;
      const Expr *Base = OC->getArg(0)->IgnoreParenImpCasts();
      while (const auto *Inner = dyn_cast<CXXOperatorCallExpr>(Base)) {
        if (Inner->getOperator() != OO_LessLess)
          break;
        Base = Inner->getArg(0)->IgnoreParenImpCasts();
      }
      Value = OC;
      return declOf(Base);
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
      if (MC->getNumArgs() == 0)
        return nullptr;
      Value = MC;
      return declOf(MC->getImplicitObjectArgument());
    }
    if (const auto *CE = dyn_cast<CallExpr>(X); CE && CE->getNumArgs() >= 2)
      if (const FunctionDecl *FD = CE->getDirectCallee())
        if (FD->getDeclName().isIdentifier() &&
            FD->getName().contains("printf")) {
          Value = CE;
          return declOf(CE->getArg(0));
        }
    return nullptr;
  }

  void classify(const ValueDecl *Target, const Expr *Value, Secrets &S) {
    bool FromMac = mentionsAny(Value, S.Mac) || callsMac(Value);
    if (FromMac)
      S.Mac.insert(Target);
    if (readsSignatureHeader(Value) || mentionsAny(Value, S.Signature))
      S.Signature.insert(Target);
    if (Target->getDeclName().isIdentifier() && secretName(Target->getName()))
      S.Named.insert(Target);
  }

  bool readsSignatureHeader(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (const auto *SL = dyn_cast<StringLiteral>(X))
        if (SL->getCharByteWidth() == 1)
          for (const auto &H : Opts.SignatureHeaders)
            Found |= SL->getString().equals_insensitive(H);
    });
    return Found;
  }

  /// A comparison's operands, and how it compares, or false.
  bool comparison(const Stmt *X, const Expr *&A, const Expr *&B,
                  std::string &How) {
    if (const auto *BO = dyn_cast<BinaryOperator>(X)) {
      if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE)
        return false;
      A = BO->getLHS();
      B = BO->getRHS();
      How = BO->getOpcodeStr().str();
      return true;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
      if ((OC->getOperator() != OO_EqualEqual &&
           OC->getOperator() != OO_ExclaimEqual) ||
          OC->getNumArgs() != 2)
        return false;
      A = OC->getArg(0);
      B = OC->getArg(1);
      How = OC->getOperator() == OO_EqualEqual ? "==" : "!=";
      return true;
    }
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      std::string N = calleeName(CE);
      if ((N == "memcmp" || N == "strcmp" || N == "strncmp" || N == "bcmp" ||
           N == "strcasecmp" || N == "equal") &&
          CE->getNumArgs() >= 2) {
        A = CE->getArg(0);
        B = CE->getArg(N == "equal" && CE->getNumArgs() >= 3 ? 2 : 1);
        How = N == "equal" ? "std::equal" : N;
        return true;
      }
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        if (N == "compare" && MC->getNumArgs() >= 1) {
          A = MC->getImplicitObjectArgument();
          B = MC->getArg(MC->getNumArgs() - 1);
          How = "compare";
          return true;
        }
    }
    return false;
  }

  bool isSecretOperand(const Expr *E, const Secrets &S, bool &Strong) {
    if (mentionsAny(E, S.Mac) || mentionsAny(E, S.Signature)) {
      Strong = true;
      return true;
    }
    return mentionsAny(E, S.Named);
  }

  /// `secret == token`: a data-dependent comparison of secrets.
  bool unsafeCompare(const Stmt *X, const Secrets &S, const Expr *&A,
                     const Expr *&B, std::string &How) {
    if (!comparison(X, A, B, How))
      return false;
    for (const Expr *E : {A, B}) {
      const Expr *I = E->IgnoreParenImpCasts();
      if (isa<StringLiteral, IntegerLiteral, CXXNullPtrLiteralExpr, GNUNullExpr,
              CXXBoolLiteralExpr>(I))
        return false;
      if (const auto *CC = dyn_cast<CXXConstructExpr>(I);
          CC && CC->getNumArgs() == 0)
        return false;
    }
    // Lengths, counts and flags are not secrets: `a.size() != b.size()`.
    auto Scalar = [](const Expr *E) {
      QualType T = E->IgnoreParenImpCasts()->getType();
      return T->isIntegerType() || T->isBooleanType() || T->isEnumeralType();
    };
    if (How != "memcmp" && How != "strcmp" && How != "strncmp" &&
        How != "bcmp" && How != "strcasecmp" && Scalar(A) && Scalar(B))
      return false;
    bool StrongA = false, StrongB = false;
    bool SA = isSecretOperand(A, S, StrongA),
         SB = isSecretOperand(B, S, StrongB);
    // A computed MAC or the request's signature on one side, or secrets on
    // both sides (`provided_token != expected_token`).
    return ((StrongA || StrongB) && (SA || SB) &&
            !(A->getType()->isIntegerType() &&
              B->getType()->isIntegerType())) ||
           (SA && SB);
  }

  /// An `if` on a check of the request that leaves (return, throw, an error
  /// status) on one side.
  bool gates(const Reach &R) {
    for (const Stmt *Body : R.Bodies) {
      Secrets S = secretsIn(Body);
      bool Gated = false;
      walk(Body, [&](const Stmt *X) {
        const auto *If = dyn_cast<IfStmt>(X);
        if (!If || Gated || !If->getCond())
          return;
        if (!checksRequest(If->getCond(), S))
          return;
        Gated = leaves(If->getThen()) || leaves(If->getElse());
      });
      if (Gated)
        return true;
    }
    return false;
  }

  bool checksRequest(const Expr *Cond, const Secrets &S) {
    bool Found = false;
    walk(Cond, [&](const Stmt *X) {
      if (Found)
        return;
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      if (auto It = CryptoOf.find(E); It != CryptoOf.end())
        Found = It->second->Rule->Kind != "mac";
      const Expr *A, *B;
      std::string How;
      bool Strong = false;
      if (comparison(X, A, B, How))
        Found |= isSecretOperand(A, S, Strong) || isSecretOperand(B, S, Strong);
      // A project function that verifies: `if (!verify_signature(req))`.
      if (const auto *CE = dyn_cast<CallExpr>(E))
        if (const FunctionDecl *FD = CE->getDirectCallee()) {
          const FunctionDecl *Def = definition(FD);
          if (Def ? verifiesSomething(Def->getBody())
                  : (!SM.isInSystemHeader(
                         SM.getExpansionLoc(FD->getLocation())) &&
                     FD->getDeclName().isIdentifier() &&
                     llvm::StringRef(FD->getName())
                         .contains_insensitive("verif")))
            Found = true;
        }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        Found |= S.Mac.count(DRE->getDecl()) > 0;
    });
    return Found;
  }

  bool leaves(const Stmt *S) {
    if (!S)
      return false;
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (isa<ReturnStmt, CXXThrowExpr>(X))
        Found = true;
      if (const auto *IL = dyn_cast<IntegerLiteral>(X))
        Found |= IL->getValue() == 400 || IL->getValue() == 401 ||
                 IL->getValue() == 403;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (DRE->getDecl()->getDeclName().isIdentifier()) {
          llvm::StringRef N = DRE->getDecl()->getName();
          Found |= N.contains_insensitive("unauthorized") ||
                   N.contains_insensitive("forbidden") ||
                   N.contains_insensitive("bad_request") ||
                   N.contains_insensitive("BadRequest");
        }
    });
    return Found;
  }

  bool replayProtected(const Reach &R) {
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        const Expr *A, *B;
        std::string How;
        if (const auto *BO = dyn_cast<BinaryOperator>(X);
            BO && BO->isComparisonOp() && mentionsClock(BO))
          Found = true;
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X);
            OC && OC->getNumArgs() == 2 && mentionsClock(OC) &&
            (OC->getOperator() == OO_Greater || OC->getOperator() == OO_Less ||
             OC->getOperator() == OO_GreaterEqual ||
             OC->getOperator() == OO_LessEqual))
          Found = true;
        (void)A;
        (void)B;
        (void)How;
        // De-duplication by event id: seen_events.count(id), insert(id).
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
          std::string N = calleeName(MC);
          if (N == "count" || N == "find" || N == "contains" || N == "insert" ||
              N == "emplace" || N == "exists")
            if (const ValueDecl *D = declOf(MC->getImplicitObjectArgument()))
              if (D->getDeclName().isIdentifier()) {
                llvm::StringRef Name = D->getName();
                for (const char *K :
                     {"seen", "processed", "dedup", "idempot", "handled",
                      "delivered", "replay", "nonce", "event"})
                  Found |= Name.contains_insensitive(K);
              }
        }
      });
    return Found;
  }

  bool mentionsClock(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X)) {
        std::string N = llvm::StringRef(calleeName(CE)).lower();
        Found |= N == "time" || N == "now" || N.find("currentsecs") == 0 ||
                 N.find("currentdatetime") == 0 || N == "clock_gettime";
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->isLocalVarDecl() && VD->getInit() &&
              VD->getDeclName().isIdentifier() &&
              (VD->getName().contains_insensitive("now") ||
               VD->getName().contains_insensitive("time")))
            walk(VD->getInit(), [&](const Stmt *Y) {
              if (const auto *CE = dyn_cast<CallExpr>(Y)) {
                std::string N = llvm::StringRef(calleeName(CE)).lower();
                Found |= N == "time" || N == "now";
              }
            });
    });
    return Found;
  }

  bool mentionsSignatureHeader(const Reach &R, std::string &Which) {
    for (const Stmt *Body : R.Bodies) {
      bool Found = false;
      walk(Body, [&](const Stmt *X) {
        if (const auto *SL = dyn_cast<StringLiteral>(X))
          if (SL->getCharByteWidth() == 1 && !Found)
            for (const auto &H : Opts.SignatureHeaders)
              if (SL->getString().equals_insensitive(H)) {
                Found = true;
                Which = H;
              }
      });
      if (Found)
        return true;
    }
    return false;
  }

  /// The route's path names a webhook. Providers deliver events with POST;
  /// a GET on a `callback` path is an OAuth redirect or a browser return
  /// page, not a delivery.
  bool webhookPath(const WebhookHandler &H) {
    return H.Route != "?" && Path.match(H.Route) && H.Method != "GET";
  }

  void judge(const Stmt *Body, WebhookHandler &H, bool MiddlewareVerifies) {
    Reach R = reach(Body);
    std::string Header;
    if (webhookPath(H)) {
      H.Webhook = true;
      H.WhyWebhook = "its path";
    } else if (mentionsSignatureHeader(R, Header)) {
      H.Webhook = true;
      H.WhyWebhook = "it reads " + Header;
    }
    H.Verified = gates(R);
    H.VerifiedByMiddleware = MiddlewareVerifies;
    if (!H.Verified) {
      for (const Stmt *B : R.Bodies)
        if (verifiesSomething(B))
          H.ComputedButIgnored = true;
      H.OpenVerifiers = R.Open;
    }
    H.ReplayProtected = replayProtected(R);
  }

  std::string routeOf(const HandlerDef &HD) {
    // Beast: the targets the handler branches on.
    std::string First;
    walk(HD.Func->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      if (!CE)
        return;
      std::string N = calleeName(CE);
      if (N != "target" && N != "getURI" && N != "path")
        return;
      for (const Stmt *Up : parents(CE))
        if (const auto *E = dyn_cast<Expr>(Up)) {
          const Expr *A, *B;
          std::string How;
          if (comparison(E, A, B, How))
            for (const Expr *Side : {A, B}) {
              std::string T = foldTarget(Side, Ctx);
              if (T != "?" && (First.empty() || Path.match(T)))
                First = T;
            }
        }
    });
    if (!First.empty())
      return First;
    // Poco: the factory that creates this handler for a URI.
    const auto *MD = dyn_cast<CXXMethodDecl>(HD.Func);
    if (!MD)
      return "?";
    const CXXRecordDecl *Cls = MD->getParent();
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *New = dyn_cast<CXXNewExpr>(X);
        if (!New || New->getAllocatedType()->getAsCXXRecordDecl() != Cls)
          return;
        for (const Stmt *Up : parents(New))
          if (const auto *If = dyn_cast<IfStmt>(Up))
            walk(If->getCond(), [&](const Stmt *Y) {
              if (const auto *SL = dyn_cast<StringLiteral>(Y))
                if (First.empty() && SL->getCharByteWidth() == 1)
                  First = SL->getString().str();
            });
      });
    return First.empty() ? "?" : First;
  }

  std::vector<const Stmt *> parents(const Stmt *S) {
    std::vector<const Stmt *> Out;
    for (int Guard = 0; S && Guard < 12; ++Guard) {
      auto Ps = Ctx.getParents(*S);
      if (Ps.empty())
        break;
      S = Ps[0].get<Stmt>();
      if (S)
        Out.push_back(S);
    }
    return Out;
  }

  void findCompares(const FunctionDecl *F, std::vector<UnsafeCompare> &Out) {
    Secrets S = secretsIn(F->getBody(), F);
    if (S.Mac.empty() && S.Signature.empty() && S.Named.empty())
      return;
    walk(F->getBody(), [&](const Stmt *X) {
      const Expr *A, *B;
      std::string How;
      if (!unsafeCompare(X, S, A, B, How))
        return;
      UnsafeCompare C;
      C.Loc = X->getBeginLoc();
      if (const auto *BO = dyn_cast<BinaryOperator>(X))
        C.Loc = BO->getOperatorLoc();
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X))
        C.Loc = OC->getOperatorLoc();
      C.Range = X->getSourceRange();
      C.How = How;
      bool Dummy = false;
      const Expr *Secret = mentionsAny(A, S.Mac)          ? A
                           : mentionsAny(B, S.Mac)        ? B
                           : mentionsAny(A, S.Signature)  ? A
                           : mentionsAny(B, S.Signature)  ? B
                           : isSecretOperand(A, S, Dummy) ? A
                                                          : B;
      const ValueDecl *D = declOf(Secret);
      std::string Name = D ? D->getNameAsString() : "";
      C.What =
          mentionsAny(Secret, S.Mac)
              ? "the computed MAC" + (Name.empty() ? "" : " '" + Name + "'")
          : mentionsAny(Secret, S.Signature)
              ? "the request's signature" +
                    (Name.empty() ? "" : " '" + Name + "'")
              : "the secret" + (Name.empty() ? "" : " '" + Name + "'");
      Out.push_back(C);
    });
  }
};

} // namespace

WebhookResult analyzeWebhooks(ASTContext &Ctx, const TUFacts &Facts,
                              const WebhookOptions &Opts) {
  return Finder(Ctx, Facts, Opts).run();
}

} // namespace faultline
