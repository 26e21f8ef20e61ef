//===--- Sarif.h - SARIF 2.1.0 output with llvm::json ---------------------===//

#ifndef FAULTLINE_EMIT_SARIF_H
#define FAULTLINE_EMIT_SARIF_H

#include "Scan/Scanner.h"

#include <set>
#include <string>

namespace faultline {

struct SarifOptions {
  std::string Root; // URIs are relative to it (absolute path)
  bool IncludeSuppressed = false;
  std::string ToolVersion;
  /// runAutomationDetails.id ("category/" or "category/run").
  std::string AutomationId = "faultline/";
  /// Results whose "ruleId|primaryLocationLineHash" is here are left out
  /// (--baseline).
  std::set<std::string> Baseline;
  /// For a shard: the per-TU reports, for `faultline merge`.
  bool EmbedUnits = false;
};

/// The fingerprints ("ruleId|primaryLocationLineHash") of a SARIF file's
/// results, for --baseline. False with \p Error when the file is unreadable
/// or not SARIF.
bool readBaseline(const std::string &Path, std::set<std::string> &Out,
                  std::string &Error);

/// Deterministic SARIF for a scan: same inputs, same bytes.
std::string writeSarif(const ScanResult &R, const SarifOptions &Opts);

/// GitHub-style primaryLocationLineHash: the rule, the whitespace-normalized
/// line text and its occurrence index, so moving code keeps it.
std::string lineHash(const std::string &Check, const std::string &LineText,
                     unsigned Occurrence);

/// \p File relative to \p Root when under it, else absolute.
std::string relativeUri(const std::string &File, const std::string &Root);

} // namespace faultline

#endif
