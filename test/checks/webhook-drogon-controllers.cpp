// Drogon controllers whose routes are registered on adjacent lines: a
// finding is reported at the handler's definition. A notification checked
// through a channel plugin's interface (`plugin->verifyNotify(...)`, its
// implementations out of view) is verified by the interface's name; a route
// that manages the hooks (`/set_webhooks`) is none; WeChat's pushed
// messages (`FromUserName`) are webhooks whatever their path; a key checked
// by a constant-time function of the project's verifies.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <drogon/drogon.h>
#include <map>
#include <string>

using Callback = std::function<void(const drogon::HttpResponsePtr &)>;

struct NotifyResult {
  bool verified = false;
};
class ChannelPlugin {
public:
  virtual ~ChannelPlugin() = default;
  virtual NotifyResult verifyNotify(const std::string &body) = 0;
};
ChannelPlugin *pluginFor(const std::string &channel);
void markPaid(const std::string &body);
void refund(const std::string &body);
void replyTo(const std::string &user);
void reject(Callback &cb, int status);
extern bool webhooksEnabled;
extern const char *hookKey;

static bool verifyChannelNotify(const std::string &channel,
                                const std::string &body) {
  NotifyResult result = pluginFor(channel)->verifyNotify(body);
  if (!result.verified)
    return false;
  return true;
}

// Compares every byte, whatever differs.
static bool secureCompare(const char *a, const char *b) {
  unsigned char diff = 0;
  for (; *a && *b; ++a, ++b)
    diff |= *a ^ *b;
  return diff == 0 && *a == *b;
}

class PayCtrl : public drogon::HttpController<PayCtrl> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(PayCtrl::channelNotify, "/notify/channel/{1}", drogon::Post);
  ADD_METHOD_TO(PayCtrl::refundNotify, "/notify/refund/{1}", drogon::Post);
  ADD_METHOD_TO(PayCtrl::setWebhooks, "/set_webhooks", drogon::Post);
  ADD_METHOD_TO(PayCtrl::wechatPush, "/wx", drogon::Post);
  ADD_METHOD_TO(PayCtrl::keyedHook, "/hook", drogon::Post);
  METHOD_LIST_END

  void channelNotify(const drogon::HttpRequestPtr &req, Callback &&cb,
                     std::string channel) {
    if (!verifyChannelNotify(channel, req->body())) {
      reject(cb, 401);
      return;
    }
    markPaid(req->body());
  }

  void refundNotify(const drogon::HttpRequestPtr &req, Callback &&cb,
                    std::string channel) {
    // CHECK: :[[@LINE-2]]:8: warning: webhook handler for POST '/notify/refund/{1}' never verifies{{.*}} [integration-unverified-webhook]
    refund(req->body());
  }

  void setWebhooks(const drogon::HttpRequestPtr &req, Callback &&cb) {
    webhooksEnabled = req->getParameter("value") == "1";
  }

  void wechatPush(const drogon::HttpRequestPtr &req, Callback &&cb) {
    // CHECK: :[[@LINE-1]]:8: warning: webhook handler for POST '/wx' never verifies{{.*}} [integration-unverified-webhook]
    std::string from = req->getParameter("FromUserName");
    replyTo(from);
  }

  void keyedHook(const drogon::HttpRequestPtr &req, Callback &&cb) {
    if (!secureCompare(req->getParameter("key").c_str(), hookKey)) {
      reject(cb, 403);
      return;
    }
    markPaid(req->body());
  }
};
