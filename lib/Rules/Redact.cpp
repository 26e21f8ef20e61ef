//===--- Redact.cpp -------------------------------------------------------===//

#include "Rules/Redact.h"

#include <regex>

namespace faultline {

std::string redactSecrets(const std::string &Text) {
  // Compiled once; std::regex is only used on short message strings.
  static const std::regex UrlCredentials(
      R"(([A-Za-z][A-Za-z0-9+.-]*://)[^/\s:@'"]+:[^/\s@'"]+@)");
  static const std::regex AuthHeader(
      R"(((?:Authorization|Proxy-Authorization)\s*:\s*(?:Bearer|Basic|Token|Digest)?\s*)[^\s'",)]+)",
      std::regex::icase);
  static const std::regex KeyHeader(
      R"(((?:X-Api-Key|Api-Key|X-Auth-Token|X-Access-Token|X-Amz-Security-Token)\s*:\s*)[^\s'",)]+)",
      std::regex::icase);
  // Not a C++ scope (`token::wait`) or a comparison (`token == x`).
  static const std::regex Assignment(
      R"(((?:password|passwd|pwd|secret|token|api_?key|access_?key|client_secret)\s*[=:](?![=:])\s*)[^\s&'",;)]+)",
      std::regex::icase);
  // String literals that look like keys: one token of 24+ characters mixing
  // letters and digits (identifiers outside quotes are left alone).
  static const std::regex KeyLike(
      R"re("(?=[^"]*[0-9])(?=[^"]*[A-Za-z])[A-Za-z0-9_\-+/=.]{24,}")re");
  std::string Out = std::regex_replace(Text, UrlCredentials, "$1***@");
  Out = std::regex_replace(Out, AuthHeader, "$1***");
  Out = std::regex_replace(Out, KeyHeader, "$1***");
  Out = std::regex_replace(Out, Assignment, "$1***");
  Out = std::regex_replace(Out, KeyLike, "\"***\"");
  return Out;
}

} // namespace faultline
