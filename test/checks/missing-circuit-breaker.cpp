// Circuit breakers: calls run by a breaker's execute (in a lambda, a lambda
// kept in a variable, a function named there, a project helper), calls
// behind an allow/is-open/state check, keyed breakers, wrappers judged at
// each call site, loopback never reported, NOLINT.
// RUN: %tidy %s -checks='-*,integration-missing-circuit-breaker' -- -std=c++17 -isystem %inputs/httplib 2>&1 | FileCheck %s -implicit-check-not='warning:'
// RUN: %tidy %s -checks='-*,integration-missing-circuit-breaker' -config="{CheckOptions: {integration-missing-circuit-breaker.InternalHosts: '*.example.net'}}" -- -std=c++17 -isystem %inputs/httplib 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INTERNAL -implicit-check-not='mirror.example.net'
#include <httplib.h>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>

class CircuitBreaker {
public:
  template <class F> auto execute(F f) -> decltype(f()) { return f(); }
  bool allow();
  bool is_open() const;
  enum class State { Closed, Open, HalfOpen };
  State state() const;
  void record_success();
  void record_failure();
  void on_state_change(void (*listener)(State));
};

CircuitBreaker payments_cb, rates_cb, stock_cb;
std::map<std::string, CircuitBreaker> breakers;

httplib::Client pay("https://pay.example.com");
httplib::Client rates("https://rates.example.com");
httplib::Client stock("https://stock.example.com");
httplib::Client mirror("https://mirror.example.net");
httplib::Client local("http://localhost:8080");
httplib::Client audit("https://audit.example.com");
httplib::Client ledger("https://ledger.example.com");

// --- The payments system is guarded here ----------------------------------

void charge_guarded(const char *body) {
  payments_cb.execute(
      [&] { return pay.Post("/v1/charges", body, "application/json"); });
}

void refund_unguarded(const char *body) {
  pay.Post("/v1/refunds", body, "application/json");
  // CHECK: :[[@LINE-1]]:7: warning: call to cpp-httplib https://pay.example.com/v1/refunds is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::execute' at missing-circuit-breaker.cpp:[[@LINE-6]]; run this call through the breaker too
}

void capture_nolint(const char *body) {
  pay.Post("/v1/captures", body, "application/json"); // NOLINT(integration-missing-circuit-breaker)
}

// An allow check that returns early guards what follows.
void payout_after_allow(const char *body) {
  if (!payments_cb.allow())
    throw std::runtime_error("payments unavailable");
  pay.Post("/v1/payouts", body, "application/json");
}

void payout_in_branch(const char *body) {
  if (payments_cb.allow() && body) {
    pay.Post("/v1/payouts", body, "application/json");
  }
}

void payout_is_open(const char *body) {
  if (payments_cb.is_open())
    return;
  pay.Post("/v1/payouts", body, "application/json");
}

void payout_state(const char *body) {
  if (payments_cb.state() == CircuitBreaker::State::Open)
    return;
  pay.Post("/v1/payouts", body, "application/json");
}

// A permit kept in a variable.
void payout_permit(const char *body) {
  bool permitted = payments_cb.allow();
  if (!permitted)
    return;
  pay.Post("/v1/payouts", body, "application/json");
}

// The check's result is not what gates the call.
void payout_check_ignored(const char *body) {
  payments_cb.allow();
  pay.Post("/v1/payouts", body, "application/json");
  // CHECK: :[[@LINE-1]]:7: warning: call to cpp-httplib https://pay.example.com/v1/payouts is not guarded
}

// --- A lambda kept in a variable, and a function named in execute ---------

void rates_guarded() {
  auto fetch = [&] { return rates.Get("/latest"); };
  rates_cb.execute(fetch);
}

httplib::Result fetch_history() { return rates.Get("/history"); }

void history_guarded() { rates_cb.execute(&fetch_history); }

void history_unguarded() {
  fetch_history();
  // CHECK: :[[@LINE-1]]:3: warning: call of fetch_history (cpp-httplib https://rates.example.com/history) is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::execute' at missing-circuit-breaker.cpp:[[@LINE-9]]
}

// --- A breaker around an in-process lookup, not the call beside it ------

std::string cached_quote(const std::string &sym);

void quote(const std::string &sym) {
  std::string q = rates_cb.execute([&] { return cached_quote(sym); });
  rates.Get("/quote");
  // CHECK: :[[@LINE-1]]:9: warning: call to cpp-httplib https://rates.example.com/quote is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::execute'
}

// --- A wrapper: judged at each of its call sites ---------------------------

httplib::Result reserve(const char *sku) {
  return stock.Post("/v1/reservations", sku, "text/plain");
}

void order_guarded(const char *sku) {
  stock_cb.execute([&] { return reserve(sku); });
}

void order_unguarded(const char *sku) {
  reserve(sku);
  // CHECK: :[[@LINE-1]]:3: warning: call of reserve (cpp-httplib https://stock.example.com/v1/reservations) is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::allow' at missing-circuit-breaker.cpp:[[@LINE+8]]
}

// A function whose every caller is guarded is guarded.
httplib::Result release(const char *sku) {
  return stock.Post("/v1/releases", sku, "text/plain");
}
void cancel_guarded(const char *sku) {
  if (!stock_cb.allow())
    return;
  release(sku);
}

// --- A project helper that runs its callable under a breaker -------------

template <class F> auto with_breaker(CircuitBreaker &cb, F f) -> decltype(f()) {
  if (!cb.allow())
    throw std::runtime_error("open");
  return f();
}

void mirror_guarded() {
  with_breaker(payments_cb, [&] { return mirror.Get("/status"); });
}

void mirror_unguarded() {
  mirror.Get("/health");
  // CHECK: :[[@LINE-1]]:10: warning: call to cpp-httplib https://mirror.example.net/health is not guarded by a circuit breaker, but the same system is guarded by 'with_breaker' at missing-circuit-breaker.cpp:[[@LINE-5]]
}

// --- Keyed breakers: the key must be the call's service -------------------

void audit_keyed() {
  if (!breakers["audit"].allow())
    return;
  audit.Post("/events", "{}", "application/json");
}

void audit_wrong_key() {
  if (!breakers["payments"].allow())
    return;
  audit.Post("/events", "{}", "application/json");
  // CHECK: :[[@LINE-1]]:9: warning: call to cpp-httplib https://audit.example.com/events is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::allow' at missing-circuit-breaker.cpp:[[@LINE-9]]
}

// A gateway whose breakers are keyed by base URL: the key checked must be
// the URL the call goes to, not another service's.
int send(const std::string &url, const std::string &body) {
  httplib::Client c(url.c_str());
  auto r = c.Post("/", body.c_str(), "application/json");
  return r ? r->status : 0;
}

void users_guarded() {
  if (!breakers["https://users.example.com"].allow())
    return;
  send("https://users.example.com/list", "{}");
}

void gateway(bool for_users) {
  std::string users = "https://users.example.com";
  std::string orders = "https://orders.example.com";
  std::string base = "";
  if (for_users)
    base = users;
  else
    base = orders;
  if (!breakers[base].allow())
    return;
  send(base + "/items", "{}"); // the key's own service: guarded
  std::string url = base + "/totals";
  send(url, "{}"); // computed from the key: guarded
  std::string key = orders;
  if (!breakers[key].allow())
    return;
  send(orders + "/pending", "{}"); // the key is a copy of it: guarded
  send(users + "/auth", "{}");
  // CHECK: :[[@LINE-1]]:3: warning: call of send (https://users.example.com/auth) is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::allow' at missing-circuit-breaker.cpp:[[@LINE-23]]
}

// --- A gateway class: camel-case admission, `bool status(service)`, a
// service address kept in a member ---------------------------------------
class ServiceBreaker {
public:
  bool isServiceAvailable(const std::string &service);
  bool status(const std::string &service);
  void success(const std::string &service);
  void fail(const std::string &service);
};

class Gateway {
public:
  int route(const std::string &path, const std::string &token);
  int login(const std::string &credentials);

private:
  std::string orders_service_ = std::getenv("ORDERS_SERVICE");
  std::string user_service_;
  ServiceBreaker breaker_;

public:
  Gateway() : user_service_(std::getenv("USER_SERVICE")) {}
};

int Gateway::route(const std::string &path, const std::string &token) {
  std::string base_url = orders_service_;
  if (!breaker_.isServiceAvailable(base_url))
    return 503;
  int status = send(base_url + path, token); // the key's service: guarded
  if (breaker_.status(base_url)) {
    send(base_url + "/totals", token); // guarded
    send(user_service_ + "/auth", token);
    // CHECK: :[[@LINE-1]]:5: warning: call of send (${USER_SERVICE}/auth) is not guarded by a circuit breaker, but the same system is guarded by 'ServiceBreaker::isServiceAvailable' at missing-circuit-breaker.cpp:[[@LINE+8]]
  }
  return status;
}

// The key is a copy of the member the call goes to: guarded.
int Gateway::login(const std::string &credentials) {
  std::string users = user_service_;
  if (!breaker_.isServiceAvailable(users))
    return 503;
  return send(user_service_ + "/login", credentials);
}

// --- An interface whose implementation is not in view -----------------------
// The code base runs `Llm::chat` under a breaker: by its own account a
// remote call, so calling it without one is reported.
struct Llm {
  virtual ~Llm() = default;
  virtual std::string chat(const std::string &prompt) = 0;
};
CircuitBreaker llm_cb;
std::string enrich(Llm &llm, const std::string &text) {
  if (!llm_cb.allow())
    return "";
  return llm.chat(text);
}
std::string summarize(Llm &llm, const std::string &text) {
  return llm.chat("Summarize: " + text);
  // CHECK: :[[@LINE-1]]:14: warning: call of Llm::chat is not guarded by a circuit breaker, but the same system is guarded by 'CircuitBreaker::allow' at missing-circuit-breaker.cpp:[[@LINE-6]]
}

// --- Never reported ---------------------------------------------------------

// An interface with an implementation in view that stays in the process:
// a breaker around it does not make its other calls remote.
struct Lookup {
  virtual ~Lookup() = default;
  virtual int find(int key) = 0;
};
struct MapLookup : Lookup {
  int find(int key) override { return key * 2; }
};
int guarded_lookup(Lookup &l) {
  if (!llm_cb.allow())
    return 0;
  return l.find(1);
}
int plain_lookup(Lookup &l) { return l.find(2); }



// No breaker guards this system anywhere: breakers are a convention.
void never_guarded() { ledger.Get("/status"); }

// Loopback is part of the system itself.
void local_guarded() {
  payments_cb.execute([&] { return local.Get("/a"); });
}
void local_unguarded() { local.Get("/b"); }

// A listener registration takes a callable but runs nothing under the
// breaker.
void on_change(CircuitBreaker::State);
void listen() { payments_cb.on_state_change(&on_change); }

// INTERNAL: warning: call to cpp-httplib https://pay.example.com/v1/refunds
