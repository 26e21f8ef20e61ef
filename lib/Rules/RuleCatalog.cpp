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
      {TlsVerificationDisabledCheck,
       "TlsVerificationDisabled",
       "TLS certificate verification turned off.",
       "An outbound TLS connection whose certificate (or host name) "
       "verification is turned off: CURLOPT_SSL_VERIFYPEER/VERIFYHOST 0, "
       "cpp-httplib enable_server_certificate_verification(false), "
       "ssl::verify_none on a client context, Qt ignoreSslErrors() with no "
       "list, Poco's AcceptCertificateHandler, cpprestsdk "
       "set_validate_certificates(false), or a gRPC insecure channel to a "
       "host that is not this machine. Anyone on the network path can then "
       "read and change the traffic.",
       "Keep verification on. To trust a private or self-signed server, give "
       "the client that CA (CURLOPT_CAINFO, ssl::context::load_verify_file, "
       "QSslConfiguration::setCaCertificates) instead of turning checks off; "
       "for gRPC use grpc::SslCredentials.",
       "Keep verification on; trust the server's CA instead of turning checks "
       "off.\n\n"
       "```c\n"
       "curl_easy_setopt(h, CURLOPT_CAINFO, \"/etc/ssl/private-ca.pem\");\n"
       "/* not: curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L); */\n"
       "```\n\n"
       "See docs/checks/integration-tls-verification-disabled.md.",
       {"security", "tls", "external/cwe/cwe-295"},
       "high",
       "error",
       "7.4",
       "warning"},
  };
  return Rules;
}

} // namespace faultline
