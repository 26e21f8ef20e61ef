// A hand-written router whose handlers pick an outcome without returning.
// A payment provider's notification whose recomputed sign is compared
// with the one it sent: on a match the goods are credited, otherwise the
// answer is FAIL; neither branch returns, the check still decides (the
// compare itself is not constant-time). A check whose failure only logs
// decides nothing. Routes named only for the everyday word `events`, served
// by functions that add or list the application's own records, take no
// deliveries; a provider's `/events` still does.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

const char *xml_field(const char *body, const char *name);
void create_sign(const char *body, const char *merchant_key, char *out);
void credit_goods(const char *order);
void set_answer(char *answer, const char *code, const char *message);
void send_answer(int sock, const char *answer);
void log_line(const char *text);
void add_event(int sock, const char *json);
void get_events(int sock, const char *json);
void process_event(int sock, const char *json);

extern const char *merchant_key;

void pay_notify(int sock, const char *body) {
  char answer[256];
  const char *sign = xml_field(body, "sign");
  char expected[64];
  create_sign(body, merchant_key, expected);
  if (strcmp(expected, sign) == 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'expected' is compared {{.*}}[integration-timing-unsafe-compare]
    credit_goods(xml_field(body, "out_trade_no"));
    set_answer(answer, "SUCCESS", "OK");
  } else {
    set_answer(answer, "FAIL", "signature failed");
  }
  send_answer(sock, answer);
}

void pay_logged(int sock, const char *body) {
  const char *sign = xml_field(body, "sign");
  char expected[64];
  create_sign(body, merchant_key, expected);
  if (strcmp(expected, sign) != 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'expected' is compared {{.*}}[integration-timing-unsafe-compare]
    log_line("bad sign");
  } else {
    log_line("good sign");
  }
  credit_goods(xml_field(body, "out_trade_no"));
  send_answer(sock, "SUCCESS");
}

void method_post(int sock, const char *url, const char *json) {
  if (strcmp(url, "/wxpaycallback") == 0) {
    pay_notify(sock, json);
    return;
  }
  if (strcmp(url, "/alipaycallback") == 0) {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for '/alipaycallback' never verifies{{.*}} [integration-unverified-webhook]
    pay_logged(sock, json);
    return;
  }
  if (strcmp(url, "/api/events") == 0) {
    add_event(sock, json);
    return;
  }
  if (strcmp(url, "/api/gevents") == 0) {
    get_events(sock, json);
    return;
  }
  if (strcmp(url, "/slack/events") == 0) {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for '/slack/events' never verifies{{.*}} [integration-unverified-webhook]
    process_event(sock, json);
    return;
  }
  if (strcmp(url, "/events") == 0) {
    // CHECK: :[[@LINE-1]]:3: warning: webhook handler for '/events' never verifies{{.*}} [integration-unverified-webhook]
    process_event(sock, json);
    return;
  }
}
