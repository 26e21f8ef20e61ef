//===--- BuiltinModels.cpp - lib/models/*.yaml, embedded at build time ----===//

#include "Model/Model.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

namespace faultline {

const std::vector<std::pair<std::string, std::string>> &builtinModelTexts() {
  static const std::vector<std::pair<std::string, std::string>> Texts = {
#include "BuiltinModels.inc"
  };
  return Texts;
}

const Model &builtinModel() {
  static const Model M = [] {
    Model Out;
    for (const auto &[Name, Text] : builtinModelTexts()) {
      ModelError Err;
      // The built-in models are tested; a broken one is a build defect.
      if (!parseModel(Text, "<builtin>/" + Name, Out, Err))
        llvm::report_fatal_error(llvm::Twine("faultline: built-in model: ") +
                                 Err.str());
    }
    return Out;
  }();
  return M;
}

} // namespace faultline
