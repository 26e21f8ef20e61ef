//===--- Rules.h - Facts -> findings, one function per check --------------===//

#ifndef FAULTLINE_RULES_RULES_H
#define FAULTLINE_RULES_RULES_H

#include "Analyze/BreakerAnalysis.h"
#include "Analyze/RetryAnalysis.h"
#include "Analyze/WebhookAnalysis.h"
#include "Faultline.h"
#include "Recognize/Facts.h"

namespace faultline {

void runCallWithoutTimeout(clang::ASTContext &Ctx, const TUFacts &Facts,
                           const TimeoutAnalysis &TA,
                           const AnalysisOptions &Opts,
                           std::vector<Finding> &Out);

void runTlsVerificationDisabled(const TUFacts &Facts,
                                std::vector<Finding> &Out);

/// Where a retry finding is said, with a note at the other end: at the
/// retried call, the loop (goto, helper, ...) as a note; a recursion at the
/// recursive call, where a count of attempts left belongs, the call
/// (\p RetriedNote) as a note.
void placeRetryFinding(Finding &F, const RetryPoint &P,
                       const char *RetriedNote);

void runNonIdempotentRetry(const std::vector<RetryPoint> &Points,
                           std::vector<Finding> &Out);

void runUnverifiedWebhook(const WebhookResult &W, const AnalysisOptions &Opts,
                          std::vector<Finding> &Out);

void runTimingUnsafeCompare(const WebhookResult &W, std::vector<Finding> &Out);

void runUnsafeRetry(const std::vector<RetryPoint> &Points,
                    const AnalysisOptions &Opts, std::vector<Finding> &Out);

/// Pending breaker records, one per call; see settleBreakerFindings.
void runMissingCircuitBreaker(const BreakerAnalysis &B,
                              std::vector<Finding> &Out);

/// Settles pending breaker records within the findings of one TU: keeps
/// (with their message) those that need a breaker, drops the rest.
void settleBreakerFindings(std::vector<Finding> &Findings);

} // namespace faultline

#endif
