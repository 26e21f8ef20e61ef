//===--- Shard.h - Per-TU results carried between shard runs and merge ----===//
//
// A sharded scan (`--shard K/N`) parses 1/N of the TUs. The whole-program
// join (unknown handles, wrappers across TUs, one copy of a header's finding)
// needs every TU, so a shard's SARIF carries its per-TU reports, unjoined, in
// the run's property bag; `faultline merge` reads them back and runs the same
// join as an unsharded scan, which makes its output identical.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_SCAN_SHARD_H
#define FAULTLINE_SCAN_SHARD_H

#include "Scan/Report.h"

#include "llvm/Support/JSON.h"

#include <string>
#include <vector>

namespace faultline {

/// The property name under runs[0].properties.
inline constexpr const char *ShardUnitsProperty = "faultlineShardUnits";

llvm::json::Value unitsToJson(const std::vector<TUReport> &Units);

/// Reads units back; false with \p Error when the value is not what
/// unitsToJson writes.
bool unitsFromJson(const llvm::json::Value &V, std::vector<TUReport> &Units,
                   std::string &Error);

/// Parses "K/N" (1 <= K <= N).
bool parseShard(const std::string &Text, unsigned &K, unsigned &N);

} // namespace faultline

#endif
