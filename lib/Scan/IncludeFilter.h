//===--- IncludeFilter.h - Skip TUs that reach no modelled library --------===//
//
// In real trees most translation units never touch a network library.
// A cheap scan of #include lines (the main file and the project headers it
// includes, recursively) decides whether a TU can reach one of the models'
// headers; a TU that cannot is not parsed at all.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_SCAN_INCLUDEFILTER_H
#define FAULTLINE_SCAN_INCLUDEFILTER_H

#include "Model/Model.h"

#include <string>
#include <vector>

namespace faultline {

class IncludeFilter {
public:
  explicit IncludeFilter(const Model &M);

  /// Whether \p File, compiled with \p Args in \p Directory, may include a
  /// modelled library. Errs on the side of yes: an `#include` it cannot
  /// read (a macro, an unreadable file) counts as relevant.
  bool mayReachLibrary(const std::string &File, const std::string &Directory,
                       const std::vector<std::string> &Args) const;

private:
  bool matches(const std::string &IncludeName) const;
  std::vector<std::string> Headers;
};

} // namespace faultline

#endif
