//===--- Rules.h - Facts -> findings, one function per check --------------===//

#ifndef FAULTLINE_RULES_RULES_H
#define FAULTLINE_RULES_RULES_H

#include "Faultline.h"
#include "Analyze/RetryAnalysis.h"
#include "Analyze/WebhookAnalysis.h"
#include "Recognize/Facts.h"

namespace faultline {

void runCallWithoutTimeout(clang::ASTContext &Ctx, const TUFacts &Facts,
                           const AnalysisOptions &Opts,
                           std::vector<Finding> &Out);

void runTlsVerificationDisabled(const TUFacts &Facts,
                                std::vector<Finding> &Out);

void runNonIdempotentRetry(const std::vector<RetryPoint> &Points,
                           std::vector<Finding> &Out);

void runUnverifiedWebhook(const WebhookResult &W, std::vector<Finding> &Out);

void runTimingUnsafeCompare(const WebhookResult &W, std::vector<Finding> &Out);

void runUnsafeRetry(const std::vector<RetryPoint> &Points,
                    const AnalysisOptions &Opts, std::vector<Finding> &Out);

} // namespace faultline

#endif
