//===--- Recognizer.cpp - One walk over the AST, driven by the model ------===//
//
// A single RecursiveASTVisitor pass with the model indexed by callee name:
// each call costs one hash lookup, whatever the number of rules, which keeps
// the scan close to the cost of parsing.
//
//===----------------------------------------------------------------------===//

#include "Recognize/Facts.h"

#include "Analyze/AstQueries.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <map>
#include <set>

using namespace clang;

namespace faultline {
namespace {

enum class RuleKind {
  Outbound,
  Timeout,
  SameHandle,
  Inherit,
  Reset,
  Tls,
  Method,
  ConfigSet,
  Producer,
  Produce,
  RetryHelper,
  Wait,
  ServiceConfig,
  Target,
  Auth,
  Inbound,
  Verifier,
  Breaker,
  Connection,
  AutoRetry
};

struct RuleRef {
  RuleKind Kind;
  const LibraryModel *Lib;
  size_t Index;
  const CallSelector &selector() const {
    switch (Kind) {
    case RuleKind::Outbound:
      return Lib->Outbound[Index].Match;
    case RuleKind::Timeout:
      return Lib->Timeouts[Index].Match;
    case RuleKind::SameHandle:
      return Lib->SameHandle[Index].Match;
    case RuleKind::Inherit:
      return Lib->Inherits[Index].Match;
    case RuleKind::Reset:
      return Lib->Resets[Index].Match;
    case RuleKind::Tls:
      return Lib->Tls[Index].Match;
    case RuleKind::Method:
      return Lib->Methods[Index].Match;
    case RuleKind::ConfigSet:
      return Lib->ConfigSets[Index].Match;
    case RuleKind::Producer:
      return Lib->Producers[Index].Match;
    case RuleKind::Produce:
      return Lib->Produces[Index].Match;
    case RuleKind::RetryHelper:
      return Lib->RetryHelpers[Index].Match;
    case RuleKind::Wait:
      return Lib->Waits[Index].Match;
    case RuleKind::ServiceConfig:
      return Lib->ServiceConfigs[Index].Match;
    case RuleKind::Target:
      return Lib->Targets[Index].Match;
    case RuleKind::Auth:
      return Lib->Auth[Index].Match;
    case RuleKind::Inbound:
      return Lib->Inbound[Index].Match;
    case RuleKind::Verifier:
      return Lib->Verifiers[Index].Match;
    case RuleKind::Breaker:
      return Lib->Breakers[Index].Match;
    case RuleKind::Connection:
      return Lib->Connections[Index].Match;
    case RuleKind::AutoRetry:
      return Lib->AutoRetries[Index].Match;
    }
    llvm_unreachable("rule kind");
  }
};

/// Model rules indexed by the simple name of what they match.
class ModelIndex {
public:
  explicit ModelIndex(const Model &M) {
    for (const LibraryModel &L : M.Libraries) {
      auto Add = [&](RuleKind K, size_t I, const CallSelector &S) {
        RuleRef R{K, &L, I};
        for (const auto &F : S.Functions)
          ByName[lastComponent(F)].push_back(R);
        for (const auto &Meth : S.Methods)
          ByName[Meth].push_back(R);
        if (S.Constructor)
          Constructors.push_back(R);
        if (!S.ParamType.empty())
          ByParamType.push_back(R);
        for (const auto &F : S.Fields)
          ByField[lastComponent(F)].push_back(R);
      };
      for (size_t I = 0; I < L.Outbound.size(); ++I)
        Add(RuleKind::Outbound, I, L.Outbound[I].Match);
      for (size_t I = 0; I < L.Timeouts.size(); ++I)
        Add(RuleKind::Timeout, I, L.Timeouts[I].Match);
      for (size_t I = 0; I < L.SameHandle.size(); ++I)
        Add(RuleKind::SameHandle, I, L.SameHandle[I].Match);
      for (size_t I = 0; I < L.Inherits.size(); ++I)
        Add(RuleKind::Inherit, I, L.Inherits[I].Match);
      for (size_t I = 0; I < L.Resets.size(); ++I)
        Add(RuleKind::Reset, I, L.Resets[I].Match);
      for (size_t I = 0; I < L.Tls.size(); ++I)
        Add(RuleKind::Tls, I, L.Tls[I].Match);
      for (size_t I = 0; I < L.Methods.size(); ++I)
        Add(RuleKind::Method, I, L.Methods[I].Match);
      for (size_t I = 0; I < L.ConfigSets.size(); ++I)
        Add(RuleKind::ConfigSet, I, L.ConfigSets[I].Match);
      for (size_t I = 0; I < L.Producers.size(); ++I)
        Add(RuleKind::Producer, I, L.Producers[I].Match);
      for (size_t I = 0; I < L.Produces.size(); ++I)
        Add(RuleKind::Produce, I, L.Produces[I].Match);
      for (size_t I = 0; I < L.RetryHelpers.size(); ++I)
        Add(RuleKind::RetryHelper, I, L.RetryHelpers[I].Match);
      for (size_t I = 0; I < L.Waits.size(); ++I)
        Add(RuleKind::Wait, I, L.Waits[I].Match);
      for (size_t I = 0; I < L.ServiceConfigs.size(); ++I)
        Add(RuleKind::ServiceConfig, I, L.ServiceConfigs[I].Match);
      for (size_t I = 0; I < L.Targets.size(); ++I)
        Add(RuleKind::Target, I, L.Targets[I].Match);
      for (size_t I = 0; I < L.Auth.size(); ++I)
        Add(RuleKind::Auth, I, L.Auth[I].Match);
      for (size_t I = 0; I < L.Inbound.size(); ++I)
        if (L.Inbound[I].StructType.empty())
          Add(RuleKind::Inbound, I, L.Inbound[I].Match);
        else
          RouteStructs.push_back({&L, &L.Inbound[I]});
      for (size_t I = 0; I < L.Verifiers.size(); ++I)
        Add(RuleKind::Verifier, I, L.Verifiers[I].Match);
      for (size_t I = 0; I < L.Breakers.size(); ++I)
        Add(RuleKind::Breaker, I, L.Breakers[I].Match);
      for (size_t I = 0; I < L.Connections.size(); ++I)
        Add(RuleKind::Connection, I, L.Connections[I].Match);
      for (size_t I = 0; I < L.AutoRetries.size(); ++I)
        Add(RuleKind::AutoRetry, I, L.AutoRetries[I].Match);
    }
  }

  static llvm::StringRef lastComponent(llvm::StringRef Name) {
    size_t Pos = Name.rfind("::");
    return Pos == llvm::StringRef::npos ? Name : Name.substr(Pos + 2);
  }

  llvm::StringMap<std::vector<RuleRef>> ByName;
  std::vector<RuleRef> Constructors;
  std::vector<RuleRef> ByParamType;
  /// Rules that read an option field, by the field's name.
  llvm::StringMap<std::vector<RuleRef>> ByField;
  /// Inbound rules that describe routes by a struct.
  std::vector<std::pair<const LibraryModel *, const InboundRule *>>
      RouteStructs;
};

/// The name a namespace's code was written with: a vendored copy renamed
/// by a macro around its include (tgbot-cpp's `#define httplib
/// tgbot_vendored_httplib` before `#include <httplib.h>`) is still the
/// library the models name. Only an object-like rename of the name alone:
/// not `namespace NS_BEGIN` nor a macro that writes `namespace x {`.
llvm::StringRef writtenName(const NamespaceDecl *NS) {
  SourceLocation Loc = NS->getLocation();
  if (!Loc.isMacroID() || !NS->getBeginLoc().isFileID())
    return NS->getName();
  const ASTContext &Ctx = NS->getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Use = SM.getImmediateExpansionRange(Loc);
  if (Use.getBegin() != Use.getEnd())
    return NS->getName();
  llvm::StringRef Macro =
      Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
  return Macro.empty() ? NS->getName() : Macro;
}

/// \p D's qualified name, its namespaces by their written names.
std::string qualifiedName(const NamedDecl *D) {
  std::string Name = D->getQualifiedNameAsString();
  const DeclContext *Inner =
      isa<NamespaceDecl>(D) ? cast<NamespaceDecl>(D) : D->getDeclContext();
  for (const DeclContext *DC = Inner; DC; DC = DC->getParent()) {
    const auto *NS = dyn_cast<NamespaceDecl>(DC);
    if (!NS || !NS->getDeclName().isIdentifier())
      continue;
    llvm::StringRef Written = writtenName(NS);
    if (Written == NS->getName())
      continue;
    // The namespace's own component: the outermost renamed one comes
    // first, so replace the first whole-word occurrence.
    std::string Expanded = NS->getName().str() + "::";
    for (size_t At = Name.find(Expanded); At != std::string::npos;
         At = Name.find(Expanded, At + 1))
      if (At == 0 || (At >= 2 && Name.compare(At - 2, 2, "::") == 0)) {
        Name.replace(At, NS->getName().size(), Written.str());
        break;
      }
  }
  return Name;
}

bool inNamespace(const Decl *D, llvm::ArrayRef<std::string> Namespaces) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->getDeclName().isEmpty()) {
        std::string Name = qualifiedName(NS);
        for (const auto &N : Namespaces)
          if (Name == N)
            return true;
      }
  return false;
}

class Collector : public RecursiveASTVisitor<Collector> {
public:
  Collector(ASTContext &Ctx, const Model &M)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Index(M) {
    for (const LibraryModel &L : M.Libraries) {
      for (const auto &H : L.Headers)
        if (!H.empty())
          ModelHeaders.push_back(H);
      if (!L.Handlers.empty())
        HandlerLibs.push_back(&L);
      llvm::append_range(LibraryNamespaces, L.Namespaces);
    }
  }

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && isSkippedLocation(D->getLocation()))
      return true;
    // A library's namespace in a header copied into the tree (nlohmann's
    // `json.hpp` under `vendor/`), by its written name as the models match
    // it: the library's code, not the project's.
    if (const auto *NS = dyn_cast<NamespaceDecl>(D);
        NS && NS->getDeclName().isIdentifier() &&
        NS->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
        !SM.isInMainFile(SM.getExpansionLoc(NS->getLocation())) &&
        llvm::is_contained(LibraryNamespaces, writtenName(NS)))
      return true;
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->doesThisDeclarationHaveABody()) {
      if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD))
        if (!CD->isImplicit())
          Facts.ConstructedRecords.push_back(CD->getParent());
      Facts.Bodies.push_back(FD);
      noteHandlerDefinition(FD);
      Functions.push_back(FD);
      bool Ok = RecursiveASTVisitor::TraverseDecl(D);
      Functions.pop_back();
      return Ok;
    }
    // A template's calls have types only in its instantiations: the
    // first one stands for the template (`template <class Stream> void
    // send(Stream &s)` called with a TCP and a TLS stream).
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D);
        Template && Template->isThisDeclarationADefinition())
      if (const FunctionDecl *First = firstInstantiation(Template))
        return TraverseDecl(const_cast<FunctionDecl *>(First));
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  /// A generic lambda (`[&](auto &stream) { http::write(stream, req); }`)
  /// is read through its first instantiation, as function templates are.
  bool TraverseLambdaExpr(LambdaExpr *LE) {
    const FunctionTemplateDecl *Generic = LE->getDependentCallOperator();
    const FunctionDecl *First = Generic ? firstInstantiation(Generic) : nullptr;
    if (!First || isSkippedLocation(LE->getBeginLoc()))
      return RecursiveASTVisitor::TraverseLambdaExpr(LE);
    for (unsigned I = 0; I < LE->capture_size(); ++I)
      if (LE->isInitCapture(LE->capture_begin() + I))
        if (!TraverseLambdaCapture(LE, LE->capture_begin() + I,
                                   LE->capture_init_begin()[I]))
          return false;
    return TraverseStmt(First->getBody());
  }

  bool TraverseConstructorInitializer(CXXCtorInitializer *Init) {
    if (Init->isMemberInitializer() && Init->getInit() &&
        !isSkippedLocation(Init->getSourceLocation()))
      bindValue(HandleKey{Init->getMember(), nullptr}, Init->getInit(),
                Init->getSourceLocation());
    return RecursiveASTVisitor::TraverseConstructorInitializer(Init);
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (isa<ParmVarDecl>(VD) || !VD->hasInit())
      return true;
    bindValue(HandleKey{VD, nullptr}, VD->getInit(), VD->getLocation());
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() != BO_Assign)
      return true;
    if (const auto *ME =
            dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts())) {
      noteFieldTarget(dyn_cast<FieldDecl>(ME->getMemberDecl()), BO->getRHS());
      noteOptionField(BO, ME, BO->getRHS());
    }
    HandleKey K = resolve(BO->getLHS());
    if (K.Root)
      bindValue(K, BO->getRHS(), BO->getOperatorLoc());
    return true;
  }

  /// `opts.automaticReconnect = 1`, `ssl.enableServerCertAuth = 0`: an
  /// option of a library struct set to a constant, read like a call whose
  /// argument 0 is the value.
  void noteOptionField(const Expr *Assign, const MemberExpr *ME,
                       const Expr *Value) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field || !Field->getDeclName().isIdentifier() || Index.ByField.empty())
      return;
    auto It = Index.ByField.find(Field->getName());
    if (It == Index.ByField.end() || isSkippedLocation(Assign->getBeginLoc()))
      return;
    const RecordDecl *RD = Field->getParent();
    std::string Record = qualifiedName(RD);
    if (RD->getDeclName().isEmpty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Record = qualifiedName(TD);
    std::string Qualified = Record + "::" + Field->getName().str();
    llvm::ArrayRef<const Expr *> Args(&Value, 1);
    for (const RuleRef &R : It->second) {
      if (!llvm::is_contained(R.selector().Fields, Qualified))
        continue;
      switch (R.Kind) {
      case RuleKind::Tls:
        noteTlsDisabled(R, Assign, Args, ME->getMemberLoc());
        break;
      case RuleKind::AutoRetry:
        noteAutoRetry(R, nullptr, Args, ME->getMemberLoc(),
                      Assign->getSourceRange());
        break;
      case RuleKind::Timeout: {
        // `opts.socket_timeout = 100ms` configures `opts`, which the client
        // built from it inherits; any value set in code is a setting.
        const TimeoutRule &T = R.Lib->Timeouts[R.Index];
        HandleKey K = resolve(ME->getBase());
        if (K.valid() && applies(T.When, T.Unless, Args))
          Facts.Timeouts.push_back(
              makeEvent(K, R.Lib, T, Assign,
                        Functions.empty() ? nullptr : Functions.back(), Args));
        break;
      }
      case RuleKind::Auth:
        if (!isNullValue(Value) &&
            conditionsHold(R.Lib->Auth[R.Index].When, Args))
          Facts.Auth.push_back({HandleKey{}, R.Lib->Auth[R.Index].Kind,
                                Functions.empty() ? nullptr : Functions.back(),
                                ME->getMemberLoc()});
        break;
      default:
        break;
      }
    }
  }

  bool isNullValue(const Expr *E) {
    return E->IgnoreParenImpCasts()->isNullPointerConstant(
        Ctx, Expr::NPC_ValueDependentIsNotNull);
  }

  /// An integer constant argument: true and its value, or false when the
  /// value is decided at run time.
  bool constantArg(llvm::ArrayRef<const Expr *> Args, unsigned Arg,
                   bool &Zero) {
    Expr::EvalResult Res;
    if (Arg >= Args.size() || Args[Arg]->isValueDependent() ||
        !Args[Arg]->EvaluateAsInt(Res, Ctx))
      return false;
    Zero = Res.Val.getInt() == 0;
    return true;
  }

  void noteTlsDisabled(const RuleRef &R, const Expr *Call,
                       llvm::ArrayRef<const Expr *> Args, SourceLocation Loc) {
    const TlsRule &T = R.Lib->Tls[R.Index];
    if (!applies(T.When, T.Unless, Args))
      return;
    // Off only by a constant: a value decided at run time is an option.
    bool Zero = false;
    if (T.ZeroArg && !(constantArg(Args, *T.ZeroArg, Zero) && Zero))
      return; // verification on (`VERIFYPEER, 1L`)
    if (T.NonZeroArg && !(constantArg(Args, *T.NonZeroArg, Zero) && !Zero))
      return; // `tls_insecure_set(mosq, false)`
    if (T.TargetArg && !isRemoteTarget(Args, *T.TargetArg))
      return;
    Facts.TlsDisabled.push_back({R.Lib, &T, Loc, Call->getSourceRange()});
  }

  /// The library told to repeat failed connections by itself. A bool switch
  /// counts only when it is a constant true; an overload that takes the
  /// intervals switches it on.
  void noteAutoRetry(const RuleRef &R, const FunctionDecl *FD,
                     llvm::ArrayRef<const Expr *> Args, SourceLocation Loc,
                     SourceRange Range) {
    const AutoRetryRule &AR = R.Lib->AutoRetries[R.Index];
    if (AR.EnableArg) {
      unsigned I = *AR.EnableArg;
      bool IsSwitch = !FD; // an option field is a switch
      if (FD && I < FD->getNumParams())
        IsSwitch = FD->getParamDecl(I)->getType()->isBooleanType();
      bool Zero = false;
      if (IsSwitch && !(constantArg(Args, I, Zero) && !Zero))
        return;
    }
    Facts.AutoRetries.push_back({R.Lib, &AR,
                                 Functions.empty() ? nullptr : Functions.back(),
                                 Loc, Range});
  }

  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() != UO_AddrOf || isSkippedLocation(UO->getBeginLoc()))
      return true;
    const auto *DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParens());
    const auto *MD = DRE ? dyn_cast<CXXMethodDecl>(DRE->getDecl()) : nullptr;
    if (!MD || MD->isStatic())
      return true;
    for (const RuleRef &R : rulesFor(MD)) {
      if (R.Kind != RuleKind::Outbound)
        continue;
      const OutboundRule &O = R.Lib->Outbound[R.Index];
      if (!O.When.empty() || !O.Unless.empty())
        continue; // an address has no arguments to test when/unless on
      Site S;
      S.Call = UO;
      S.Lib = R.Lib;
      S.Rule = &O;
      S.Func = Functions.empty() ? nullptr : Functions.back();
      S.Loc = DRE->getLocation();
      S.Range = UO->getSourceRange();
      S.Callee = calleeName(MD);
      Facts.MethodRefs.push_back(std::move(S));
      break;
    }
    return true;
  }

  /// `{ .connect = connect_to_db_libpq }`: a function stored in a member.
  bool VisitInitListExpr(InitListExpr *ILE) {
    const InitListExpr *Sem =
        ILE->isSemanticForm() ? ILE : ILE->getSemanticForm();
    if (!Sem)
      return true;
    const RecordDecl *RD = Sem->getType()->getAsRecordDecl();
    if (!RD || RD->isUnion() || isSkippedLocation(ILE->getBeginLoc()))
      return true;
    unsigned I = 0;
    for (const FieldDecl *FD : RD->fields()) {
      if (I >= Sem->getNumInits())
        break;
      noteFieldTarget(FD, Sem->getInit(I++));
    }
    if (!Index.RouteStructs.empty() && SeenInits.insert(Sem).second)
      noteRouteStruct(Sem, RD);
    return true;
  }

  /// An initializer of a struct that describes a route (see InboundRule):
  /// reported at its handler, which is where the route is written, until
  /// a call registers the variable it initializes (see noteStructRegistration).
  void noteRouteStruct(const InitListExpr *Sem, const RecordDecl *RD) {
    QualType T = Sem->getType();
    std::string TypeName = T.getUnqualifiedType().getAsString();
    for (const auto &[Lib, IR] : Index.RouteStructs) {
      if (TypeName != IR->StructType && !(RD->getDeclName().isIdentifier() &&
                                          RD->getName() == IR->StructType))
        continue;
      auto Field = [&](const std::string &Name) -> const Expr * {
        unsigned I = 0;
        for (const FieldDecl *FD : RD->fields()) {
          if (I >= Sem->getNumInits())
            return nullptr;
          const Expr *Init = Sem->getInit(I++);
          if (FD->getDeclName().isIdentifier() && FD->getName() == Name)
            return isa<ImplicitValueInitExpr>(Init) ? nullptr : Init;
        }
        return nullptr;
      };
      const Expr *Handler = Field(IR->HandlerField);
      if (!Handler)
        continue;
      RouteStructEvents[Sem] = Facts.Inbound.size();
      noteStructRoute(Lib, IR, Handler,
                      IR->MethodField.empty() ? nullptr
                                              : Field(IR->MethodField),
                      Field(IR->PathField), Handler->getBeginLoc());
    }
  }

  /// A route a struct describes, with the values of its fields.
  void noteStructRoute(const LibraryModel *Lib, const InboundRule *IR,
                       const Expr *Handler, const Expr *Method,
                       const Expr *Path, SourceLocation Loc) {
    InboundEvent Ev;
    Ev.Lib = Lib;
    Ev.Rule = IR;
    Ev.Operation = IR->Operation;
    if (std::string V = Method ? methodText(Method) : ""; !V.empty())
      Ev.Operation = V;
    if (Path)
      Ev.TargetExprs.push_back(Path);
    Ev.Loc = SM.getExpansionLoc(Loc);
    Ev.Func = Functions.empty() ? nullptr : Functions.back();
    Ev.Handler = Handler;
    Facts.Inbound.push_back(std::move(Ev));
  }

  /// `httpd_register_uri_handler(server, &uri)`: the call that registers a
  /// route struct's variable is where the route is registered; a table
  /// registered in a loop stays at each entry's handler.
  void noteStructRegistration(const CallExpr *CE) {
    if (Index.RouteStructs.empty())
      return;
    for (const Expr *Arg : CE->arguments()) {
      const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
      const auto *DRE =
          UO && UO->getOpcode() == UO_AddrOf
              ? dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts())
              : nullptr;
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (VD && VD->isLocalVarDecl())
        noteAssignedRouteStruct(CE, VD);
      const auto *ILE =
          VD && VD->getInit()
              ? dyn_cast<InitListExpr>(VD->getInit()->IgnoreImplicit())
              : nullptr;
      if (!ILE)
        continue;
      const InitListExpr *Sem =
          ILE->isSemanticForm() ? ILE : ILE->getSemanticForm();
      auto It = RouteStructEvents.find(Sem);
      if (It == RouteStructEvents.end())
        continue;
      Facts.Inbound[It->second].Loc = SM.getExpansionLoc(CE->getBeginLoc());
      RouteStructEvents.erase(It); // the first registration
    }
  }

  /// `httpd_uri_t uri = {}; uri.uri = "/notify"; uri.handler = on_notify;
  /// httpd_register_uri_handler(server, &uri);`: a route struct whose
  /// fields are set one by one, each registration taking the values last
  /// set before it (one variable may register several routes).
  void noteAssignedRouteStruct(const CallExpr *CE, const VarDecl *VD) {
    const RecordDecl *RD = VD->getType()->getAsRecordDecl();
    if (!RD || Functions.empty() || !Functions.back()->getBody())
      return;
    std::string TypeName = VD->getType().getUnqualifiedType().getAsString();
    for (const auto &[Lib, IR] : Index.RouteStructs) {
      if (TypeName != IR->StructType && !(RD->getDeclName().isIdentifier() &&
                                          RD->getName() == IR->StructType))
        continue;
      std::map<std::string, const Expr *> Set;
      walk(Functions.back()->getBody(), [&](const Stmt *X) {
        const auto *BO = dyn_cast<BinaryOperator>(X);
        const auto *ME =
            BO && BO->getOpcode() == BO_Assign
                ? dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts())
                : nullptr;
        const auto *Base =
            ME ? dyn_cast<DeclRefExpr>(ME->getBase()->IgnoreParenImpCasts())
               : nullptr;
        if (!Base || Base->getDecl() != VD ||
            !ME->getMemberDecl()->getDeclName().isIdentifier() ||
            !SM.isBeforeInTranslationUnit(BO->getBeginLoc(), CE->getBeginLoc()))
          return;
        Set[ME->getMemberDecl()->getName().str()] = BO->getRHS();
      });
      auto Field = [&](const std::string &Name) -> const Expr * {
        auto It = Set.find(Name);
        return It == Set.end() ? nullptr : It->second;
      };
      if (const Expr *Handler = Field(IR->HandlerField))
        noteStructRoute(Lib, IR, Handler, Field(IR->MethodField),
                        Field(IR->PathField), CE->getBeginLoc());
    }
  }

  void noteFieldTarget(const FieldDecl *FD, const Expr *Value) {
    if (!FD || !Value)
      return;
    QualType T = FD->getType();
    if (!T->isFunctionPointerType() && !T->isMemberFunctionPointerType())
      return;
    const Expr *V = Value->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(V))
      if (UO->getOpcode() == UO_AddrOf)
        V = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(V))
      if (const auto *Fn = dyn_cast<FunctionDecl>(DRE->getDecl()))
        Facts.FieldTargets.push_back({FD, Fn->getCanonicalDecl()});
  }

  bool VisitReturnStmt(ReturnStmt *RS) {
    if (Functions.empty() || !RS->getRetValue())
      return true;
    HandleKey K = resolve(RS->getRetValue());
    if (K.Root)
      Facts.Returns[Functions.back()->getCanonicalDecl()].push_back(
          {K, RS->getReturnLoc()});
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      // `opts.socket_timeout = std::chrono::milliseconds(100)`: an option
      // of class type is set through its operator=.
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        if (const auto *ME =
                dyn_cast<MemberExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
          noteOptionField(OC, ME, OC->getArg(1));
      // `rule(handler)`: a route object called with its handler (Crow).
      if (OC->getOperator() == OO_Call && OC->getNumArgs() >= 1)
        if (const auto *MD =
                dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee()))
          handleCall(CE, MD, OC->getArg(0),
                     llvm::ArrayRef<const Expr *>(OC->getArgs() + 1,
                                                  OC->getNumArgs() - 1));
      return true;
    }
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD) {
      noteIndirectCall(CE);
      return true;
    }
    noteStructRegistration(CE);
    const Expr *Object = nullptr;
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
      Object = MCE->getImplicitObjectArgument();
    llvm::ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
    if (const CXXConstructorDecl *Ctor = madeObjectConstructor(FD, Args.size()))
      FD = Ctor; // the object is built here, its constructor's rules apply
    handleCall(CE, FD, Object, Args);
    return true;
  }

  /// `std::make_unique<T>(args)`, `std::make_shared<T>(args)`: the
  /// constructor of T that gets the arguments, as `new T(args)` in the
  /// instantiated body says (make_unique), else the first that takes that
  /// many (make_shared builds it deep inside the library; the model's rules
  /// match a class's constructors alike).
  static const CXXConstructorDecl *madeObjectConstructor(const FunctionDecl *FD,
                                                         unsigned NumArgs) {
    if (!FD->getDeclName().isIdentifier() || !FD->isInStdNamespace() ||
        (FD->getName() != "make_unique" && FD->getName() != "make_shared"))
      return nullptr;
    const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
    if (!TA || TA->size() == 0 ||
        TA->get(0).getKind() != TemplateArgument::Type)
      return nullptr;
    const CXXRecordDecl *RD = TA->get(0).getAsType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return nullptr;
    RD = RD->getCanonicalDecl();
    const CXXConstructorDecl *Used = nullptr;
    walk(FD->getBody(), [&](const Stmt *S) {
      if (const auto *CE = dyn_cast<CXXConstructExpr>(S))
        if (const CXXConstructorDecl *C = CE->getConstructor();
            !Used && C && C->getParent()->getCanonicalDecl() == RD &&
            !C->isCopyOrMoveConstructor())
          Used = C;
    });
    if (Used)
      return Used;
    for (const CXXConstructorDecl *C : RD->ctors())
      if (!C->isCopyOrMoveConstructor() && !C->isDeleted() &&
          NumArgs >= C->getMinRequiredArguments() &&
          NumArgs <= C->getNumParams())
        return C;
    return nullptr;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    if (!Ctor || CE->getNumArgs() == 0)
      return true;
    if (Ctor->isCopyOrMoveConstructor())
      return true;
    llvm::ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
    handleCall(CE, Ctor, nullptr, Args);
    return true;
  }

  /// `(*dbc->connect)(dbc)`, `ops.send(msg)`: a call through a member that
  /// holds a function pointer.
  void noteIndirectCall(const CallExpr *CE) {
    if (isSkippedLocation(CE->getBeginLoc()))
      return;
    const Expr *Callee = CE->getCallee()->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(Callee))
      if (UO->getOpcode() == UO_Deref)
        Callee = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(Callee))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        Facts.ProjectCalls.push_back(
            {CE, nullptr, FD, Functions.empty() ? nullptr : Functions.back()});
  }

  /// A request handler by its definition: an override of a library
  /// handler method, or a function taking the library's request type.
  void noteHandlerDefinition(const FunctionDecl *FD) {
    for (const LibraryModel *L : HandlerLibs)
      for (const HandlerRule &H : L->Handlers) {
        bool Is = false;
        if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
            MD && !H.OverrideClasses.empty() &&
            MD->getDeclName().isIdentifier() &&
            llvm::is_contained(H.OverrideMethods, MD->getName().str()))
          for (const CXXMethodDecl *O : MD->overridden_methods())
            Is |= recordMatches(O->getParent(), H.OverrideClasses);
        auto IsRequest = [&](QualType QT) {
          // A template's `http::request<Body, Fields>&&`: by its name.
          QualType T = QT.getNonReferenceType();
          if (const auto *TST = T->getAs<TemplateSpecializationType>())
            if (const TemplateDecl *TD =
                    TST->getTemplateName().getAsTemplateDecl())
              if (qualifiedName(TD) == H.ParamType)
                return true;
          if (const CXXRecordDecl *RD = recordOfType(QT))
            return qualifiedName(RD) == H.ParamType ||
                   (isa<ClassTemplateSpecializationDecl>(RD) &&
                    qualifiedName(cast<ClassTemplateSpecializationDecl>(RD)
                                      ->getSpecializedTemplate()) ==
                        H.ParamType);
          // C's structs (`httpd_req_t *`, a typedef of `struct httpd_req`).
          QualType Pointee = T->isPointerType() ? T->getPointeeType() : T;
          if (const RecordDecl *RD = Pointee->getAsRecordDecl())
            return qualifiedName(RD) == H.ParamType;
          return false;
        };
        if (!H.ParamType.empty())
          for (const ParmVarDecl *P : FD->parameters())
            Is |= IsRequest(P->getType());
        // A connection class that keeps the request in a member and
        // dispatches on its method or target (`m_request.method()`).
        if (!Is && !H.ParamType.empty() && isa<CXXMethodDecl>(FD))
          walk(FD->getBody(), [&](const Stmt *X) {
            const auto *MC = dyn_cast<CXXMemberCallExpr>(X);
            const CXXMethodDecl *Callee = MC ? MC->getMethodDecl() : nullptr;
            // Read, not set: a client sets `req_.method(verb::get)`.
            if (Is || !Callee || !Callee->getDeclName().isIdentifier() ||
                MC->getNumArgs() != 0)
              return;
            llvm::StringRef N = Callee->getName();
            if (N != "method" && N != "method_string" && N != "target")
              return;
            const auto *ME = dyn_cast<MemberExpr>(
                MC->getImplicitObjectArgument()->IgnoreParenImpCasts());
            if (ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
              if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
                Is = IsRequest(F->getType());
          });
        if (Is) {
          Facts.HandlerDefs.push_back({L, FD});
          return;
        }
      }
  }

  TUFacts take() { return std::move(Facts); }

private:
  ASTContext &Ctx;
  SourceManager &SM;
  ModelIndex Index;
  TUFacts Facts;
  std::vector<const FunctionDecl *> Functions;
  /// Route structs' initializers seen (the syntactic and semantic forms
  /// are visited apart).
  llvm::DenseSet<const InitListExpr *> SeenInits;
  /// Route structs' initializers, by their event in Facts.Inbound.
  llvm::DenseMap<const InitListExpr *, size_t> RouteStructEvents;
  unsigned GetterDepth = 0;
  llvm::DenseMap<const Expr *, HandleKey> ResultTarget;    // call -> var
  llvm::DenseMap<const Expr *, HandleKey> ConstructTarget; // ctor -> var
  std::map<std::pair<const FunctionDecl *, const CXXRecordDecl *>,
           std::vector<RuleRef>>
      CalleeRules;
  llvm::DenseMap<const CXXRecordDecl *, bool> DerivedCache;
  llvm::DenseMap<FileID, bool> SkippedFiles;
  llvm::DenseMap<FileID, bool> LibraryFiles;
  std::vector<std::string> ModelHeaders;
  std::vector<const LibraryModel *> HandlerLibs;
  /// Outermost namespaces of the models' libraries.
  std::vector<std::string> LibraryNamespaces;

  /// A declaration of a modelled library: in a system header, or in a file
  /// a model names (headers found through -I are not system headers).
  bool isLibraryDecl(const Decl *D) {
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    if (Loc.isInvalid())
      return false;
    if (inLibraryHeader(SM, Loc))
      return true;
    return isLibraryFile(SM.getFileID(Loc));
  }

  bool isLibraryFile(FileID FID) {
    auto It = LibraryFiles.find(FID);
    if (It != LibraryFiles.end())
      return It->second;
    bool Lib = false;
    if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
      std::string Name = "/" + FE->getName().str();
      for (const auto &H : ModelHeaders) {
        if (H.back() == '/')
          Lib |= Name.find("/" + H) != std::string::npos;
        else
          Lib |= llvm::StringRef(Name).ends_with("/" + H);
      }
    }
    return LibraryFiles[FID] = Lib;
  }

  /// System headers hold the libraries themselves; generated code (protobuf,
  /// moc) is not the project's to fix.
  bool isSkippedLocation(SourceLocation Loc) {
    if (Loc.isInvalid())
      return false;
    Loc = SM.getExpansionLoc(Loc);
    if (inLibraryHeader(SM, Loc))
      return true;
    FileID FID = SM.getFileID(Loc);
    auto It = SkippedFiles.find(FID);
    if (It != SkippedFiles.end())
      return It->second;
    bool Skip = false;
    if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
      llvm::StringRef Name = FE->getName();
      Skip = Name.ends_with(".pb.h") || Name.ends_with(".pb.cc") ||
             llvm::sys::path::filename(Name).starts_with("moc_");
    }
    // A library vendored into the tree (httplib.h next to the sources) is
    // still the library: its own calls are not the project's.
    Skip |= !SM.isInMainFile(Loc) && isLibraryFile(FID);
    SkippedFiles[FID] = Skip;
    return Skip;
  }

  /// A function's own variable (not a parameter, not static).
  static bool isLocal(const Decl *D) {
    const auto *VD = dyn_cast<VarDecl>(D);
    return VD && VD->hasLocalStorage() && !isa<ParmVarDecl>(VD);
  }

  static bool isSmartPointer(const CXXRecordDecl *RD) {
    if (!RD)
      return false;
    std::string N = qualifiedName(RD);
    return N == "std::unique_ptr" || N == "std::shared_ptr" ||
           N == "QScopedPointer" || N == "QSharedPointer" ||
           N == "boost::shared_ptr";
  }

  /// `x = init`: remember where a call's result or a constructed object
  /// goes, so `result`/`this` handles name the variable.
  void bindValue(HandleKey K, const Expr *Init, SourceLocation Loc) {
    const Expr *E = stripWrappers(Init);
    if (K.Root && !isLocal(K.Root))
      if (const auto *DRE =
              dyn_cast_or_null<DeclRefExpr>(Init->IgnoreParenCasts()))
        if (const auto *Local = dyn_cast<VarDecl>(DRE->getDecl());
            Local && isLocal(Local) && Local->getType()->isPointerType()) {
          Facts.Aliases.push_back({K, HandleKey{Local, nullptr}, Loc});
          return;
        }
    if (const auto *NE = dyn_cast_or_null<CXXNewExpr>(E))
      E = NE->getConstructExpr();
    if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E)) {
      // unique_ptr<T> p(make()) / shared_ptr: the pointer argument.
      if (isSmartPointer(CE->getType()->getAsCXXRecordDecl()) &&
          CE->getNumArgs() >= 1) {
        E = stripWrappers(CE->getArg(0));
        if (const auto *NE2 = dyn_cast_or_null<CXXNewExpr>(E))
          E = NE2->getConstructExpr();
      } else if (!CE->getConstructor()->isCopyOrMoveConstructor()) {
        ConstructTarget[CE] = K;
        return;
      } else if (CE->getNumArgs() == 1) {
        E = stripWrappers(CE->getArg(0));
      }
    }
    if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E)) {
      ConstructTarget[CE] = K;
      return;
    }
    if (const auto *Call = dyn_cast_or_null<CallExpr>(E)) {
      ResultTarget[Call] = K;
      Facts.Inits.push_back({K, Call, Loc});
      // `auto pipe = redis.pipeline()`: an accessor's object in a variable
      // of its own runs on the settings of the object it came from.
      if (const Expr *Source = throughAccessor(Call))
        if (HandleKey From = resolve(Source); From.valid() && !(From == K))
          Facts.Inherits.push_back({K, From, Loc});
    }
  }

  // --- Matching calls against the model ---------------------------------

  bool recordMatches(const CXXRecordDecl *RD,
                     llvm::ArrayRef<std::string> Classes) {
    if (!RD)
      return false;
    RD = RD->getDefinition() ? RD->getDefinition() : RD;
    std::string Name = qualifiedName(RD);
    for (const auto &C : Classes)
      if (Name == C)
        return true;
    if (!RD->hasDefinition())
      return false;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (recordMatches(B.getType()->getAsCXXRecordDecl(), Classes))
        return true;
    return false;
  }

  static const CXXRecordDecl *recordOfType(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    return T.getCanonicalType()->getAsCXXRecordDecl();
  }

  bool typeMatches(QualType T, const std::string &Name) {
    return recordMatches(recordOfType(T), Name);
  }

  bool selectorMatches(const CallSelector &S, const FunctionDecl *FD) {
    if (!S.ExcludeNamespaces.empty() && inNamespace(FD, S.ExcludeNamespaces))
      return false;
    if (!S.Functions.empty()) {
      if (isa<CXXMethodDecl>(FD))
        return false;
      // A function the source file itself declares (a project `send(url,
      // body)` next to POSIX's) is the project's, not the library's.
      if (SM.isInMainFile(
              SM.getExpansionLoc(FD->getCanonicalDecl()->getLocation())))
        return false;
      std::string Q = qualifiedName(FD);
      for (const auto &F : S.Functions) {
        if (llvm::StringRef(F).starts_with("::")) {
          if (FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
              F.substr(2) == Q)
            return true;
        } else if (F == Q) {
          return true;
        }
      }
      return false;
    }
    if (!S.Classes.empty()) {
      const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      if (!MD)
        return false;
      if (S.Constructor != isa<CXXConstructorDecl>(MD))
        return false;
      return recordMatches(MD->getParent(), S.Classes);
    }
    if (!S.ParamType.empty()) {
      // A lambda handed the context (`[&](grpc::ClientContext *c) { return
      // stub->Get(c, ...); }`) is a callable, not a stub method: the calls
      // in its body are the RPCs.
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
          MD && MD->getParent()->isLambda())
        return false;
      return paramTypeIndex(S, FD).has_value();
    }
    return false;
  }

  std::optional<unsigned> paramTypeIndex(const CallSelector &S,
                                         const FunctionDecl *FD) {
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      if (!T->isPointerType() && !T->isReferenceType())
        continue;
      const CXXRecordDecl *RD = recordOfType(T);
      if (RD && qualifiedName(RD) == S.ParamType)
        return I;
    }
    return std::nullopt;
  }

  /// Rules for a call of \p FD. A method inherited from a base the model
  /// does not name (gRPC's WriterInterface::Write called on a ClientWriter)
  /// is matched through the static type of the object, \p ObjectClass.
  const std::vector<RuleRef> &
  rulesFor(const FunctionDecl *FD, const CXXRecordDecl *ObjectClass = nullptr) {
    auto Key = std::make_pair(FD, ObjectClass);
    auto It = CalleeRules.find(Key);
    if (It != CalleeRules.end())
      return It->second;
    std::vector<RuleRef> Out;
    llvm::StringRef Name;
    if (FD->getDeclName().isIdentifier())
      Name = FD->getName();
    else if (FD->getOverloadedOperator() == OO_Call)
      Name = "operator()";
    if (!Name.empty()) {
      auto NI = Index.ByName.find(Name);
      if (NI != Index.ByName.end())
        for (const RuleRef &R : NI->second)
          if (selectorMatches(R.selector(), FD) ||
              (ObjectClass && isa<CXXMethodDecl>(FD) &&
               !isa<CXXConstructorDecl>(FD) && !R.selector().Classes.empty() &&
               recordMatches(ObjectClass, R.selector().Classes)))
            Out.push_back(R);
    }
    if (isa<CXXConstructorDecl>(FD))
      for (const RuleRef &R : Index.Constructors)
        if (selectorMatches(R.selector(), FD))
          Out.push_back(R);
    if (!isa<CXXConstructorDecl>(FD))
      for (const RuleRef &R : Index.ByParamType)
        if (isa<CXXMethodDecl>(FD) && selectorMatches(R.selector(), FD))
          Out.push_back(R);
    return CalleeRules[Key] = std::move(Out);
  }

  // --- Handles ------------------------------------------------------------

  /// The same handle seen through a library accessor or a smart pointer.
  const Expr *throughAccessor(const Expr *E) {
    const auto *Call = dyn_cast<CallExpr>(E);
    if (!Call || isa<CXXOperatorCallExpr>(Call))
      return nullptr;
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD)
      return nullptr;
    if (FD->isInStdNamespace() && FD->getDeclName().isIdentifier() &&
        (FD->getName() == "move" || FD->getName() == "ref" ||
         FD->getName() == "forward") &&
        Call->getNumArgs() == 1)
      return Call->getArg(0);
    const Expr *Object = nullptr;
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call)) {
      Object = MCE->getImplicitObjectArgument();
      if (FD->getDeclName().isIdentifier() && FD->getName() == "get" &&
          isSmartPointer(MCE->getMethodDecl()->getParent()))
        return Object;
    }
    for (const RuleRef &R : rulesFor(FD))
      if (R.Kind == RuleKind::SameHandle) {
        const HandleSpec &From = R.Lib->SameHandle[R.Index].From;
        if (From.Kind == HandleSpec::This && Object)
          return Object;
        if (From.Kind == HandleSpec::Arg && From.Index < Call->getNumArgs())
          return Call->getArg(From.Index);
      }
    return nullptr;
  }

  /// `CURL *getCurlHandle() { if (!h) throw ...; return h; }`: a project
  /// getter with no arguments whose every `return` gives the same member or
  /// global is the same handle as what it returns.
  const Expr *getterResult(const CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || Call->getNumArgs() != 0)
      return nullptr;
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def || !Def->getBody() || isLibraryDecl(Def))
      return nullptr;
    const ValueDecl *Same = nullptr;
    const Expr *First = nullptr;
    bool Ok = true;
    std::vector<const Stmt *> Work{Def->getBody()};
    while (!Work.empty() && Ok) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
        const Expr *V = RS->getRetValue();
        const ValueDecl *D = nullptr;
        if (V && GetterDepth < 2) {
          ++GetterDepth;
          HandleKey K = resolve(V);
          --GetterDepth;
          if (K.Root && (isa<FieldDecl>(K.Root) ||
                         (isa<VarDecl>(K.Root) &&
                          !cast<VarDecl>(K.Root)->hasLocalStorage())))
            D = K.Root;
        }
        Ok = D && (!Same || Same == D);
        Same = D;
        if (!First)
          First = V;
        continue;
      }
      for (const Stmt *C : S->children())
        Work.push_back(C);
    }
    return Ok ? First : nullptr;
  }

public:
  HandleKey resolve(const Expr *E) {
    for (int Guard = 0; E && Guard < 24; ++Guard) {
      E = stripWrappers(E);
      if (const auto *EC = dyn_cast<ExplicitCastExpr>(E)) {
        E = EC->getSubExpr(); // (CURL *)userdata, static_cast<...>(p)
        continue;
      }
      if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
        if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref) {
          E = UO->getSubExpr();
          continue;
        }
        break;
      }
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
        if ((OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
            OC->getNumArgs() >= 1) {
          E = OC->getArg(0);
          continue;
        }
        break;
      }
      if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
        // Copies, and smart pointers taking ownership of a raw handle.
        if ((CE->getConstructor()->isCopyOrMoveConstructor() ||
             isSmartPointer(CE->getConstructor()->getParent())) &&
            CE->getNumArgs() >= 1) {
          E = CE->getArg(0);
          continue;
        }
        return HandleKey{nullptr, CE};
      }
      if (isa<CallExpr>(E)) {
        if (const Expr *Inner = throughAccessor(E)) {
          E = Inner;
          continue;
        }
        if (const Expr *Returned = getterResult(cast<CallExpr>(E))) {
          E = Returned;
          continue;
        }
        return HandleKey{nullptr, E};
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
        const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        if (!VD)
          return {};
        // `auto &s = get_lowest_layer(stream)`: the referenced handle.
        if (VD->getType()->isReferenceType() && isLocal(VD) && VD->getInit()) {
          E = VD->getInit();
          continue;
        }
        // `CURL *h = (CURL *)userdata;`: a local alias of another handle.
        if (isLocal(VD) && VD->getInit() && VD->getType()->isPointerType()) {
          const Expr *Init = VD->getInit()->IgnoreParenCasts();
          if (isa<DeclRefExpr>(Init) || isa<MemberExpr>(Init)) {
            E = Init;
            continue;
          }
          // `CURL *copy = curl_easy_duphandle(base)`: a same_handle call.
          if (isa<CallExpr>(Init))
            if (const Expr *Inner = throughAccessor(Init)) {
              E = Inner;
              continue;
            }
        }
        return HandleKey{VD, nullptr};
      }
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
        if (!FD)
          return {};
        // A data member is one handle whatever object reaches it: C code
        // configures `conn->curl` in one function and uses it, through
        // another pointer, in the next.
        return HandleKey{FD, nullptr};
      }
      return HandleKey{nullptr, E};
    }
    return {};
  }

private:
  HandleKey handleFor(const HandleSpec &H, const Expr *Call,
                      const FunctionDecl *FD, const Expr *Object,
                      llvm::ArrayRef<const Expr *> Args,
                      const CallSelector &S) {
    switch (H.Kind) {
    case HandleSpec::None:
      return {};
    case HandleSpec::This:
      if (Object)
        return resolve(Object);
      if (const auto *CE = dyn_cast<CXXConstructExpr>(Call)) {
        auto It = ConstructTarget.find(CE);
        if (It != ConstructTarget.end())
          return It->second;
        return HandleKey{nullptr, CE};
      }
      // `std::make_unique<T>(...)`: the object is where the pointer goes.
      if (isa<CallExpr>(Call) && !isa<CXXMemberCallExpr>(Call) &&
          isa<CXXConstructorDecl>(FD)) {
        auto It = ResultTarget.find(Call);
        return It != ResultTarget.end() ? It->second : HandleKey{nullptr, Call};
      }
      return {};
    case HandleSpec::Arg:
      return H.Index < Args.size() ? resolve(Args[H.Index]) : HandleKey{};
    case HandleSpec::Result:
    case HandleSpec::ResultAfter: {
      auto It = ResultTarget.find(Call);
      if (It != ResultTarget.end())
        return It->second;
      return HandleKey{nullptr, Call};
    }
    case HandleSpec::Call:
      return HandleKey{nullptr, Call};
    case HandleSpec::ParamTyped:
      if (auto I = paramTypeIndex(S, FD); I && *I < Args.size())
        return resolve(Args[*I]);
      return {};
    case HandleSpec::ArgOfType:
      for (const Expr *A : Args)
        if (typeMatches(stripWrappers(A)->getType(), H.Type))
          return resolve(A);
      return {};
    }
    return {};
  }

  std::string spelling(const Expr *E) {
    if (!E)
      return "";
    CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
    R = Lexer::makeFileCharRange(R, SM, Ctx.getLangOpts());
    std::string Text = Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
    // One line, bounded: it goes into messages.
    std::string Out;
    for (char C : Text)
      if (C != '\n' && C != '\r' &&
          !(C == ' ' && !Out.empty() && Out.back() == ' '))
        Out += C == '\t' ? ' ' : C;
    if (Out.size() > 60)
      Out = Out.substr(0, 57) + "...";
    return Out;
  }

  std::string keyText(const HandleKey &K, const HandleSpec &H, const Expr *Call,
                      const Expr *Object, llvm::ArrayRef<const Expr *> Args) {
    // A member reached through an object: say it as the source does.
    if (isa_and_nonnull<FieldDecl>(K.Root)) {
      if (H.Kind == HandleSpec::Arg && H.Index < Args.size())
        return spelling(Args[H.Index]);
      if (H.Kind == HandleSpec::This && Object)
        return spelling(Object);
    }
    if (K.Root)
      return K.Root->getNameAsString();
    if (H.Kind == HandleSpec::This && Object)
      return spelling(Object);
    if (H.Kind == HandleSpec::Arg && H.Index < Args.size())
      return spelling(Args[H.Index]);
    return "";
  }

  // --- Conditions and values ---------------------------------------------

  bool mentionsName(const Expr *E, llvm::ArrayRef<std::string> Names) {
    if (!E)
      return false;
    // Macros: the argument's own spelling, through nested expansions.
    SourceLocation Loc = E->getBeginLoc();
    for (int Depth = 0; Loc.isMacroID() && Depth < 8; ++Depth) {
      llvm::StringRef Macro =
          Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
      for (const auto &N : Names)
        if (Macro == N)
          return true;
      Loc = SM.getImmediateMacroCallerLoc(Loc);
    }
    bool Found = false;
    std::vector<const Stmt *> Work{E};
    while (!Work.empty() && !Found) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S)
        continue;
      // `flags | O_NONBLOCK`: a macro anywhere in the argument.
      SourceLocation SL = S->getBeginLoc();
      for (int Depth = 0; SL.isMacroID() && Depth < 8 && !Found; ++Depth) {
        llvm::StringRef Macro =
            Lexer::getImmediateMacroName(SL, SM, Ctx.getLangOpts());
        for (const auto &N : Names)
          Found |= Macro == N;
        SL = SM.getImmediateMacroCallerLoc(SL);
      }
      const ValueDecl *D = nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        D = DRE->getDecl();
      else if (const auto *ME = dyn_cast<MemberExpr>(S))
        D = ME->getMemberDecl(); // reply->abort() inside a lambda
      else if (const auto *LE = dyn_cast<LambdaExpr>(S))
        Work.push_back(LE->getBody());
      if (D && D->getDeclName().isIdentifier())
        for (const auto &N : Names)
          Found |= D->getName() == N;
      // Qt's SLOT(quit()): the string "1quit()" (then, in debug builds,
      // a NUL and the file and line).
      if (const auto *Lit = dyn_cast<StringLiteral>(S);
          Lit && Lit->getCharByteWidth() == 1) {
        llvm::StringRef T =
            Lit->getString().take_until([](char C) { return C == '\0'; });
        if (T.size() > 3 && T[0] == '1' && T.ends_with(")"))
          for (const auto &N : Names)
            Found |=
                T.drop_front().take_until([](char C) { return C == '('; }) == N;
      }
      for (const Stmt *C : S->children())
        Work.push_back(C);
    }
    return Found;
  }

  void stringsIn(const Stmt *S, std::vector<llvm::StringRef> &Out, int Depth) {
    if (!S || Depth > 4)
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S)) {
      if (SL->getCharByteWidth() == 1)
        Out.push_back(SL->getString());
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (const Expr *Init = VD->getAnyInitializer())
          stringsIn(Init, Out, Depth + 1);
    for (const Stmt *C : S->children())
      stringsIn(C, Out, Depth);
  }

  /// The strings of \p A and of what the function fills it with: a
  /// connection's keyword list built by calls (`addKeyValue(keywords, values,
  /// "host", h)`, repmgr's `param_set_ine(list, "connect_timeout", "2")`)
  /// holds the keys those calls pass.
  void stringsFilledIn(const Expr *A, std::vector<llvm::StringRef> &Out) {
    stringsIn(A, Out, 0);
    const Expr *Root = A->IgnoreParenCasts();
    while (const auto *ME = dyn_cast<MemberExpr>(Root))
      Root = ME->getBase()->IgnoreParenCasts();
    const auto *DRE = dyn_cast<DeclRefExpr>(Root);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || !VD->isLocalVarDeclOrParm() || Functions.empty() ||
        !Functions.back()->getBody())
      return;
    // ... or through a cursor into it (`char *buf = conninfo;`).
    llvm::SmallVector<const VarDecl *, 2> Aliases{VD};
    walk(Functions.back()->getBody(), [&](const Stmt *X) {
      const auto *Cursor = dyn_cast_or_null<VarDecl>(
          isa<DeclStmt>(X) && cast<DeclStmt>(X)->isSingleDecl()
              ? cast<DeclStmt>(X)->getSingleDecl()
              : nullptr);
      if (Cursor && Cursor->getInit())
        if (const auto *Init =
                dyn_cast<DeclRefExpr>(Cursor->getInit()->IgnoreParenCasts());
            Init && Init->getDecl() == VD)
          Aliases.push_back(Cursor);
    });
    walk(Functions.back()->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      if (!CE || CE == A || isa<CXXOperatorCallExpr>(CE))
        return;
      // Filled: the list or buffer comes first (`snprintf(buf, ...)`,
      // `add(list, key, value)`); a log line that prints it does not fill it.
      if (CE->getNumArgs() < 2 || llvm::none_of(Aliases, [&](const VarDecl *V) {
            return mentions(CE->getArg(0), V);
          }))
        return;
      for (const Expr *Arg : CE->arguments())
        if (const auto *SL =
                dyn_cast<StringLiteral>(Arg->IgnoreParenImpCasts()))
          if (SL->getCharByteWidth() == 1)
            Out.push_back(SL->getString());
    });
  }

  /// The method whose result \p Object is: through `->`/`*` of a smart
  /// pointer and a local variable's initializer.
  const CXXMethodDecl *objectSource(const Expr *Object) {
    for (int Depth = 0; Object && Depth < 4; ++Depth) {
      Object = stripWrappers(Object)->IgnoreParenImpCasts();
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Object);
          OC && OC->getNumArgs() == 1 &&
          (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star)) {
        Object = OC->getArg(0);
        continue;
      }
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Object))
        return MC->getMethodDecl();
      const auto *DRE = dyn_cast<DeclRefExpr>(Object);
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (!VD || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
        return nullptr;
      Object = VD->getInit();
    }
    return nullptr;
  }

  bool conditionHolds(const ArgCondition &C, llvm::ArrayRef<const Expr *> Args,
                      const Expr *Object = nullptr) {
    if (!C.ObjectFrom.empty()) {
      const CXXMethodDecl *Source = Object ? objectSource(Object) : nullptr;
      if (!Source || !Source->getDeclName().isIdentifier() ||
          !llvm::is_contained(C.ObjectFrom, Source->getName().str()))
        return false;
    }
    if (!C.ArgType.empty()) {
      bool Any = false;
      for (const Expr *A : Args)
        Any |= typeMatches(stripWrappers(A)->getType(), C.ArgType);
      if (!Any)
        return false;
    }
    if (C.Arg) {
      if (*C.Arg >= Args.size())
        return false;
      const Expr *A = Args[*C.Arg];
      if (!C.Is.empty() && !mentionsName(A, C.Is))
        return false;
      if (C.Param) {
        const auto *DRE =
            dyn_cast<DeclRefExpr>(stripWrappers(A)->IgnoreParenImpCasts());
        if ((DRE && isa<ParmVarDecl>(DRE->getDecl())) != *C.Param)
          return false;
      }
      if (!C.Contains.empty()) {
        std::vector<llvm::StringRef> Strings;
        stringsFilledIn(A, Strings);
        bool Any = false;
        for (llvm::StringRef S : Strings)
          for (const auto &Want : C.Contains)
            Any |= S.contains(Want);
        if (!Any)
          return false;
      }
    }
    return true;
  }

  bool conditionsHold(const std::vector<ArgCondition> &Cs,
                      llvm::ArrayRef<const Expr *> Args,
                      const Expr *Object = nullptr) {
    for (const auto &C : Cs)
      if (!conditionHolds(C, Args, Object))
        return false;
    return true;
  }

  /// Every `when` holds and no `unless` does.
  bool applies(const std::vector<ArgCondition> &When,
               const std::vector<ArgCondition> &Unless,
               llvm::ArrayRef<const Expr *> Args,
               const Expr *Object = nullptr) {
    if (!conditionsHold(When, Args, Object))
      return false;
    for (const auto &U : Unless)
      if (conditionHolds(U, Args, Object))
        return false;
    return true;
  }

  /// A target written in the code that is not this machine (an insecure
  /// channel to localhost is fine; one to a name read at run time unknown).
  bool isRemoteTarget(llvm::ArrayRef<const Expr *> Args, unsigned I) {
    if (I >= Args.size())
      return false;
    std::vector<llvm::StringRef> Strings;
    stringsIn(Args[I], Strings, 0);
    if (Strings.empty())
      return false;
    for (llvm::StringRef S : Strings)
      if (S.contains("localhost") || S.contains("127.") ||
          S.contains("[::1]") || S.starts_with("unix:") ||
          S.contains("0.0.0.0"))
        return false;
    return true;
  }

  template <typename Fn> static void walkStrings(const Stmt *S, Fn &&Visit) {
    if (!S)
      return;
    if (const auto *SL = dyn_cast<StringLiteral>(S))
      Visit(SL);
    for (const Stmt *C : S->children())
      walkStrings(C, Visit);
  }

  // --- Methods and configuration values ---------------------------------

  /// "POST" from "POST", `verb::post`, `methods::POST`, `HTTP_POST`.
  /// `app.route<...>("/p").methods("POST"_method)(handler)`: the verbs the
  /// route object was given on the way, else the framework's default.
  std::string chainedMethod(const InboundRule &IR, const Expr *Object,
                            const std::string &Otherwise) {
    for (int Depth = 0; Object && Depth < 8; ++Depth) {
      Object = Object->IgnoreImplicit()->IgnoreParens();
      const auto *MC = dyn_cast<CXXMemberCallExpr>(Object);
      if (!MC)
        break;
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() &&
          MD->getName() == IR.MethodCall) {
        std::string Verbs;
        for (const Expr *A : MC->arguments())
          if (std::string V = methodText(A); !V.empty())
            Verbs += (Verbs.empty() ? "" : ",") + V;
        if (!Verbs.empty())
          return Verbs;
      }
      Object = MC->getImplicitObjectArgument();
    }
    return IR.DefaultMethod.empty() ? Otherwise : IR.DefaultMethod;
  }

  std::string methodText(const Expr *E) {
    // A choice made at run time (`get_only ? verb::get : verb::post`,
    // `cached ? "GET k" : "INCR k"`): either may be sent.
    if (const auto *CO = dyn_cast<ConditionalOperator>(
            stripWrappers(E)->IgnoreParenImpCasts())) {
      std::string T = methodText(CO->getTrueExpr()),
                  F = methodText(CO->getFalseExpr());
      return T.empty() || F.empty() || T == F ? T.empty() ? F : T : T + "," + F;
    }
    // Drogon's `{Post, "LoginFilter"}`: the verbs among filters' names.
    std::string Verbs;
    walk(E, [&](const Stmt *X) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (const auto *EC = dyn_cast<EnumConstantDecl>(DRE->getDecl())) {
          std::string V = llvm::StringRef(EC->getName()).upper();
          static const std::set<std::string> Http = {
              "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
          if (Http.count(V) && Verbs.find(V) == std::string::npos)
            Verbs += (Verbs.empty() ? "" : ",") + V;
        }
    });
    if (!Verbs.empty() &&
        isa<InitListExpr, CXXStdInitializerListExpr, CXXConstructExpr,
            MaterializeTemporaryExpr, ExprWithCleanups, CXXBindTemporaryExpr>(
            E->IgnoreParenImpCasts()))
      return Verbs;
    std::string Text;
    // An enumerator by its name (`HTTP_POST`), not its value (3).
    const auto *Enumerator =
        dyn_cast<DeclRefExpr>(stripWrappers(E)->IgnoreParenImpCasts());
    if (Enumerator && isa<EnumConstantDecl>(Enumerator->getDecl()))
      Text = Enumerator->getDecl()->getNameAsString();
    else if (const VarDecl *Argv = localArray(E)) {
      if (!firstElementText(Argv, Text))
        return ""; // the command is computed: unknown
    } else if (!literalText(E, Text)) {
      const Expr *S = stripWrappers(E)->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
        Text = DRE->getDecl()->getNameAsString();
      else if (const auto *ME = dyn_cast<MemberExpr>(S))
        Text = ME->getMemberDecl()->getNameAsString();
      else
        return "";
    }
    // A command line names its command first: `"INCR %s"` is INCR.
    llvm::StringRef T = llvm::StringRef(Text).ltrim();
    T = T.take_until([](char C) { return llvm::isSpace(C); });
    T.consume_front("HTTP_");
    return T.upper();
  }

  const VarDecl *localArray(const Expr *E) {
    const auto *DRE =
        dyn_cast<DeclRefExpr>(stripWrappers(E)->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    return VD && VD->hasLocalStorage() && VD->getType()->isArrayType()
               ? VD
               : nullptr;
  }

  /// The literal first element of a local array (`const char *argv[] =
  /// {"LPUSH", key, value}`): the command of an argument vector.
  /// Its first element only: the others are the command's arguments.
  bool firstElementText(const VarDecl *VD, std::string &Out) {
    if (!VD->getInit())
      return false;
    const auto *Init = dyn_cast<InitListExpr>(VD->getInit()->IgnoreImplicit());
    return Init && Init->getNumInits() > 0 &&
           literalText(Init->getInit(0), Out);
  }

  /// A literal's text: a string, a number, true/false. False when the
  /// value is computed at run time.
  bool literalText(const Expr *E, std::string &Out) {
    std::vector<llvm::StringRef> Strings;
    stringsIn(E, Strings, 0);
    if (!Strings.empty()) {
      Out.clear();
      for (llvm::StringRef S : Strings)
        Out += S.str();
      return true;
    }
    const Expr *S = stripWrappers(E)->IgnoreParenImpCasts();
    if (S->isValueDependent())
      return false;
    bool B;
    if (S->getType()->isBooleanType() &&
        S->EvaluateAsBooleanCondition(B, Ctx)) {
      Out = B ? "true" : "false";
      return true;
    }
    Expr::EvalResult Res;
    if (S->getType()->isIntegerType() && S->EvaluateAsInt(Res, Ctx)) {
      Out = std::to_string(Res.Val.getInt().getExtValue());
      return true;
    }
    return false;
  }

  static bool isStringLike(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType() || T->isArrayType()) {
      QualType E = T->isPointerType()
                       ? T->getPointeeType()
                       : QualType(T->getArrayElementTypeNoTypeQual(), 0);
      return E->isCharType();
    }
    if (const auto *RD = T->getAsCXXRecordDecl())
      return RD->getName() == "basic_string" ||
             RD->getName() == "basic_string_view" ||
             RD->getName() == "QString" || RD->getName() == "QByteArray";
    return false;
  }

  /// `curl_easy_setopt(h, CURLOPT_POST, 0L)`: the flag is switched off.
  bool isZeroFlag(llvm::ArrayRef<const Expr *> Args) {
    if (Args.size() < 3)
      return false;
    bool Zero = false;
    return Args.back()->getType()->isIntegerType() &&
           constantArg(Args, Args.size() - 1, Zero) && Zero;
  }

  /// `Configuration config = {{"acks", "all"}, {"enable.idempotence",
  /// true}}`: every {key, value} pair under the argument.
  void notePairs(HandleKey Config, const Expr *E, const FunctionDecl *Func,
                 int Depth) {
    if (!E || Depth > 6)
      return;
    E = E->IgnoreImplicit();
    llvm::SmallVector<const Expr *, 2> Parts;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      for (const Expr *A : CE->arguments())
        Parts.push_back(A);
    } else if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
      for (const Expr *A : ILE->inits())
        Parts.push_back(A);
    } else if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E)) {
      notePairs(Config, SIL->getSubExpr(), Func, Depth + 1);
      return;
    } else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      notePairs(Config, MTE->getSubExpr(), Func, Depth + 1);
      return;
    }
    std::string Key;
    if (Parts.size() == 2 && isStringLike(Parts[0]->getType()) &&
        literalText(Parts[0], Key)) {
      ConfigSetEvent Ev{Config, Key, "", true, E->getBeginLoc(), Func};
      literalText(Parts[1], Ev.Value);
      Facts.ConfigSets.push_back(Ev);
      return;
    }
    for (const Expr *P : Parts)
      notePairs(Config, P, Func, Depth + 1);
  }

  // --- The call -------------------------------------------------------------

  SourceLocation calleeLoc(const Expr *Call) {
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call))
      if (const auto *ME = dyn_cast<MemberExpr>(MCE->getCallee()))
        return ME->getMemberLoc();
    if (const auto *CE = dyn_cast<CallExpr>(Call)) {
      // The function's name, after any `ns::` qualifier.
      if (const auto *DRE =
              dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
        return DRE->getLocation();
      return CE->getCallee()->getExprLoc();
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Call)) {
      auto It = ConstructTarget.find(CE);
      if (It != ConstructTarget.end() && It->second.Root)
        if (const auto *VD = dyn_cast<VarDecl>(It->second.Root))
          return VD->getLocation();
      return CE->getBeginLoc();
    }
    return Call->getBeginLoc();
  }

  static bool isSignatureVerifierName(const FunctionDecl *FD) {
    if (!FD->getDeclName().isIdentifier())
      return false;
    std::string N = FD->getName().lower();
    llvm::erase(N, '_');
    llvm::StringRef S(N);
    bool Verb = S.contains("verif") || S.contains("valid") ||
                S.starts_with("check") || S.starts_with("is");
    bool Object = S.contains("signature") || S.contains("hmac") ||
                  S.ends_with("sig") || S.contains("sigvalid");
    return Verb && Object;
  }

  static std::string calleeName(const FunctionDecl *FD) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      if (isa<CXXConstructorDecl>(MD))
        return MD->getParent()->getNameAsString();
      return MD->getParent()->getNameAsString() + "::" + MD->getNameAsString();
    }
    return FD->getNameAsString();
  }

  /// The alias an object is declared with, when its class has another
  /// name: `pqxx::connection c(s)` builds a `basic_connection_base`, and
  /// messages say `connection`.
  std::string aliasConstructed(const Expr *Call) {
    const auto *CE = dyn_cast<CXXConstructExpr>(Call);
    if (!CE)
      return "";
    QualType Written;
    auto It = ConstructTarget.find(CE);
    if (It != ConstructTarget.end())
      if (const auto *VD = dyn_cast_or_null<VarDecl>(It->second.Root))
        Written = VD->getType();
    if (Written.isNull())
      return "";
    if (const auto *PT = Written->getAs<PointerType>()) // `auto *c = new T(s)`
      Written = PT->getPointeeType();
    const auto *TT = Written->getAs<TypedefType>();
    if (!TT)
      return "";
    const CXXRecordDecl *RD = CE->getConstructor()->getParent();
    std::string Name = TT->getDecl()->getNameAsString();
    return Name == RD->getNameAsString() ? "" : Name;
  }

  void handleCall(const Expr *Call, const FunctionDecl *FD, const Expr *Object,
                  llvm::ArrayRef<const Expr *> Args) {
    if (isSkippedLocation(Call->getBeginLoc()))
      return;
    const FunctionDecl *Func = Functions.empty() ? nullptr : Functions.back();
    const CXXRecordDecl *ObjectClass =
        Object ? recordOfType(Object->IgnoreParenImpCasts()->getType())
               : nullptr;
    const std::vector<RuleRef> &Rules = rulesFor(FD, ObjectClass);

    for (const RuleRef &R : Rules) {
      switch (R.Kind) {
      case RuleKind::Timeout: {
        const TimeoutRule &T = R.Lib->Timeouts[R.Index];
        if (!conditionsHold(T.When, Args)) {
          noteForwarder(R.Lib, T, Args);
          break;
        }
        if (!applies(T.When, T.Unless, Args))
          break;
        HandleKey K = handleFor(T.Handle, Call, FD, Object, Args, T.Match);
        if (!K.valid())
          break;
        Facts.Timeouts.push_back(makeEvent(K, R.Lib, T, Call, Func, Args));
        break;
      }
      case RuleKind::Reset: {
        const ResetRule &RR = R.Lib->Resets[R.Index];
        HandleKey K = handleFor(RR.Handle, Call, FD, Object, Args, RR.Match);
        if (K.valid())
          Facts.Resets.push_back({K, Call->getBeginLoc()});
        break;
      }
      case RuleKind::Inherit: {
        const InheritRule &IR = R.Lib->Inherits[R.Index];
        HandleKey K = handleFor(IR.Handle, Call, FD, Object, Args, IR.Match);
        if (!K.valid())
          break;
        for (unsigned I = 0; I < Args.size(); ++I) {
          bool Pick = IR.FromArg
                          ? *IR.FromArg == I
                          : typeMatches(stripWrappers(Args[I])->getType(),
                                        IR.FromArgType);
          if (!Pick)
            continue;
          HandleKey From = resolve(Args[I]);
          if (From.valid())
            Facts.Inherits.push_back({K, From, Call->getBeginLoc()});
        }
        break;
      }
      case RuleKind::Outbound: {
        const OutboundRule &O = R.Lib->Outbound[R.Index];
        if (!applies(O.When, O.Unless, Args, Object))
          break;
        Site S;
        S.Call = Call;
        S.Lib = R.Lib;
        S.Rule = &O;
        S.Func = Func;
        S.Loc = calleeLoc(Call);
        S.Range = Call->getSourceRange();
        S.Callee = calleeName(FD);
        if (std::string Alias = aliasConstructed(Call); !Alias.empty())
          S.Callee = Alias;
        for (const HandleSpec &H : O.Handles) {
          HandleKey K = handleFor(H, Call, FD, Object, Args, O.Match);
          S.Keys.push_back(K);
          S.KeyTexts.push_back(H.Kind == HandleSpec::ResultAfter
                                   ? std::string()
                                   : keyText(K, H, Call, Object, Args));
          S.KeyAfterCall.push_back(H.Kind == HandleSpec::ResultAfter);
        }
        for (unsigned I : O.TargetArgs)
          if (I < Args.size())
            S.TargetExprs.push_back(Args[I]);
        if (O.OpaqueArg && *O.OpaqueArg < Args.size()) {
          std::vector<llvm::StringRef> Strings;
          stringsFilledIn(Args[*O.OpaqueArg], Strings);
          // A format that only passes text through (`"%s"`, `"%s %s"`)
          // copies options read at run time.
          auto PassThrough = [](llvm::StringRef T) {
            T = T.trim();
            while (T.consume_front("%s"))
              T = T.ltrim();
            return T.empty();
          };
          S.Opaque = Strings.empty() || llvm::any_of(Strings, PassThrough);
        }
        if (O.Connects) {
          for (const HandleKey &K : S.Keys)
            if (K.valid())
              Facts.Connected[K].push_back(R.Lib);
          Facts.ConnectingLibs.push_back(R.Lib);
        }
        Facts.Sites.push_back(std::move(S));
        break;
      }
      case RuleKind::Tls:
        noteTlsDisabled(R, Call, Args, calleeLoc(Call));
        break;
      case RuleKind::AutoRetry:
        noteAutoRetry(R, FD, Args, calleeLoc(Call), Call->getSourceRange());
        break;
      case RuleKind::Method: {
        const MethodRule &MR = R.Lib->Methods[R.Index];
        if (!conditionsHold(MR.When, Args))
          break;
        std::string Method = MR.Method;
        if (MR.MethodArg) {
          if (*MR.MethodArg >= Args.size())
            break;
          Method = methodText(Args[*MR.MethodArg]);
        } else if (!MR.When.empty() && isZeroFlag(Args)) {
          break; // CURLOPT_POST, 0L
        }
        if (Method.empty())
          break;
        HandleKey K;
        if (MR.Handle.isSet()) {
          K = handleFor(MR.Handle, Call, FD, Object, Args, MR.Match);
          if (!K.valid())
            break;
        }
        Facts.Methods.push_back({K, Call, Method, Call->getBeginLoc()});
        break;
      }
      case RuleKind::ConfigSet: {
        const ConfigSetRule &CR = R.Lib->ConfigSets[R.Index];
        HandleKey K = handleFor(CR.Config, Call, FD, Object, Args, CR.Match);
        if (CR.Pairs) {
          for (const Expr *A : Args)
            notePairs(K, A, Func, 0);
          break;
        }
        if (!CR.KeyArg || *CR.KeyArg >= Args.size())
          break;
        ConfigSetEvent Ev;
        Ev.Config = K;
        Ev.Loc = Call->getBeginLoc();
        Ev.Func = Func;
        Ev.KeyKnown = literalText(Args[*CR.KeyArg], Ev.Key);
        if (CR.ValueArg && *CR.ValueArg < Args.size())
          literalText(Args[*CR.ValueArg], Ev.Value);
        Facts.ConfigSets.push_back(Ev);
        break;
      }
      case RuleKind::Producer: {
        const ProducerRule &PR = R.Lib->Producers[R.Index];
        if (!applies(PR.When, {}, Args))
          break;
        ProducerEvent Ev;
        Ev.Lib = R.Lib;
        Ev.Rule = &PR;
        Ev.Call = Call;
        Ev.Handle = handleFor(PR.Handle, Call, FD, Object, Args, PR.Match);
        Ev.Config = handleFor(PR.Config, Call, FD, Object, Args, PR.Match);
        Ev.HandleText = keyText(Ev.Handle, PR.Handle, Call, Object, Args);
        Ev.Loc = calleeLoc(Call);
        Ev.Range = Call->getSourceRange();
        Ev.Func = Func;
        Facts.Producers.push_back(Ev);
        break;
      }
      case RuleKind::Produce: {
        const ProduceRule &PR = R.Lib->Produces[R.Index];
        HandleKey K = handleFor(PR.Handle, Call, FD, Object, Args, PR.Match);
        Facts.Produces.push_back({R.Lib, K, Call->getBeginLoc(), Call});
        break;
      }
      case RuleKind::RetryHelper: {
        const RetryHelperRule &HR = R.Lib->RetryHelpers[R.Index];
        if (HR.CallableArg < Args.size())
          Facts.HelperCalls.push_back({R.Lib, &HR, Call, Args[HR.CallableArg]});
        break;
      }
      case RuleKind::Breaker:
        Facts.BreakerCalls.push_back({&R.Lib->Breakers[R.Index], Call});
        break;
      case RuleKind::Connection:
        if (const auto *CE = dyn_cast<CallExpr>(Call))
          Facts.Connections.push_back(
              {R.Lib, &R.Lib->Connections[R.Index], CE});
        break;
      case RuleKind::Wait: {
        const WaitRule &WR = R.Lib->Waits[R.Index];
        Facts.Waits[Call] = WR.DelayArg && *WR.DelayArg < Args.size()
                                ? Args[*WR.DelayArg]
                                : nullptr;
        break;
      }
      case RuleKind::ServiceConfig: {
        const ServiceConfigRule &SR = R.Lib->ServiceConfigs[R.Index];
        if (!applies(SR.When, {}, Args) || SR.JsonArg >= Args.size())
          break;
        std::vector<llvm::StringRef> Strings;
        stringsIn(Args[SR.JsonArg], Strings, 0);
        std::string Json;
        for (llvm::StringRef S : Strings)
          Json += S.str();
        Facts.ServiceConfigs.push_back({Call, Json, calleeLoc(Call)});
        break;
      }
      case RuleKind::Target: {
        const TargetRule &TR = R.Lib->Targets[R.Index];
        if (!conditionsHold(TR.When, Args))
          break;
        HandleKey K;
        if (TR.Handle.isSet()) {
          K = handleFor(TR.Handle, Call, FD, Object, Args, TR.Match);
          if (!K.valid())
            break;
        }
        TargetEvent Ev{R.Lib, K, {}, Call->getBeginLoc()};
        for (unsigned I : TR.Args)
          if (I < Args.size())
            Ev.Args.push_back(Args[I]);
        Facts.Targets.push_back(std::move(Ev));
        break;
      }
      case RuleKind::Auth: {
        const AuthRule &AR = R.Lib->Auth[R.Index];
        if (!conditionsHold(AR.When, Args))
          break;
        HandleKey K;
        if (AR.Handle.isSet())
          K = handleFor(AR.Handle, Call, FD, Object, Args, AR.Match);
        Facts.Auth.push_back({K, AR.Kind, Func, Call->getBeginLoc()});
        break;
      }
      case RuleKind::Inbound: {
        const InboundRule &IR = R.Lib->Inbound[R.Index];
        if (!applies(IR.When, IR.Unless, Args))
          break;
        InboundEvent Ev;
        Ev.Lib = R.Lib;
        Ev.Rule = &IR;
        Ev.Operation = IR.Operation;
        if (IR.MethodFromName && FD->getDeclName().isIdentifier())
          Ev.Operation = FD->getName().upper();
        if (IR.MethodArg && *IR.MethodArg < Args.size())
          if (std::string V = methodText(Args[*IR.MethodArg]); !V.empty())
            Ev.Operation = V;
        if (!IR.MethodCall.empty() || !IR.DefaultMethod.empty())
          Ev.Operation = chainedMethod(IR, Object, Ev.Operation);
        for (unsigned I : IR.TargetArgs)
          if (I < Args.size())
            Ev.TargetExprs.push_back(Args[I]);
        // `app.route<...>("/hook").methods(...)(handler)`: the path is in
        // the route object the handler is given to.
        if (IR.TargetArgs.empty() && Object)
          walkStrings(Object, [&](const StringLiteral *SL) {
            if (Ev.TargetExprs.empty() && SL->getCharByteWidth() == 1 &&
                SL->getString().starts_with("/"))
              Ev.TargetExprs.push_back(SL);
          });
        // A registration macro of the framework (ADD_METHOD_TO): report
        // where the project writes it. A route object called with its
        // handler (`CROW_ROUTE(app, "/x").methods(...)(handler)`), where
        // the route object is written, not at the call's parenthesis.
        const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call);
        Ev.Loc = SM.getExpansionLoc(OC && OC->getOperator() == OO_Call
                                        ? OC->getBeginLoc()
                                        : calleeLoc(Call));
        Ev.Func = Func;
        if (IR.HandlerArg && *IR.HandlerArg < Args.size())
          Ev.Handler = Args[*IR.HandlerArg];
        Facts.Inbound.push_back(std::move(Ev));
        break;
      }
      case RuleKind::Verifier: {
        const VerifierRule &VR = R.Lib->Verifiers[R.Index];
        const Expr *Output = nullptr;
        if (VR.OutputArg && *VR.OutputArg < Args.size())
          Output = Args[*VR.OutputArg];
        Facts.Crypto.push_back({&VR, Call, Output});
        break;
      }
      case RuleKind::SameHandle:
        break;
      }
    }
    if (!Rules.empty())
      return;
    // A call into the project's own code: a handle handed to a helper.
    if (!FD->getBody() && isLibraryDecl(FD))
      return;
    const FunctionDecl *Canon = FD->getCanonicalDecl();
    for (unsigned I = 0; I < Args.size() && I < FD->getNumParams(); ++I) {
      HandleKey K = resolve(Args[I]);
      if (K.Root)
        Facts.Passes.push_back({K, Canon, I, Call->getBeginLoc(), Func});
      // `node->set_context(ctx)`, `Node(connect())`: the member it is kept
      // in is the handle from now on.
      if (!K.valid())
        continue;
      if (const FieldDecl *F = fieldStoring(FD, I))
        Facts.Inherits.push_back(
            {HandleKey{F, nullptr}, K, Call->getBeginLoc()});
    }
    // The project's own `verify_stripe_signature(body, header)`: however
    // it checks (a library, a command, a hand-written loop), its verdict
    // is the signature check.
    if (isSignatureVerifierName(FD) && (FD->getReturnType()->isBooleanType() ||
                                        FD->getReturnType()->isIntegerType())) {
      static const VerifierRule ByName = [] {
        VerifierRule R;
        R.Kind = "verify";
        R.FromName = true;
        return R;
      }();
      Facts.Crypto.push_back({&ByName, Call, nullptr});
    }
    Facts.ProjectCalls.push_back({Call, Canon, nullptr, Func});
    UserCalls.push_back({Call, Canon,
                         std::vector<const Expr *>(Args.begin(), Args.end()),
                         Func});
  }

  /// The member a method or constructor stores its parameter \p I in:
  /// `ctx_(ctx)` in a constructor's initializers, `ctx_ = ctx;` in a body.
  static const FieldDecl *fieldStoring(const FunctionDecl *FD, unsigned I) {
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def || !isa<CXXMethodDecl>(Def) || I >= Def->getNumParams())
      return nullptr;
    const ParmVarDecl *P = Def->getParamDecl(I);
    auto IsParam = [&](const Expr *E) {
      const auto *DRE =
          E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
      return DRE && DRE->getDecl() == P;
    };
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits()) {
        const Expr *V = Init->getInit();
        if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(V);
            CE && CE->getNumArgs() == 1)
          V = CE->getArg(0);
        if (Init->isMemberInitializer() && Init->isWritten() && IsParam(V))
          return Init->getMember();
      }
    if (!Def->getBody())
      return nullptr;
    for (const Stmt *S : Def->getBody()->children()) {
      const Expr *L = nullptr, *R = nullptr;
      if (!S || !asAssignment(S, L, R) || !IsParam(R))
        continue;
      const auto *ME = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts());
      if (ME && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        return dyn_cast<FieldDecl>(ME->getMemberDecl());
    }
    return nullptr;
  }

  // --- Project wrappers of library setters ----------------------------------
  //
  // `void set_long_option(CURL *h, CURLoption o, long v) {
  //    curl_easy_setopt(h, o, v); }` forwards its parameters to a timeout
  // setter: a call `set_long_option(h, CURLOPT_TIMEOUT_MS, 5000)` is then
  // judged as the setter it forwards to.

  struct Forwarder {
    const LibraryModel *Lib;
    const TimeoutRule *Rule;
    std::vector<std::optional<unsigned>> ParamOf; // library arg -> param
    HandleKey Member; // the handle is this member, not a parameter
  };
  struct UserCall {
    const Expr *Call;
    const FunctionDecl *Callee;
    std::vector<const Expr *> Args;
    const FunctionDecl *Func;
  };
  std::map<const FunctionDecl *, std::vector<Forwarder>> Forwarders;
  std::vector<UserCall> UserCalls;

  std::optional<unsigned> paramIndex(const Expr *E, const FunctionDecl *F) {
    if (!E || !F)
      return std::nullopt;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *PVD = dyn_cast<ParmVarDecl>(DRE->getDecl()))
        if (PVD->getDeclContext() == F)
          return PVD->getFunctionScopeIndex();
    return std::nullopt;
  }

  /// A setter call inside a project function whose option argument is one
  /// of that function's parameters.
  void noteForwarder(const LibraryModel *Lib, const TimeoutRule &T,
                     llvm::ArrayRef<const Expr *> Args) {
    if (Functions.empty() || T.Handle.Kind != HandleSpec::Arg)
      return;
    const FunctionDecl *F = Functions.back();
    bool ConditionFromParam = false;
    for (const ArgCondition &C : T.When)
      if (C.Arg && *C.Arg < Args.size())
        ConditionFromParam |= paramIndex(Args[*C.Arg], F).has_value();
    if (!ConditionFromParam || T.Handle.Index >= Args.size())
      return;
    HandleKey Member;
    if (!paramIndex(Args[T.Handle.Index], F)) {
      Member = resolve(Args[T.Handle.Index]);
      const auto *Field = dyn_cast_or_null<FieldDecl>(Member.Root);
      if (!Field || !isa<CXXMethodDecl>(F))
        return;
      Facts.ForwardedMembers.insert(Field);
    }
    Forwarder Fw{Lib, &T, {}, Member};
    for (const Expr *A : Args)
      Fw.ParamOf.push_back(paramIndex(A, F));
    // Every instantiation of a template forwarder forwards alike: the body
    // read is the first one's, the calls name their own.
    Forwarders[templateOrSelf(F)->getCanonicalDecl()].push_back(std::move(Fw));
  }

public:
  void resolveForwarders() {
    for (const UserCall &UC : UserCalls) {
      auto It = Forwarders.find(templateOrSelf(UC.Callee)->getCanonicalDecl());
      if (It == Forwarders.end())
        continue;
      for (const Forwarder &Fw : It->second) {
        std::vector<const Expr *> Virtual;
        bool Complete = true;
        for (size_t I = 0; I < Fw.ParamOf.size(); ++I) {
          const auto &P = Fw.ParamOf[I];
          if (Fw.Member.valid() && I == Fw.Rule->Handle.Index) {
            Virtual.push_back(nullptr); // the member, not an argument
            continue;
          }
          if (!P || *P >= UC.Args.size()) {
            Complete = false;
            break;
          }
          Virtual.push_back(UC.Args[*P]);
        }
        if (!Complete || !conditionsHold(Fw.Rule->When, Virtual))
          continue;
        HandleKey K = Fw.Member.valid()
                          ? Fw.Member
                          : resolve(Virtual[Fw.Rule->Handle.Index]);
        if (!K.valid())
          continue;
        Facts.Timeouts.push_back(
            makeEvent(K, Fw.Lib, *Fw.Rule, UC.Call, UC.Func, Virtual));
      }
    }
  }

private:
  TimeoutEvent makeEvent(HandleKey K, const LibraryModel *Lib,
                         const TimeoutRule &T, const Expr *Call,
                         const FunctionDecl *Func,
                         llvm::ArrayRef<const Expr *> Args) {
    // A constructor's setting is made where its object is (the outbound
    // site of `auto *c = new pqxx::connection(s)` is at `c`).
    SourceLocation At =
        isa<CXXConstructExpr>(Call) ? calleeLoc(Call) : Call->getBeginLoc();
    TimeoutEvent Ev{K, Lib, &T, At, Func, {}, T.Infinite};
    if (T.Value.Arg && *T.Value.Arg < Args.size()) {
      Expr::EvalResult Res;
      const Expr *A = Args[*T.Value.Arg];
      if (!A->isValueDependent() && A->EvaluateAsInt(Res, Ctx)) {
        int64_t Raw = Res.Val.getInt().getExtValue();
        for (int64_t Inf : T.Value.Infinite)
          Ev.Infinite |= Raw == Inf;
        Ev.ValueMs = static_cast<int64_t>(Raw * T.Value.MillisPerUnit);
      }
    }
    return Ev;
  }
};

} // namespace

TUFacts recognize(ASTContext &Ctx, const Model &M) {
  Collector C(Ctx, M);
  C.TraverseDecl(Ctx.getTranslationUnitDecl());
  C.resolveForwarders();
  return C.take();
}

bool TUFacts::clientSite(const Site &S) const {
  if (!S.Rule->NeedsConnect)
    return true;
  bool AnyUnseen = false;
  for (const HandleKey &K : S.Keys) {
    auto It = Connected.find(K);
    if (It != Connected.end() && std::find(It->second.begin(), It->second.end(),
                                           S.Lib) != It->second.end())
      return true;
    // A handle that arrives from elsewhere (a parameter, a member of a
    // class configured elsewhere): a client if this code connects at all.
    const auto *PVD = dyn_cast_or_null<ParmVarDecl>(K.Root);
    AnyUnseen |= PVD != nullptr;
  }
  return AnyUnseen && std::find(ConnectingLibs.begin(), ConnectingLibs.end(),
                                S.Lib) != ConnectingLibs.end();
}

} // namespace faultline
