#include "pages.h"

// Not a route: a log sink, registered for a file's path.
class Sink {
public:
  virtual ~Sink() = default;
  virtual void write(const std::string &line) = 0;
};
class HookLogSink : public Sink {
public:
  void write(const std::string &line) override;
};
class Logger {
public:
  void add(const std::string &path, std::shared_ptr<Sink> sink);
};

void setupPages(HttpServer &server, Logger &log) {
  server.AddPage(std::regex("GET|POST"), std::regex(R"(/echo/(\w*))"),
                 std::make_shared<EchoPage>());
  server.AddPage(std::regex("GET|POST"), std::regex(R"(/github/(\w*))"),
                 std::make_shared<GithubPage>());
  server.AddPage(std::regex("GET|POST"), std::regex(R"(/travisci/(\w*))"),
                 std::make_shared<TravisPage>());
  server.AddPage(std::regex("POST"), std::regex("/shopify/orders"),
                 std::shared_ptr<WebPage>(new ShopifyPage));
  log.add("/var/log/webhook.log", std::make_shared<HookLogSink>());
}
