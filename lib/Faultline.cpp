//===--- Faultline.cpp - Recognize, analyze, report one TU ----------------===//

#include "Faultline.h"
#include "Recognize/Facts.h"
#include "Rules/Rules.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>

namespace faultline {

std::vector<Finding> analyzeTranslationUnit(clang::ASTContext &Ctx,
                                            const Model &M,
                                            const AnalysisOptions &Opts) {
  TUFacts Facts = recognize(Ctx, M);
  std::vector<Finding> Out;
  runCallWithoutTimeout(Ctx, Facts, Opts, Out);
  // Source order, so every front end reports in the same, stable order.
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::stable_sort(Out.begin(), Out.end(),
                   [&](const Finding &A, const Finding &B) {
                     return SM.isBeforeInTranslationUnit(
                         SM.getExpansionLoc(A.Loc), SM.getExpansionLoc(B.Loc));
                   });
  return Out;
}

} // namespace faultline
