//===--- CallSummary.h - Which project functions call out -----------------===//
//
// A project function calls out when its body (or a function it calls, in
// this TU) makes an outbound call. Callees whose bodies live in other TUs,
// and calls through function-pointer members, stay open: they are named by
// USR so the scanner can settle them across the whole program.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_CALLSUMMARY_H
#define FAULTLINE_ANALYZE_CALLSUMMARY_H

#include "Recognize/Facts.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <set>
#include <string>
#include <vector>

namespace faultline {

class CallSummary {
public:
  explicit CallSummary(const TUFacts &Facts);

  /// The function (canonical) makes an outbound call in this TU.
  bool callsOut(const clang::FunctionDecl *FD) const;
  /// USRs that would make the function call out if another TU shows that
  /// they do (callees defined elsewhere, function-pointer members).
  std::set<std::string> openCallees(const clang::FunctionDecl *FD) const;
  /// The same for one call into the project's code.
  bool callsOut(const ProjectCall &PC) const;
  std::set<std::string> openCallees(const ProjectCall &PC) const;
  /// Outbound sites reached from the function, transitively in this TU.
  std::vector<const Site *> sitesOf(const clang::FunctionDecl *FD) const;

  bool hasBody(const clang::FunctionDecl *FD) const {
    return Defined.count(FD->getCanonicalDecl());
  }

  /// For the whole-program join: functions of this TU that call out, and
  /// the open edges out of this TU.
  void
  exportSummary(std::vector<std::string> &OutboundFunctions,
                std::vector<std::pair<std::string, std::string>> &Edges) const;

private:
  const TUFacts &Facts;
  llvm::DenseSet<const clang::FunctionDecl *> Defined;
  /// A template (its pattern) and the instantiation its code is read in.
  llvm::DenseMap<const clang::FunctionDecl *, const clang::FunctionDecl *>
      ReadAs;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const Site *>>
      DirectSites;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const ProjectCall *>>
      Calls;
  llvm::DenseMap<const clang::FieldDecl *,
                 std::vector<const clang::FunctionDecl *>>
      FieldTargets;
  mutable llvm::DenseMap<const clang::FunctionDecl *, int> Memo;

  void reach(const clang::FunctionDecl *FD,
             llvm::DenseSet<const clang::FunctionDecl *> &Seen,
             std::vector<const Site *> *Sites,
             std::set<std::string> *Open) const;
};

} // namespace faultline

#endif
