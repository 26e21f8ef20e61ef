//===--- Faultline.cpp - Recognize, analyze, report one TU ----------------===//

#include "Faultline.h"
#include "Recognize/Facts.h"
#include "Rules/Rules.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>

namespace faultline {

TUAnalysis analyzeTranslationUnit(clang::ASTContext &Ctx, const Model &M,
                                  const AnalysisOptions &Opts) {
  TUFacts Facts = recognize(Ctx, M);
  TUAnalysis Result;
  std::vector<Finding> &Out = Result.Findings;
  runCallWithoutTimeout(Ctx, Facts, Opts, Out);
  for (const TimeoutEvent &E : Facts.Timeouts)
    if (std::find(Result.ConfiguredLibraries.begin(),
                  Result.ConfiguredLibraries.end(),
                  E.Lib->Name) == Result.ConfiguredLibraries.end())
      Result.ConfiguredLibraries.push_back(E.Lib->Name);
  std::sort(Result.ConfiguredLibraries.begin(),
            Result.ConfiguredLibraries.end());
  // Source order, so every front end reports in the same, stable order.
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::stable_sort(Out.begin(), Out.end(),
                   [&](const Finding &A, const Finding &B) {
                     return SM.isBeforeInTranslationUnit(
                         SM.getExpansionLoc(A.Loc), SM.getExpansionLoc(B.Loc));
                   });
  return Result;
}

} // namespace faultline
