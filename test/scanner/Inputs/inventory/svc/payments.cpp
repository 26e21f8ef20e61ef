#include <cstdlib>
#include <httplib.h>
#include <string>

// Outbound: a payment provider, with credentials in the URL (redacted).
void charge(const std::string &body) {
  httplib::Client cli("https://shop:hunter2@pay.example.com");
  cli.set_read_timeout(5);
  cli.set_connection_timeout(2);
  cli.set_bearer_token_auth("sk_live_51HxQ2eKj8vT3mN7pL0aB9cD4fG6hJ");
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (cli.Post("/v1/charges", body, "application/json"))
      break;
  }
}

// Outbound: an address from the environment.
void audit() {
  httplib::Client cli(std::string(std::getenv("AUDIT_URL")));
  cli.Get("/health");
}

// Inbound: a route.
void serve() {
  httplib::Server srv;
  srv.Post("/webhooks/stripe", [](const httplib::Request &, httplib::Response &) {});
  srv.listen("0.0.0.0", 8080);
}
