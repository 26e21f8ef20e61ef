//===--- Scanner.h - Scan every TU of a compilation database --------------===//

#ifndef FAULTLINE_SCAN_SCANNER_H
#define FAULTLINE_SCAN_SCANNER_H

#include "Faultline.h"
#include "Scan/Report.h"
#include "Scan/WrapperPoints.h"

#include <string>
#include <vector>

namespace faultline {

struct ScanOptions {
  std::string BuildDir;           // holds compile_commands.json
  std::vector<std::string> Paths; // restrict to these files/directories
  unsigned Jobs = 1;
  AnalysisOptions Analysis;
  std::string ResourceDir; // clang's builtin headers; empty = built-in guess
  /// Skip TUs whose #include lines reach no modelled library.
  bool Prefilter = true;
  /// Scan only the TUs whose index in the sorted list is K-1 modulo N.
  unsigned ShardIndex = 1, ShardCount = 1;
};

struct ScanResult {
  std::vector<TUReport> Units; // in compile-database order, de-duplicated
  std::vector<ReportedFinding> Findings; // merged, sorted, unique
  std::vector<ReportedPoint> Points;     // the inventory, sorted, unique
};

/// Loads the compilation database. On failure returns false with a message
/// that names the file (and line/column for malformed JSON).
bool checkCompilationDatabase(const std::string &BuildDir, std::string &Error);

/// Scans all selected TUs in parallel. Returns false (with Error) only when
/// the inputs cannot be read at all; per-TU failures are in the result.
bool scan(const ScanOptions &Opts, const Model &M, ScanResult &Out,
          std::string &Error);

/// The whole-program view over per-TU reports, in any order (shards merged
/// later give the same result): settles unknown handles across TUs, keeps
/// one copy of a header's finding, and sorts.
/// \p Settled, when given, receives the settled breaker records for
/// joinPoints.
std::vector<ReportedFinding> joinUnits(const std::vector<TUReport> &Units,
                                       bool ReportUnknownHandles,
                                       SettledCalls *Settled = nullptr);

/// Integration points of all TUs, one per place, with the ids of the
/// findings reported there.
std::vector<ReportedPoint>
joinPoints(const std::vector<TUReport> &Units,
           const std::vector<ReportedFinding> &Findings,
           const SettledCalls *Settled = nullptr);

/// clang's resource directory this binary was built against, if present.
std::string defaultResourceDir();

} // namespace faultline

#endif
