//===--- Faultline.h - The analysis core's entry point --------------------===//
//
// Both front ends (the clang-tidy module and the `faultline` scanner) call
// analyzeTranslationUnit and only adapt its findings: no analysis logic lives
// outside lib/.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_FAULTLINE_H
#define FAULTLINE_FAULTLINE_H

#include "Model/Model.h"
#include "Rules/Finding.h"

#include <cstdint>
#include <vector>

namespace clang {
class ASTContext;
}

namespace faultline {

inline constexpr const char *CallWithoutTimeoutCheck =
    "integration-call-without-timeout";

struct AnalysisOptions {
  /// A timeout above this many milliseconds is reported as excessive.
  int64_t MaxTimeoutMs = 120000;
  /// Report calls bounded only by a finite library default (as notes).
  bool ReportLibraryDefaults = false;
  /// Report calls whose handle comes from somewhere this TU cannot see.
  bool ReportUnknownHandles = false;
};

/// Runs every check of the core over one parsed translation unit.
std::vector<Finding> analyzeTranslationUnit(clang::ASTContext &Ctx,
                                            const Model &M,
                                            const AnalysisOptions &Opts);

} // namespace faultline

#endif
