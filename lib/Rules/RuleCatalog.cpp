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
      {NonIdempotentRetryCheck,
       "NonIdempotentRetry",
       "Non-idempotent operation retried without an idempotency key.",
       "A POST or PATCH request, an RPC that is not idempotent, or a Kafka "
       "producer without enable.idempotence is sent again after a failure, "
       "with no idempotency key that stays the same across attempts. A "
       "request that reached the server before the failure (the response "
       "was lost, the deadline passed) is then carried out twice: a double "
       "charge, a duplicate order, a duplicated message.",
       "Generate an idempotency key once, before the first attempt, and send "
       "it with every attempt (an Idempotency-Key header, gRPC metadata), so "
       "the server can recognise the repeat; or retry only idempotent "
       "operations, or only after a response that says the request was not "
       "processed (429 with Retry-After). For Kafka producers set "
       "enable.idempotence=true (or a transactional.id).",
       "Send the same idempotency key with every attempt.\n\n"
       "```cpp\n"
       "const std::string key = new_uuid();        // once, before the loop\n"
       "httplib::Headers headers{{\"Idempotency-Key\", key}};\n"
       "for (int attempt = 0; attempt < 5; ++attempt) {\n"
       "  if (auto res = cli.Post(\"/charges\", headers, body, "
       "\"application/json\"))\n"
       "    break;\n"
       "  std::this_thread::sleep_for(backoff(attempt));\n"
       "}\n"
       "```\n\n"
       "See docs/checks/integration-non-idempotent-retry.md.",
       {"reliability", "resilience", "retry", "idempotency"},
       "high",
       "warning",
       "",
       "warning"},
      {UnsafeRetryCheck,
       "UnsafeRetry",
       "Retry without a limit or without a wait between attempts.",
       "An outbound call is retried with no limit on attempts or time, or "
       "with no wait between attempts. An unbounded retry never gives up on "
       "a system that is down; one without a wait hammers a system that is "
       "already failing and, across many clients, keeps it down. With "
       "ReportFixedBackoff, a wait that does not grow and a wait without "
       "jitter are reported as notes.",
       "Cap the attempts (or the total time) and wait between attempts with "
       "exponential backoff and random jitter.",
       "Bound the attempts and back off exponentially, with jitter.\n\n"
       "```cpp\n"
       "for (int attempt = 0; attempt < 5; ++attempt) {\n"
       "  if (curl_easy_perform(h) == CURLE_OK)\n"
       "    break;\n"
       "  auto delay = std::chrono::milliseconds(100 << attempt);\n"
       "  std::this_thread::sleep_for(delay + jitter(rng));\n"
       "}\n"
       "```\n\n"
       "See docs/checks/integration-unsafe-retry.md.",
       {"reliability", "resilience", "retry", "external/cwe/cwe-400"},
       "high",
       "warning",
       "",
       "warning"},
      {UnverifiedWebhookCheck,
       "UnverifiedWebhook",
       "Webhook handler that does not verify the request signature.",
       "An inbound webhook route (by its path, or because it reads a "
       "provider's signature header) whose handler never checks the "
       "request's HMAC or signature, or checks it but processes the request "
       "whatever the result. Anyone who learns the URL can then forge "
       "events: payments marked paid, repositories triggered. A verified "
       "handler without a timestamp tolerance or event-id de-duplication is "
       "reported as a note: a captured request can be replayed.",
       "Compute the HMAC of the raw body with the shared secret (or verify "
       "the provider's signature, e.g. Ed25519 for Discord), compare it in "
       "constant time, and reject the request (401) on mismatch before doing "
       "anything; reject stale timestamps and repeated event ids.",
       "Verify before processing.\n\n"
       "```cpp\n"
       "srv.Post(\"/webhooks/github\", [&](const Request &req, Response &res) "
       "{\n"
       "  unsigned char mac[32]; unsigned len = 0;\n"
       "  HMAC(EVP_sha256(), secret.data(), secret.size(),\n"
       "       (const unsigned char *)req.body.data(), req.body.size(), mac, "
       "&len);\n"
       "  std::string expected = \"sha256=\" + to_hex(mac, len);\n"
       "  std::string got = req.get_header_value(\"X-Hub-Signature-256\");\n"
       "  if (got.size() != expected.size() ||\n"
       "      CRYPTO_memcmp(got.data(), expected.data(), got.size()) != 0) {\n"
       "    res.status = 401;\n"
       "    return;\n"
       "  }\n"
       "  handle(req.body);\n"
       "});\n"
       "```\n\n"
       "See docs/checks/integration-unverified-webhook.md.",
       {"security", "webhook", "authentication", "external/cwe/cwe-345"},
       "high",
       "error",
       "8.1",
       "warning"},
      {TimingUnsafeCompareCheck,
       "TimingUnsafeCompare",
       "Secret compared in data-dependent time.",
       "A computed MAC or signature, a signature taken from the request, or "
       "a secret token is compared with ==, !=, compare, memcmp, strcmp, "
       "strncmp or std::equal. These stop at the first differing byte, so "
       "the time a rejection takes tells an attacker how much of a forged "
       "value was right, and lets the value be guessed byte by byte.",
       "Compare secrets in constant time: CRYPTO_memcmp (OpenSSL), "
       "sodium_memcmp or crypto_verify_32 (libsodium), after checking that "
       "the lengths match.",
       "Compare in constant time.\n\n"
       "```cpp\n"
       "if (got.size() != expected.size() ||\n"
       "    CRYPTO_memcmp(got.data(), expected.data(), got.size()) != 0)\n"
       "  return reject();\n"
       "// not: if (got != expected)\n"
       "```\n\n"
       "See docs/checks/integration-timing-unsafe-compare.md.",
       {"security", "webhook", "timing", "external/cwe/cwe-208"},
       "high",
       "error",
       "5.9",
       "warning"},
      {MissingCircuitBreakerCheck,
       "MissingCircuitBreaker",
       "Outbound call that no circuit breaker guards.",
       "An outbound call to a system that a circuit breaker guards elsewhere "
       "in the code base (same library and target, same client, or same "
       "wrapper), or that the model requires a breaker for "
       "(require_breaker), made without the breaker. While the system is "
       "failing, the guarded calls fail fast but this one keeps waiting on "
       "it, holding threads and connections, and keeps load on a system "
       "that needs room to recover. Calls to internal hosts (loopback, or "
       "the configured patterns) are never reported.",
       "Run the call through the same breaker as the other calls to this "
       "system (its execute-like member, or after its allow check), or "
       "through the wrapper that does.",
       "Run every call to the system through its breaker.\n\n"
       "```cpp\n"
       "auto res = payments_breaker.execute([&] {\n"
       "  return client.Post(\"/v1/charges\", body, \"application/json\");\n"
       "});\n"
       "// not: client.Post(\"/v1/refunds\", ...) beside it, unguarded\n"
       "```\n\n"
       "See docs/checks/integration-missing-circuit-breaker.md.",
       {"reliability", "resilience", "circuit-breaker"},
       "medium",
       "warning",
       "",
       "warning"},
  };
  return Rules;
}

} // namespace faultline
