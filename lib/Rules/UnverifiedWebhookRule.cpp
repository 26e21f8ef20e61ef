//===--- UnverifiedWebhookRule.cpp - Webhooks that trust any caller -------===//
//
// A webhook endpoint is public: anyone who finds the URL can post to it. Only
// a signature over the body, checked before the request is acted on, tells
// the provider's requests from forged ones; a timestamp or event-id check
// keeps a captured request from being replayed.

#include "Faultline.h"
#include "Rules/Rules.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

using namespace clang;

namespace faultline {

void runUnverifiedWebhook(const WebhookResult &W, const AnalysisOptions &Opts,
                          std::vector<Finding> &Out) {
  for (const WebhookHandler &H : W.Handlers) {
    // A callback the code base sets decides (an SDK's server): not ours.
    if (!H.Webhook || H.Delegated)
      continue;
    // `"/" + token` folds to '/?': known by its names, as an unknown route.
    // A CGI program's URL is where the web server's configuration puts it.
    llvm::StringRef RouteSetter =
        H.Library == "CGI" ? "by the web server" : "at run time";
    std::string Path =
        H.ByName         ? fmt::format("{}(route set {}; a webhook by {})",
                               H.Route != "?" ? "'" + H.Route + "' " : "",
                                       RouteSetter, H.WhyWebhook)
        : H.Route != "?" ? "'" + H.Route + "'"
                         : std::string("(route read at run time)");
    std::string Route =
        fmt::format("{}{}{}", H.Method, H.Method.empty() ? "" : " ", Path);
    Finding F;
    F.Check = UnverifiedWebhookCheck;
    F.Loc = H.Loc;
    F.PointLoc = H.PointLoc;
    F.Range = H.Range;
    F.Properties["route"] = H.Route;
    F.Properties["library"] = H.Library;
    F.Properties["webhook_because"] = H.WhyWebhook;
    if (!H.Verified && !H.VerifiedByMiddleware) {
      F.Level = Severity::Warning;
      F.Message =
          H.ComputedButIgnored
              ? fmt::format("webhook handler for {} computes a signature but "
                            "processes the request whatever the result: a "
                            "forged request is accepted; reject the request "
                            "(401) when the signature does not match",
                            Route)
              : fmt::format("webhook handler for {} never verifies the "
                            "request's signature: anyone who knows the URL "
                            "can forge events; compute the HMAC of the raw "
                            "body with the shared secret (or verify the "
                            "provider's signature) and reject the request "
                            "when it does not match, in constant time",
                            Route);
      F.Properties["verified"] = "no";
      F.OpenCallees.clear();
      F.DroppedIfVerifies = H.OpenVerifiers;
      F.DroppedIfHandedOffVerifies = H.HandedTo;
      F.HandlerDefinitionUSR = H.DefinitionUSR;
      Out.push_back(std::move(F));
      continue;
    }
    if (!H.NameTrustedVerifiers.empty() && !H.VerifiedByMiddleware) {
      // Its only checks are functions named like verifiers, defined
      // elsewhere: the scanner keeps this finding if every definition it
      // sees is a placeholder, and the handler then verifies nothing.
      std::vector<std::string> Names;
      Finding Pending = F;
      for (const auto &[USR, Name] : H.NameTrustedVerifiers) {
        Pending.KeptIfPlaceholders.push_back(USR);
        Names.push_back("'" + Name + "'");
      }
      Pending.Level = Severity::Warning;
      Pending.Message = fmt::format(
          "webhook handler for {} relies on {} to verify the request, but "
          "every definition of {} in the code base ignores its arguments "
          "and checks nothing: "
          "anyone who knows the URL can forge events; implement the check "
          "(the HMAC of the raw body with the shared secret, compared in "
          "constant time) or reject the request",
          Route, fmt::join(Names, " or "), Names.size() == 1 ? "it" : "them");
      Pending.Properties["verified"] = "no";
      Pending.HandlerDefinitionUSR = H.DefinitionUSR;
      Out.push_back(std::move(Pending));
    }
    // Replay protection is asked for: a verified handler is what most
    // receivers get right first, and the inventory lists it either way.
    if (H.ReplayProtected || !Opts.ReportMissingReplayProtection)
      continue;
    F.Level = Severity::Note;
    F.Message = fmt::format(
        "webhook handler for {} verifies the signature but has no replay "
        "protection: a captured request can be sent again; reject requests "
        "whose signed timestamp is older than a few minutes, or record "
        "processed event ids and skip repeats",
        Route);
    F.Properties["verified"] = "yes";
    F.Properties["replay_protection"] = "no";
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
