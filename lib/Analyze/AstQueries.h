//===--- AstQueries.h - Small AST questions every analysis asks -----------===//
//
// Which declaration an expression names, whether a statement mentions one,
// whether a location lies inside a statement, what a body assigns. The
// recognizer and the analyses share these so they agree on the answers.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_ASTQUERIES_H
#define FAULTLINE_ANALYZE_ASTQUERIES_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang {
class SourceManager;
}

namespace faultline {

/// Visits \p S and every statement below it.
template <typename Fn> void walk(const clang::Stmt *S, Fn &&Visit) {
  if (!S)
    return;
  Visit(S);
  for (const clang::Stmt *C : S->children())
    walk(C, Visit);
}

/// Through parentheses, implicit casts, temporaries, cleanups and
/// functional casts, and elided copies (before C++17): the expression as
/// written.
const clang::Expr *stripWrappers(const clang::Expr *E);

/// stripWrappers, and through a one-argument conversion constructor too
/// (`std::function<...>(lambda)`, `std::string(url)`).
const clang::Expr *stripConversions(const clang::Expr *E);

/// The words of an identifier in lower case, split at `_` and at case
/// changes (`Conf_ServerPwd`: conf, server, pwd; `GetSIDcstr`: get, sid,
/// cstr; `calcMAC`: calc, mac).
std::vector<std::string> nameWords(llvm::StringRef Name);

/// stripConversions, and explicit casts too (`(char *) crypt(pw, salt)`).
const clang::Expr *withoutCasts(const clang::Expr *E);

/// The variable, parameter or member \p E names (also through `&x`), or
/// null.
const clang::ValueDecl *declOf(const clang::Expr *E);

/// The buffer \p E points into: `mac`, `(unsigned char *)&out.front()`,
/// `out.data()`, `&out[0]`, `buf + 2`, or null.
const clang::ValueDecl *bufferOf(const clang::Expr *E);

/// A C function that hands out a buffer object's bytes: one pointer to a
/// struct in, a pointer out, named for the bytes (`ibuf_data`, `sshbuf_ptr`,
/// `wpabuf_head`). bufferOf sees through it.
bool bytesAccessor(const clang::CallExpr *CE);

/// A location in a system header or in an installed library's header
/// included with -I (/usr/include/x86_64-linux-gnu/qt5/QtCore/qstring.h):
/// library code, not the project's.
bool inLibraryHeader(const clang::SourceManager &SM, clang::SourceLocation Loc);

/// Whether \p S refers to \p D anywhere inside.
bool mentions(const clang::Stmt *S, const clang::Decl *D);

/// Whether \p S refers to any of \p Ds.
bool mentionsAny(const clang::Stmt *S,
                 const llvm::DenseSet<const clang::ValueDecl *> &Ds);

/// The template a function was instantiated from, or the function itself:
/// what a template's summaries are keyed by, whichever instantiation its
/// code was read in.
const clang::FunctionDecl *templateOrSelf(const clang::FunctionDecl *FD);

/// The instantiation a function template's code is read in (its first,
/// where calls have types), or null when it was never instantiated.
const clang::FunctionDecl *
firstInstantiation(const clang::FunctionTemplateDecl *Template);

/// \p Loc lies in the source of \p Outer (works for implicit nodes, which
/// have no parents, too).
bool within(const clang::SourceManager &SM, const clang::Stmt *Outer,
            clang::SourceLocation Loc);

/// \p S assigns (`=`, `+=`, ..., built-in or overloaded): its two sides.
bool asAssignment(const clang::Stmt *S, const clang::Expr *&LHS,
                  const clang::Expr *&RHS);

/// Every assignment in \p Body (`=`, `+=`, ..., built-in or overloaded),
/// as its left and right sides.
void forEachAssignment(
    const clang::Stmt *Body,
    llvm::function_ref<void(const clang::Expr *, const clang::Expr *)> Visit);

} // namespace faultline

#endif
