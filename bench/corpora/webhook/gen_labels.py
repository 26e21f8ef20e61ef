#!/usr/bin/env python3
import json
C = {
 "bain3/navis": "b769862fa7018b395bbc365c82f304d23e8f816b",
 "Luma-exe/luma-tools": "113bbc2ec8ae27995e8c56cca26dcbc48ee08527",
 "brainboxdotcc/DPP": "e5eeb4645d79b4992c58cbdbd2d85a6a51e7ecc3",
 "reo7sp/tgbot-cpp": "d69f58a9c300383da7ad3f78c8a158cf8056ddb8",
 "horapusa-lk/telegram-bot-cpp": "c3ee66c5abb234a61f25822bf3e2df4ff0021874",
 "quasimax/bot_trader": "6c2d394a1135941b47bf84cf3b63067befd2d3a8",
 "itsmomo16/StockTradingBot": "851cdb8de36f6b8694896ef37511c80e5828209d",
 "newgame3000/Architecture": "6d507020c72e2c821c4ece76ba5c7343ee2a3d1b",
 "cortrix/cortrix": "78cf86267c655fde7e39b8f5414b2dcc1e440727",
 "corpetty/logos-workflow-scheduler": "9403c59c76b7bfff73451c6dccee4479e5ffeeba",
}
L = []
def wh(repo, path, line, webhook, verified, route, why, note, group=None, compare_line=None, ct=None):
    f = {"webhook": webhook, "verified": verified, "route": route, "why": why}
    if group: f["group"] = group
    if compare_line is not None:
        f["compare_line"] = str(compare_line); f["constant_time_compare"] = ct
    L.append({"repo": repo, "commit": C[repo], "path": path, "line": line, "kind": "webhook_handler", "fields": f, "note": note})
def sc(repo, path, line, ct, why, note):
    L.append({"repo": repo, "commit": C[repo], "path": path, "line": line, "kind": "secret_compare",
              "fields": {"constant_time": ct, "why": why}, "note": note})

# --- bain3/navis: cpp-httplib GitHub deployment webhook
R, P = "bain3/navis", "main.cpp"
wh(R, P, 31, "yes", "yes", "POST /deploy",
   "GitHub deployment webhook; recomputes HMAC-SHA1 of the body with the per-repo secret and returns 401 when it differs from X-Hub-Signature, before any deployment is scheduled.",
   "Verified, but the signature is compared with std::string operator!= (line 81), not in constant time. The HMAC check happens after JSON parsing and repo lookup but before the deploy thread is started.",
   compare_line=81, ct="no")
wh(R, P, 113, "no", "yes", "GET /",
   "Static landing page, not a webhook.", "Negative: inbound route that is not a webhook; any unverified-webhook finding here is a false positive.")
sc(R, P, 54, "yes", "X-GitHub-Event value compared with the literal \"ping\"; event name is not a secret.",
   "Negative for timing-unsafe-compare: non-secret header compared with a constant.")

# --- Luma-exe/luma-tools: cpp-httplib account/billing routes incl. Stripe webhook
R, P = "Luma-exe/luma-tools", "src/routes_account.cpp"
wh(R, P, 1471, "yes", "yes", "POST /api/billing/webhook",
   "Stripe webhook; verify_stripe_signature() parses Stripe-Signature (t=, v1=), enforces a 300 s tolerance, recomputes HMAC-SHA256 over \"t.body\" and the handler returns 400 on mismatch before parsing the event.",
   "compare_line points to the comparison inside verify_stripe_signature (line 906), which calls ct_equal_hex (lines 867-873, XOR-accumulate loop) -> constant time. Secret missing -> 503, i.e. fails closed.",
   compare_line=906, ct="yes")
wh(R, P, 1052, "no", "yes", "POST /account/login", "Browser form login (email/password), not a webhook.",
   "Negative: password check is delegated to account_verify_password (not in this file).")
wh(R, P, 1194, "no", "yes", "POST /account/reset", "Password-reset form submission, not a webhook.", "Negative.")
wh(R, P, 1256, "no", "yes", "POST /api/billing/checkout-session", "Creates an outbound Stripe checkout session for a signed-in user; inbound API route, not a webhook.",
   "Negative: the route name mentions billing/Stripe but it is called by the site's own front-end with a session cookie.")
wh(R, P, 1614, "no", "yes", "POST /api/account/api-keys", "Account API-key management endpoint (session-authenticated), not a webhook.", "Negative.")
wh(R, P, 1790, "no", "yes", "GET /account/oauth/discord/callback",
   "OAuth2 redirect callback hit by the user's browser; it is protected by the CSRF state cookie and not a server-to-server webhook.",
   "Negative: 'callback' in the route name, but not a webhook.")
wh(R, P, 1896, "no", "yes", "GET /account/oauth/google/callback",
   "OAuth2 redirect callback (Google), browser-driven, not a webhook.", "Negative.")
sc(R, P, 1024, "yes", "password != password_confirm in POST /account/register: both values come from the same form post; nothing secret is compared against a stored value.",
   "Negative for timing-unsafe-compare (safe).")
sc(R, P, 1204, "yes", "password != password_confirm: both values come from the same form post; nothing secret is compared against a stored value.",
   "Negative for timing-unsafe-compare (safe).")
sc(R, P, 1794, "yes", "OAuth state query parameter compared with the lt_oauth_state cookie (state != cookie_state). Both come from the same browser request; a timing side channel gives an attacker nothing.",
   "Labelled safe (constant_time=yes means: not a timing-compare issue). A strict tool might flag it; it is a CSRF nonce, not a shared server secret.")
sc(R, P, 1902, "yes", "Same OAuth state/cookie comparison for the Google callback.", "Safe, see the Discord callback note.")

# --- brainboxdotcc/DPP: Discord HTTP interactions endpoint (Ed25519)
R, P = "brainboxdotcc/DPP", "src/dpp/discord_webhook_server.cpp"
wh(R, P, 31, "yes", "yes", "any path (interactions endpoint)",
   "Constructor registers handle_request as the http_server request callback for Discord interactions.",
   "Registration anchor of the discord_webhook_server handler.", group="dpp-interactions")
wh(R, P, 35, "yes", "yes", "any path (interactions endpoint)",
   "Rejects with 401 when X-Signature-Ed25519/X-Signature-Timestamp are missing or signature_verifier::verify_signature (Ed25519 over timestamp+body with the app public key) fails, before the body is parsed.",
   "Verified by public-key signature; no string comparison of secrets, so no compare_line.", group="dpp-interactions")

# --- reo7sp/tgbot-cpp: TgWebhookServer
R, P = "reo7sp/tgbot-cpp", "include/tgbot/TgWebhookServer.h"
wh(R, P, 41, "yes", "unclear", "POST <path> (default \"/\" + bot token)",
   "Telegram webhook handler; no X-Telegram-Bot-Api-Secret-Token check. Only the request path is compared with _path, which is the bot token when the Bot& constructor is used (Telegram's 'secret path' scheme) but arbitrary with the 3-argument constructor.",
   "Left unclear on purpose (not scored): whether a secret URL path counts as verification depends on the constructor used. The path compare (line 42) is routing-style ==.", group="tgbotcpp-webhook")
wh(R, P, 42, "yes", "unclear", "POST <path>", "The if-branch that accepts POSTs to _path and dispatches the update.",
   "Second anchor of the same handler.", group="tgbotcpp-webhook")

# --- horapusa-lk/telegram-bot-cpp: httplib Telegram webhook
R, P = "horapusa-lk/telegram-bot-cpp", "src/webhook.cpp"
wh(R, P, 61, "yes", "yes", "POST options.path",
   "server.Post registers the Telegram webhook handler.", "Registration anchor.", group="horapusa-webhook")
wh(R, P, 66, "yes", "yes", "POST options.path",
   "handle() returns 403 when X-Telegram-Bot-Api-Secret-Token differs from the configured secret_token, before parsing/enqueueing the update.",
   "Per the labelling rule a Telegram secret-token header compared with the configured secret = verified yes. Caveat: the check is skipped when options.secret_token is empty (opt-in). Compared with operator!= -> not constant time.",
   group="horapusa-webhook", compare_line=68, ct="no")

# --- quasimax/bot_trader: Boost.Beast TradingView webhook
R, P = "quasimax/bot_trader", "webhook_server.cpp"
wh(R, P, 42, "yes", "no", "POST (any target)",
   "TradingView alert receiver: accepts any POST with Content-Type text/plain and passes the raw body to the trading callback (Application::on_tradeview_webhook); no secret, token or signature is checked.",
   "Unverified. The acceptor binds to loopback (line 95), so exposure relies on a reverse proxy, but the handler itself performs no authentication.")

# --- itsmomo16/StockTradingBot: Crow TradingView webhook
R, P = "itsmomo16/StockTradingBot", "webhook.cpp"
wh(R, P, 64, "yes", "no", "POST /webhook",
   "TradingView-style alert webhook; parses action/symbol/price from the JSON body and queues a trade with no secret or signature check.",
   "Unverified: nothing from the request is authenticated before the trade task is queued.")

# --- corpetty/logos-workflow-scheduler: Qt QTcpServer hand-parsed webhook
R, P = "corpetty/logos-workflow-scheduler", "src/webhook_listener.cpp"
wh(R, P, 54, "yes", "no", "POST /webhooks/<workflowId>",
   "Hand-written HTTP parser on QTcpServer; any POST /webhooks/<id> emits webhookReceived (triggers the workflow) without any secret, token or signature check.",
   "Unverified. Headers are parsed and forwarded but never checked here.", group="logos-webhook")
wh(R, P, 75, "yes", "no", "POST /webhooks/<workflowId>",
   "The method/path branch that accepts the webhook.", "Second anchor of the same handler.", group="logos-webhook")
sc(R, P, 75, "yes", "method != \"POST\": HTTP method compared with a literal; not a secret.", "Negative for timing-unsafe-compare.")

# --- newgame3000/Architecture: Poco REST user service (non-webhook negatives)
R, P = "newgame3000/Architecture", "lab6/user_service/handler/user.cpp"
for line, route, why in [
    (68, "GET/POST /user/auth", "Basic-auth login that issues a JWT; password hash matched in SQL."),
    (138, "/user/login", "User lookup by login."),
    (202, "/user/name", "User search by name."),
    (268, "/user/register", "User registration (CRUD create)."),
    (340, "/user/modify", "User update (CRUD)."),
    (394, "/user/delete", "User deletion (CRUD)."),
]:
    wh(R, P, line, "no", "yes", route, why + " Inbound REST branch of UserRequestHandler::handleRequest, not a webhook.",
       "Negative (Poco HTTPRequestHandler branch).")

# --- cortrix/cortrix: JWT HS256 verification helper
R, P = "cortrix/cortrix", "src/auth/jwt_utils.cpp"
sc(R, P, 174, "yes", "HMAC-SHA256 JWT signature compared with CRYPTO_memcmp after a length check.", "Safe: constant-time compare of a MAC.")
sc(R, P, 159, "yes", "JWT header alg compared with the literal \"HS256\"; not a secret.", "Negative for timing-unsafe-compare.")

with open("/work/corpora/webhook/labels.jsonl", "w") as f:
    for i, l in enumerate(L, 1):
        f.write(json.dumps({"id": f"wh-{i:03d}", **l}) + "\n")
print(len(L))
