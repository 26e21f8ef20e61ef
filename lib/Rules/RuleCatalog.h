//===--- RuleCatalog.h - Metadata of every check (SARIF rules, --help) ----===//

#ifndef FAULTLINE_RULES_RULECATALOG_H
#define FAULTLINE_RULES_RULECATALOG_H

#include <string>
#include <vector>

namespace faultline {

struct RuleInfo {
  std::string Id;   // the check name
  std::string Name; // PascalCase, for SARIF
  std::string ShortDescription;
  std::string FullDescription;
  std::string Help;         // plain text: what to do
  std::string HelpMarkdown; // with an example
  std::vector<std::string> Tags;
  std::string Precision;        // very-high, high, medium, low
  std::string ProblemSeverity;  // error, warning, recommendation
  std::string SecuritySeverity; // CVSS-like score for security rules, or ""
  std::string DefaultLevel;     // note, warning, error
};

const std::vector<RuleInfo> &ruleCatalog();

} // namespace faultline

#endif
