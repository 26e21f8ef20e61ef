//===--- RuleCatalog.cpp --------------------------------------------------===//

#include "Rules/RuleCatalog.h"
#include "Faultline.h"

namespace faultline {

const std::vector<RuleInfo> &ruleCatalog() {
  static const std::vector<RuleInfo> Rules = {
      {CallWithoutTimeoutCheck,
       "CallWithoutTimeout",
       "Outbound call without a timeout.",
       "An outbound call (HTTP, gRPC, Redis, PostgreSQL, sockets) that no "
       "timeout or deadline bounds, or whose timeout is infinite or above the "
       "configured maximum. A peer that stops answering then blocks the "
       "caller, its thread and everything waiting on it.",
       "Set a finite timeout on the handle the call uses (for example "
       "CURLOPT_TIMEOUT_MS, ClientContext::set_deadline, "
       "tcp_stream::expires_after, QNetworkRequest::setTransferTimeout), in "
       "the function, the constructor that configures the member, or the "
       "helper that builds the handle.",
       "Set a finite timeout on the handle the call uses.\n\n"
       "```cpp\n"
       "CURL *h = curl_easy_init();\n"
       "curl_easy_setopt(h, CURLOPT_URL, url);\n"
       "curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L); // bound the transfer\n"
       "curl_easy_perform(h);\n"
       "```\n\n"
       "See docs/checks/integration-call-without-timeout.md for every "
       "library, the options (MaxTimeoutMs, ReportLibraryDefaults, "
       "ReportUnknownHandles, ModelFiles) and how the handle is followed.",
       {"reliability", "resilience", "timeout", "external/cwe/cwe-400"},
       "high",
       "warning",
       "",
       "warning"},
  };
  return Rules;
}

} // namespace faultline
