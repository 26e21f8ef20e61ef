// A router of the project's own that no model and no accept call leads to:
// a game server's session class parses the request with its own parser and
// tests the path against literals. Each branch is a route; the payment
// callbacks that never check a signature are reported, the one that checks
// it is not (its compare is, being plain strcmp). Not routes: an empty
// branch, a single path test, slash commands of a chat, a stream of
// server-sent events (events go out to a subscriber; none come in).
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstdlib>
#include <cstring>
#include <string>

class CHttpParser {
public:
  CHttpParser(const char *buf, int len);
  std::string get_uri() const;
  std::string get_param(const char *name) const;
};
std::string md5Hex(const std::string &data);
void sendGoods(int role, int amount);
void sendPlayerCount();
void say(const char *text);

class PHPSession {
public:
  void OnRecv(const char *msg, int size) {
    CHttpParser parser(msg, size);
    std::string szUrl = parser.get_uri();
    if (strcmp(szUrl.c_str(), "/recharge_callback_common") == 0) {
      // CHECK: :[[@LINE-1]]:5: warning: webhook handler for '/recharge_callback_common' never verifies the request's signature{{.*}} [integration-unverified-webhook]
      OnCommonRecharge(&parser);
    } else if (strcmp(szUrl.c_str(), "/recharge_callback_quick") == 0) {
      OnQuickRecharge(&parser);
    } else if (strcmp(szUrl.c_str(), "/online_player_num") == 0) {
      sendPlayerCount();
    } else if (strcmp(szUrl.c_str(), "/send_gift_notify") == 0) {
    } else if (strcmp(szUrl.c_str(), "/orion/events") == 0) {
      OnEventStream(&parser);
    }
  }

private:
  void OnEventStream(CHttpParser *p) {
    subscribe(p->get_param("topic"));
    reply("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
          "Cache-Control: no-cache\r\n\r\n");
  }
  void reply(const char *head);
  void subscribe(const std::string &topic);
  void OnCommonRecharge(CHttpParser *p) {
    sendGoods(atoi(p->get_param("role").c_str()),
              atoi(p->get_param("amount").c_str()));
  }
  void OnQuickRecharge(CHttpParser *p) {
    std::string data = p->get_param("nt_data");
    std::string sign = p->get_param("sign");
    std::string local = md5Hex(data + m_strMd5Key);
    if (strcmp(local.c_str(), sign.c_str()) != 0)
      // CHECK: :[[@LINE-1]]:9: warning: {{.*}} is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return;
    sendGoods(atoi(p->get_param("role").c_str()), 1);
  }
  std::string m_strMd5Key;
};

// Not routers.
void follow(const char *url) {
  if (strcmp(url, "/notify") == 0)
    say("notify");
}
void chat(const char *cmd) {
  if (strcmp(cmd, "/notify") == 0)
    say("on");
  else if (strcmp(cmd, "/hook") == 0)
    say("hooked");
}
