//===--- WebhookAnalysis.h - Inbound handlers and their verification ------===//
//
// Finds the handlers of inbound routes (lambdas, functions, member
// functions, functors handed to a route registration; overrides of a
// library's handler method; functions taking a library's request type),
// decides which are webhooks (by path, or because they read a signature
// header), and whether each verifies the request's signature with a result
// that gates the processing, and protects against replays. It also finds
// comparisons of secrets (MACs, signatures, tokens) that take time
// depending on the data.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_ANALYZE_WEBHOOKANALYSIS_H
#define FAULTLINE_ANALYZE_WEBHOOKANALYSIS_H

#include "Recognize/Facts.h"
#include "llvm/ADT/StringRef.h"

#include <set>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace faultline {

/// Whether \p Name (a variable's, a field's, a header's or a macro's) names
/// a secret: `webhook_secret`, `auth_token`, `X-API-Key`, `conf.credentials`;
/// not a lexer's `tokens` nor a field's name `session_token_field`.
bool secretName(llvm::StringRef Name);

struct WebhookOptions {
  /// Route paths that name a webhook (ECMAScript-like regex, no case).
  std::string PathPattern =
      "webhook|hook|callback|notify|notification|ipn|events|stripe|github|"
      "gitlab|slack|twilio|shopify|paypal|telegram|(^|[^a-z])tg([^a-z]|$)|"
      "discord|vkontakte|viber|whatsapp|gitea|bitbucket|alertmanager|sentry|"
      "mailgun|sendgrid|twitch|razorpay|paystack|yookassa|coinbase|ifttt|"
      "zapier|travis|circleci|(^|[^a-z])dlrs?([^a-z]|$)|delivery[-_]?(report|"
      "receipt)|k8s[-_]?audit|basicevent|alexa";
  /// Names of the code around a route whose path is only known at run
  /// time (the registering function, its class, the file, the variables
  /// the path is built from) that name a webhook. Narrower than the path
  /// pattern: `callback` and `events` are everyday identifiers.
  /// (Kubernetes' audit backend posts to Falco's `k8s_audit_endpoint`.)
  std::string NamePattern = "hook|stripe|github|gitlab|slack|twilio|shopify|"
                            "paypal|telegram|discord|ifttt|zapier|"
                            "k8s[-_]?audit|alexa";
  std::vector<std::string> SignatureHeaders = {
      "X-Hub-Signature-256", "X-Hub-Signature", "Stripe-Signature",
      "X-Slack-Signature", "X-Twilio-Signature", "X-Shopify-Hmac-Sha256",
      "X-Signature-Ed25519", "X-Gitlab-Token", "X-Signature",
      "X-Telegram-Bot-Api-Secret-Token", "X-Line-Signature",
      "X-Razorpay-Signature", "X-Paystack-Signature",
      "X-Square-Hmacsha256-Signature", "X-Zm-Signature",
      "Twitch-Eventsub-Message-Signature", "Webhook-Signature",
      "Svix-Signature", "X-Webhook-Signature", "Paypal-Transmission-Sig",
      "X-Gitea-Signature", "X-Gogs-Signature", "X-Goog-Channel-Token",
      "Typeform-Signature", "X-HubSpot-Signature",
      "X-Zendesk-Webhook-Signature",
      // An Alexa skill's request: its signature and the certificate chain
      // it is checked with.
      "SignatureCertChainUrl"};
  /// Headers and body keys only a provider's event delivery carries: a
  /// handler that reads one is a webhook whatever its path. WebSub's and
  /// Meta's (Messenger, WhatsApp) subscription handshake (`hub.challenge`),
  /// WeChat's (`echostr`; its pushed messages carry `FromUserName` and
  /// `ToUserName`) and Slack's (`url_verification`) are answered
  /// where the deliveries then arrive. OneBot (go-cqhttp and the QQ bots on
  /// it) posts events with `post_type`; LINE's carry a `replyToken`,
  /// Twilio's a `MessageSid` or `CallSid`, Alipay's a `notify_id`. Voice
  /// assistants call a skill's endpoint: Yandex Dialogs (Alice) with the
  /// user's `original_utterance`, answered with `end_session`; Alexa with
  /// an `IntentRequest` or `LaunchRequest`, answered with
  /// `shouldEndSession`; Dialogflow with a `queryResult`.
  std::vector<std::string> EventMarkers = {"X-GitHub-Event",
                                           "X-GitHub-Delivery",
                                           "X-Gitlab-Event",
                                           "X-Shopify-Topic",
                                           "X-Event-Key",
                                           "Twitch-Eventsub-Message-Type",
                                           "Twitch-Eventsub-Message-Id",
                                           "Twitch-Eventsub-Subscription-Type",
                                           "X-Slack-Request-Timestamp",
                                           "X-Signature-Timestamp",
                                           "X-Gitea-Event",
                                           "X-Gogs-Event",
                                           "X-Goog-Resource-State",
                                           "X-Goog-Channel-ID",
                                           "update_id",
                                           "callback_query",
                                           "hub.challenge",
                                           "hub.verify_token",
                                           "echostr",
                                           "FromUserName",
                                           "ToUserName",
                                           "url_verification",
                                           "event_callback",
                                           "post_type",
                                           "meta_event_type",
                                           "replyToken",
                                           "MessageSid",
                                           "SmsSid",
                                           "CallSid",
                                           "notify_id",
                                           "object_kind",
                                           "original_utterance",
                                           "end_session",
                                           "IntentRequest",
                                           "LaunchRequest",
                                           "shouldEndSession",
                                           "queryResult"};
  /// The server libraries' request types, from the models (`handlers:
  /// param_type` and `request_types`), by qualified name; a type named
  /// like a request is one too.
  std::vector<std::string> RequestTypes;
  /// The libraries' own outermost namespaces, from the models
  /// (`namespaces`): their code vendored beside the sources is not the
  /// handler's work.
  std::vector<std::string> LibraryNamespaces;
};

struct WebhookHandler {
  /// The handler's definition when it is a function of its own (where the
  /// check belongs, and apart from a list of registrations); else the
  /// route's registration.
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  clang::SourceLocation PointLoc; // the registration, when Loc is not
  std::string Route;              // path as written, or "?"
  std::string Method;             // POST, ...
  std::string Library;
  bool Webhook = false;
  std::string WhyWebhook; // "path", "reads X-Hub-Signature-256"
  bool ByName = false;    // a webhook only by the names around it
  bool Verified = false;
  bool VerifiedByMiddleware = false;
  bool ComputedButIgnored = false; // a MAC is checked but does not gate
  clang::SourceLocation CheckLoc;  // the check that does not gate
  bool ReplayProtected = false;
  /// Hands the whole request to a callback it cannot see (a std::function
  /// the application sets): whether it verifies is the callback's matter.
  bool Delegated = false;
  /// Verified only if another TU shows one of these functions verifies.
  std::vector<std::string> OpenVerifiers;
  /// ... or one of these, defined elsewhere, that it hands the request to
  /// (the plugin, which cannot look, reports it).
  std::vector<std::string> HandedTo;
  /// Verified only through these functions (USR, then name), trusted by
  /// their names with no implementation in view (see Finding).
  std::vector<std::pair<std::string, std::string>> NameTrustedVerifiers;
  /// Found by its definition: the function's USR (a registration in
  /// another TU that names it reports it there instead).
  std::string DefinitionUSR;
};

struct UnsafeCompare {
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  std::string How;  // "==", "memcmp", ...
  std::string What; // "the computed HMAC 'expected'"
  /// Compared by a project function with no body in view, trusted by its
  /// name: its USR (the scanner drops the finding if another TU shows the
  /// function compares in constant time).
  std::string OpenComparer;
  /// Compared by a project function named like a check (`mac_verify`)
  /// with no body in view: its USR. The finding stands only where another
  /// TU defines it and its body compares in variable time.
  std::string UnsafeComparerIfDefined;
  /// Compared by a project function with its body in view: what the body
  /// compares with (`memcmp`).
  std::string Inside;
  /// The project function that compares, if one does.
  const clang::FunctionDecl *Comparer = nullptr;
  /// Inside a comparer (its USR) that no call in this TU hands a secret:
  /// the finding stands only where another TU's call does.
  std::string KeptIfGivenSecrets;
};

struct WebhookResult {
  std::vector<WebhookHandler> Handlers;
  std::vector<UnsafeCompare> Compares;
  /// USRs of functions in this TU that compute or check a MAC/signature.
  std::vector<std::string> VerifyingFunctions;
  /// See TUAnalysis.
  std::vector<std::string> CheckingVerifiers, PlaceholderVerifiers;
  /// USRs of functions that serve a browser: they answer with an HTML page
  /// or check a CSRF token.
  std::vector<std::string> PageFunctions;
  /// USRs of project functions named like comparisons that are defined
  /// here and do not compare their parameters in variable time.
  std::vector<std::string> SafeComparers;
  /// USRs of project functions named like checks that are defined here
  /// and compare their parameters (or values derived from them) in
  /// variable time.
  std::vector<std::string> UnsafeComparers;
  /// USRs of project comparers this TU hands secrets to.
  std::vector<std::string> ComparersGivenSecrets;
};

WebhookResult analyzeWebhooks(clang::ASTContext &Ctx, const TUFacts &Facts,
                              const WebhookOptions &Opts);

} // namespace faultline

#endif
