//===--- IntegrationTidyModule.cpp - The integration-* checks -------------===//

#include "CallWithoutTimeoutCheck.h"
#include "MissingCircuitBreakerCheck.h"
#include "NonIdempotentRetryCheck.h"
#include "TidyCompat.h"
#include "TimingUnsafeCompareCheck.h"
#include "TlsVerificationDisabledCheck.h"
#include "UnsafeRetryCheck.h"
#include "UnverifiedWebhookCheck.h"

#include "Faultline.h"

namespace clang::tidy::integration {

class IntegrationModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<CallWithoutTimeoutCheck>(
        faultline::CallWithoutTimeoutCheck);
    Factories.registerCheck<TlsVerificationDisabledCheck>(
        faultline::TlsVerificationDisabledCheck);
    Factories.registerCheck<NonIdempotentRetryCheck>(
        faultline::NonIdempotentRetryCheck);
    Factories.registerCheck<UnsafeRetryCheck>(faultline::UnsafeRetryCheck);
    Factories.registerCheck<UnverifiedWebhookCheck>(
        faultline::UnverifiedWebhookCheck);
    Factories.registerCheck<TimingUnsafeCompareCheck>(
        faultline::TimingUnsafeCompareCheck);
    Factories.registerCheck<MissingCircuitBreakerCheck>(
        faultline::MissingCircuitBreakerCheck);
  }
};

} // namespace clang::tidy::integration

namespace clang::tidy {

// Registers the module when clang-tidy loads the shared object.
static ClangTidyModuleRegistry::Add<integration::IntegrationModule>
    X("faultline", "Checks that integrations survive failure.");

} // namespace clang::tidy
