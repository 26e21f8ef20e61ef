//===--- AstQueries.cpp ---------------------------------------------------===//

#include "Analyze/AstQueries.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace clang;

namespace faultline {

/// The variable an expression reads, through members and subscripts:
/// `x` of `x->str`, `x[0]`.
static const Decl *rootDecl(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    else
      return nullptr;
  }
  return nullptr;
}

/// The guarded branch of `x ? x->str : NULL` (or `!x ? "" : x`), where the
/// other branch is a null pointer or an empty string; else null.
static const Expr *nullGuarded(const Expr *E) {
  const auto *CO = dyn_cast<ConditionalOperator>(E);
  if (!CO)
    return nullptr;
  auto Empty = [](const Expr *B) {
    B = B->IgnoreParenCasts();
    if (const auto *SL = dyn_cast<StringLiteral>(B))
      return SL->getLength() == 0;
    if (const auto *IL = dyn_cast<IntegerLiteral>(B))
      return IL->getValue() == 0;
    return isa<GNUNullExpr, CXXNullPtrLiteralExpr>(B);
  };
  const Expr *Cond = CO->getCond()->IgnoreParenImpCasts();
  bool Negated = false;
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
      Not && Not->getOpcode() == UO_LNot) {
    Cond = Not->getSubExpr()->IgnoreParenImpCasts();
    Negated = true;
  }
  const Expr *Value = Negated ? CO->getFalseExpr() : CO->getTrueExpr();
  const Expr *Other = Negated ? CO->getTrueExpr() : CO->getFalseExpr();
  const Decl *Guard = rootDecl(Cond);
  if (!Guard || !Empty(Other) || rootDecl(Value) != Guard)
    return nullptr;
  return Value;
}

const Expr *stripWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BTE->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    // `co_await hash_async(pass, salt)`: the value the awaited call
    // resolves to (Seastar's futures).
    else if (const auto *Await = dyn_cast<CoawaitExpr>(E))
      E = Await->getOperand();
    // A null guard yields what it guards: `x ? x->str : NULL` of
    // mysql-proxy's `S(x)`, `p ? p : ""`.
    else if (const Expr *Guarded = nullGuarded(E))
      E = Guarded;
    // Before C++17, `string s = f();` copies f's temporary, elidably.
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->isElidable() && CC->getNumArgs() == 1)
      E = CC->getArg(0);
    else
      break;
  }
  return E;
}

std::vector<std::string> nameWords(llvm::StringRef Name) {
  std::vector<std::string> Words;
  std::string Word;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Boundary = !Word.empty() && llvm::isUpper(C) &&
                    (llvm::isLower(Name[I - 1]) ||
                     (I + 1 < Name.size() && llvm::isLower(Name[I + 1])));
    if (C == '_' || Boundary) {
      if (!Word.empty())
        Words.push_back(Word);
      Word.clear();
      if (C == '_')
        continue;
    }
    Word += llvm::toLower(C);
  }
  if (!Word.empty())
    Words.push_back(Word);
  return Words;
}

const Expr *withoutCasts(const Expr *E) {
  E = stripConversions(E);
  while (const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(E))
    E = stripConversions(Cast->getSubExpr());
  return E;
}

const Expr *stripConversions(const Expr *E) {
  while (E) {
    E = stripWrappers(E);
    const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E);
    if (!CE || CE->getNumArgs() == 0 || isa<CXXTemporaryObjectExpr>(CE))
      break;
    // `std::string s = "..."` is built by `basic_string(const char *, const
    // Alloc & = Alloc())`: a defaulted argument adds nothing to the value.
    if (!std::all_of(CE->arg_begin() + 1, CE->arg_end(), [](const Expr *Arg) {
          return isa<CXXDefaultArgExpr>(Arg);
        }))
      break;
    E = CE->getArg(0);
  }
  return E;
}

const ValueDecl *declOf(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl();
  return nullptr;
}

bool bytesAccessor(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getDeclName().isIdentifier() || CE->getNumArgs() != 1 ||
      !FD->getReturnType()->isPointerType())
    return false;
  QualType Arg = CE->getArg(0)->IgnoreParenImpCasts()->getType();
  if (!Arg->isPointerType() || !Arg->getPointeeType()->isRecordType())
    return false;
  static const llvm::Regex Bytes("_(data|ptr|bytes|head|mhead|buf)$");
  return Bytes.match(FD->getName());
}

const ValueDecl *bufferOf(const Expr *E) {
  for (int Depth = 0; E && Depth < 6; ++Depth) {
    E = E->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf) {
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E);
        BO && BO->isAdditiveOp()) {
      E = BO->getLHS();
      continue;
    }
    // `out.front()`, `out.data()`, `&out[0]` on a container.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      E = MC->getImplicitObjectArgument();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Subscript) {
      E = OC->getArg(0);
      continue;
    }
    // ... and a C buffer object's (`ibuf_data(tmp)`, `sshbuf_ptr(b)`).
    if (const auto *CE = dyn_cast<CallExpr>(E); CE && bytesAccessor(CE)) {
      E = CE->getArg(0);
      continue;
    }
    return declOf(E);
  }
  return nullptr;
}

bool inLibraryHeader(const SourceManager &SM, SourceLocation Loc) {
  SourceLocation At = SM.getExpansionLoc(Loc);
  if (SM.isInSystemHeader(At))
    return true;
  llvm::StringRef File = SM.getFilename(At);
  return File.starts_with("/usr/include/") ||
         File.starts_with("/usr/local/include/");
}

bool mentions(const Stmt *S, const Decl *D) {
  if (!S)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (DRE->getDecl() == D)
      return true;
  if (const auto *ME = dyn_cast<MemberExpr>(S))
    if (ME->getMemberDecl() == D)
      return true;
  for (const Stmt *C : S->children())
    if (mentions(C, D))
      return true;
  return false;
}

bool mentionsAny(const Stmt *S, const llvm::DenseSet<const ValueDecl *> &Ds) {
  bool Found = false;
  walk(S, [&](const Stmt *C) {
    if (isa<DeclRefExpr, MemberExpr>(C))
      Found |= Ds.count(declOf(cast<Expr>(C))) > 0;
  });
  return Found;
}

bool within(const SourceManager &SM, const Stmt *Outer, SourceLocation Loc) {
  SourceRange R = Outer->getSourceRange();
  Loc = SM.getExpansionLoc(Loc);
  return !SM.isBeforeInTranslationUnit(Loc, SM.getExpansionLoc(R.getBegin())) &&
         !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(R.getEnd()), Loc);
}

bool asAssignment(const Stmt *S, const Expr *&LHS, const Expr *&RHS) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->isAssignmentOp()) {
    LHS = BO->getLHS();
    RHS = BO->getRHS();
    return true;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
      OC && OC->isAssignmentOp() && OC->getNumArgs() == 2) {
    LHS = OC->getArg(0);
    RHS = OC->getArg(1);
    return true;
  }
  return false;
}

void forEachAssignment(
    const Stmt *Body,
    llvm::function_ref<void(const Expr *, const Expr *)> Visit) {
  walk(Body, [&](const Stmt *S) {
    const Expr *L, *R;
    if (asAssignment(S, L, R))
      Visit(L, R);
  });
}

const FunctionDecl *templateOrSelf(const FunctionDecl *FD) {
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  return Pattern ? Pattern : FD;
}

const FunctionDecl *firstInstantiation(const FunctionTemplateDecl *Template) {
  for (const FunctionDecl *Spec : Template->specializations())
    if (Spec->isTemplateInstantiation() && Spec->getBody())
      return Spec;
  return nullptr;
}

} // namespace faultline
