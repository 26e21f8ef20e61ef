//===--- Faultline.h - The analysis core's entry point --------------------===//
//
// Both front ends (the clang-tidy module and the `faultline` scanner) call
// analyzeTranslationUnit and only adapt its findings: no analysis logic lives
// outside lib/.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_FAULTLINE_H
#define FAULTLINE_FAULTLINE_H

#include "Inventory/Points.h"
#include "Model/Model.h"
#include "Rules/Finding.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
}

namespace faultline {

inline constexpr const char *CallWithoutTimeoutCheck =
    "integration-call-without-timeout";
inline constexpr const char *TlsVerificationDisabledCheck =
    "integration-tls-verification-disabled";
inline constexpr const char *NonIdempotentRetryCheck =
    "integration-non-idempotent-retry";
inline constexpr const char *UnsafeRetryCheck = "integration-unsafe-retry";
inline constexpr const char *UnverifiedWebhookCheck =
    "integration-unverified-webhook";
inline constexpr const char *TimingUnsafeCompareCheck =
    "integration-timing-unsafe-compare";
inline constexpr const char *MissingCircuitBreakerCheck =
    "integration-missing-circuit-breaker";

struct AnalysisOptions {
  /// A timeout above this many milliseconds is reported as excessive.
  int64_t MaxTimeoutMs = 120000;
  /// Report calls bounded only by a finite library default (as notes).
  bool ReportLibraryDefaults = false;
  /// Report calls whose handle comes from somewhere this TU cannot see.
  bool ReportUnknownHandles = false;
  /// Keep unknown-handle findings for a whole-program join (the scanner),
  /// whatever ReportUnknownHandles says.
  bool KeepUnknownForJoin = false;
  /// gRPC methods safe to repeat (regex over the method name).
  std::string IdempotentRpcPattern =
      "^(Get|List|Read|Watch|Check|Delete|Describe|Lookup|Search|Query)";
  /// Headers that carry an idempotency key.
  std::vector<std::string> IdempotencyHeaders = {
      "Idempotency-Key", "X-Idempotency-Key", "Idempotency_Key"};
  /// Also report retries whose wait does not grow, or has no jitter.
  bool ReportFixedBackoff = false;
  /// Webhook routes (regex) and signature headers.
  std::string WebhookPathPattern;
  std::vector<std::string> SignatureHeaders;
  std::string WebhookNamePattern;
  std::vector<std::string> EventMarkers;
  /// Also report verified webhook handlers without replay protection (as
  /// notes).
  bool ReportMissingReplayProtection = false;
  /// Hosts (glob patterns) that are part of the system itself: calls to
  /// them never need a breaker. Empty: loopback only.
  std::vector<std::string> InternalHosts;
  /// Keep breaker records pending for a whole-program join (the scanner)
  /// instead of settling them within the TU.
  bool KeepBreakersForJoin = false;
  /// Describe every integration point for the inventory (the scanner).
  bool CollectPoints = false;
};

/// What one translation unit contributes.
struct TUAnalysis {
  std::vector<Finding> Findings;
  /// Libraries for which this TU sets any timeout: a whole program that never
  /// configures one cannot have configured an unseen handle either.
  std::vector<std::string> ConfiguredLibraries;
  /// USRs of data members that get a timeout in this TU, and of data members
  /// whose class is built (every constructor defined) in this TU: the
  /// scanner joins them across TUs.
  std::vector<std::string> ConfiguredMembers;
  std::vector<std::string> BuiltMembers;
  /// USRs of functions (and function-pointer members) that call out, and
  /// call edges that leave this TU: the scanner settles OpenCallees with
  /// them.
  std::vector<std::string> OutboundFunctions;
  std::vector<std::pair<std::string, std::string>> CallEdges;
  std::vector<IntegrationPoint> Points; // with CollectPoints
  /// USRs of functions that compute or check a signature.
  std::vector<std::string> VerifyingFunctions;
  /// USRs of the project's functions named like signature checks that are
  /// defined here (and of the methods they override): those that read
  /// their arguments, and placeholders that never do.
  std::vector<std::string> CheckingVerifiers, PlaceholderVerifiers;
  /// USRs of functions that answer with an HTML page: a route registered
  /// in another TU with one of them serves a browser, not a webhook.
  std::vector<std::string> PageFunctions;
  /// USRs of the project's functions named like comparisons that are
  /// defined here and compare in constant time (or compare nothing of
  /// their parameters): a comparison through one, trusted by its name
  /// elsewhere, is dropped.
  std::vector<std::string> SafeComparers;
  /// USRs of the project's functions named like checks that are defined
  /// here and compare in variable time: a call of one in another TU, given
  /// a secret, is a finding.
  std::vector<std::string> UnsafeComparers;
  /// USRs of the project's comparers this TU hands secrets to: the
  /// variable-time comparison inside one, in another TU, is a finding.
  std::vector<std::string> ComparersGivenSecrets;
};

/// Runs every check of the core over one parsed translation unit.
TUAnalysis analyzeTranslationUnit(clang::ASTContext &Ctx, const Model &M,
                                  const AnalysisOptions &Opts);

} // namespace faultline

#endif
