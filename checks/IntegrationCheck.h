//===--- IntegrationCheck.h - Shared adapter from the core to clang-tidy --===//

#ifndef FAULTLINE_CHECKS_INTEGRATIONCHECK_H
#define FAULTLINE_CHECKS_INTEGRATIONCHECK_H

#include "Faultline.h"
#include "Model/Model.h"

#include "clang-tidy/ClangTidyCheck.h"

#include <map>
#include <optional>
#include <string>

namespace clang::tidy::integration {

/// Runs the Faultline core on the translation unit and reports the findings
/// that belong to this check. Holds no analysis logic of its own.
class IntegrationCheck : public ClangTidyCheck {
public:
  IntegrationCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  faultline::AnalysisOptions Analysis;

private:
  const std::string CheckName;
  const std::string ModelFiles;
  std::optional<faultline::Model> UserModel;
  bool ModelLoaded = false;
  /// Models with the nearest .faultline.yaml merged in, by its path.
  std::map<std::string, std::optional<faultline::Model>> ProjectModels;
  const faultline::Model &model();
  const faultline::Model &modelFor(StringRef MainFile);
  static bool parseBool(StringRef S);
};

} // namespace clang::tidy::integration

#endif
