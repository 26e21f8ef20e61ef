//===--- Redact.h - Keep secrets out of every output ----------------------===//

#ifndef FAULTLINE_RULES_REDACT_H
#define FAULTLINE_RULES_REDACT_H

#include <string>

namespace faultline {

/// Replaces credentials that source text may carry into a message with
/// "***": user:password in URLs, Authorization/API-key header values,
/// password=/token=/secret= style assignments, and long key-like literals.
std::string redactSecrets(const std::string &Text);

} // namespace faultline

#endif
