//===--- BreakerJoin.h - Which unguarded calls need a breaker -------------===//
//
// Breakers are a convention, so an unguarded call is reported only when the
// code base guards the same system somewhere (same library and target, same
// client member, or same wrapper) or the model requires a breaker for it.
// The join works on plain records, so the clang-tidy check settles one TU
// and the scanner the whole program with the same code.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_BREAKERJOIN_H
#define FAULTLINE_ANALYZE_BREAKERJOIN_H

#include "Rules/Finding.h"

#include <set>
#include <string>
#include <vector>

namespace faultline {

struct BreakerVerdict {
  bool Report = false;
  bool Covered = false;         // guarded here or by every caller
  std::string GuardedElsewhere; // where a breaker guards the same system
  std::string SystemName;       // what the call reaches, for messages
  std::string Guard;            // when Covered: the breaker that guards it
};

/// Settles the records. A function is guarded when every call of it is;
/// an outbound call inside a function that has callers is judged at each
/// of those calls (one wrapper, many call sites), so it is reported there.
/// \p CallsOut, when given, lists the functions that call out anywhere:
/// records of calls to other functions are ignored.
std::vector<BreakerVerdict>
settleBreakers(const std::vector<const BreakerRecord *> &Records,
               const std::set<std::string> *CallsOut);

/// The message of a reported record.
std::string breakerMessage(const BreakerRecord &R, const BreakerVerdict &V);

} // namespace faultline

#endif
