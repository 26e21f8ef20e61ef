//===--- NonIdempotentRetryRule.cpp - Repeated mutations ------------------===//
//
// A request that failed may still have been carried out by the server (the
// response was lost, the deadline passed): repeating a POST, a mutating RPC
// or a Kafka send without an idempotency key can do the work twice.

#include "Faultline.h"
#include "Rules/Rules.h"

#include <fmt/format.h>

using namespace clang;

namespace faultline {

void runNonIdempotentRetry(const std::vector<RetryPoint> &Points,
                           std::vector<Finding> &Out) {
  for (const RetryPoint &P : Points) {
    if (!P.NonIdempotent || P.NotProcessedOnly ||
        P.Key == IdempotencyKey::Stable)
      continue;
    Finding F;
    F.Check = NonIdempotentRetryCheck;
    F.Level = Severity::Warning;
    F.Loc = P.Loc;
    F.Range = P.Range;
    if (P.Mechanism == RetryMechanism::KafkaDefault) {
      F.Message = fmt::format(
          "Kafka producer '{}' retries failed sends on its own (librdkafka "
          "retries by default) but idempotence is off: a batch whose "
          "acknowledgement was lost is written twice; {}",
          P.Callee,
          P.Fix.empty() ? "set enable.idempotence=true (or a transactional.id)"
                        : P.Fix);
    } else if (P.Mechanism == RetryMechanism::ServiceConfig) {
      F.Message = fmt::format(
          "the gRPC retryPolicy repeats non-idempotent calls ({}){}: a call "
          "the server already ran is run again; limit the policy to "
          "idempotent methods or make the server de-duplicate with an "
          "idempotency key in the metadata",
          P.Operation, P.Detail.empty() ? "" : "; " + P.Detail);
    } else {
      std::string Why =
          P.Key == IdempotencyKey::PerAttempt
              ? "its idempotency key is generated anew for every attempt, so "
                "the server cannot recognise the repeat"
              : "no idempotency key is sent";
      F.Message = fmt::format(
          "'{}' ({}) is retried by the {} and {}: a request that reached the "
          "server before failing is carried out twice; generate an "
          "Idempotency-Key once, before the first attempt, and send it with "
          "every attempt, or retry only idempotent operations",
          P.Callee, P.Operation, P.Region, Why);
      placeRetryFinding(F, P, "the request that is sent again");
      if (P.OperationLoc.isValid() && P.OperationLoc != P.Loc)
        F.Notes.push_back(
            {P.OperationLoc,
             fmt::format("the request is a {} here", P.Operation)});
      if (P.Key == IdempotencyKey::PerAttempt)
        F.Notes.push_back({P.KeyLoc, "the key is generated inside the retry"});
    }
    F.Properties["mechanism"] = mechanismName(P.Mechanism);
    F.Properties["operation"] = P.Operation;
    F.Properties["idempotency_key"] =
        P.Key == IdempotencyKey::PerAttempt ? "per-attempt" : "none";
    if (P.Lib)
      F.Properties["library"] = P.Lib->Name;
    F.OpenCallees.assign(P.OpenCallees.begin(), P.OpenCallees.end());
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
