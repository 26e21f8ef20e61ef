//===--- Points.h - Integration points of one TU, for the inventory -------===//
//
// Every outbound call, message producer and inbound route the models know,
// described the way an integration architecture document lists them:
// library, protocol, direction, operation, target, timeout, retry, breaker,
// auth. The scanner gathers them from all TUs and writes the inventory.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_INVENTORY_POINTS_H
#define FAULTLINE_INVENTORY_POINTS_H

#include "Analyze/BreakerAnalysis.h"
#include "Analyze/RetryAnalysis.h"
#include "Analyze/TimeoutAnalysis.h"
#include "Recognize/Facts.h"

#include <string>
#include <vector>

namespace faultline {

struct IntegrationPoint {
  clang::SourceLocation Loc;
  std::string Function; // enclosing function, qualified
  std::string FunctionUSR;
  std::string Library, Protocol;
  std::string Direction; // outbound, inbound
  std::string Operation; // POST, RPC PlaceOrder, produce, route ...
  std::string Target;    // folded literal; ${ENV}; ? when unknown
  std::string Timeout;   // "5 s", "missing", "infinite", "default 30 s", ...
  std::string Retry;     // "none", "loop: bounded, growing wait, jitter", ...
  std::string Breaker;   // "none" (no breaker seen)
  std::string Auth;      // bearer, basic, api-key, mtls, hmac, none
  bool TlsVerificationDisabled = false;
  std::string Webhook; // inbound: "verified", "unverified", or ""
};

std::vector<IntegrationPoint>
collectPoints(clang::ASTContext &Ctx, const TUFacts &Facts,
              const TimeoutAnalysis &Timeouts,
              const std::vector<RetryPoint> &Retries,
              const BreakerAnalysis *Breakers = nullptr);

/// Where an outbound call goes: its own target after its handle's (a
/// path is joined to the handle's base URL), "?" when the code does not say.
std::string siteTarget(const Site &S, const TUFacts &Facts,
                       clang::ASTContext &Ctx);

/// The text a target expression evaluates to, as far as the code fixes it:
/// literals and their concatenations, `std::string` built from them, macros
/// expanded, `getenv("X")` as `${X}`, anything else as `?`.
std::string foldTarget(const clang::Expr *E, clang::ASTContext &Ctx);

} // namespace faultline

#endif
