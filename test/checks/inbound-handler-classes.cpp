// A small server of the project's own (no model): handler classes override
// the server's handler interface, whose `handle` gets the request. The
// class's name says a webhook; the route is set at run time. A method that
// only asks whether it handles the request, a factory that builds one, and
// a handler class with another name are no webhook.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <map>
#include <string>

class LightHttpRequest {
public:
  std::string path() const;
  std::string body() const;
};

class LightHttpHandler {
public:
  virtual ~LightHttpHandler() = default;
  virtual bool canHandle(const std::string &worker, LightHttpRequest *req) = 0;
  virtual bool handle(const std::string &worker, LightHttpRequest *req) = 0;
};

class LightHandlerFactory {
public:
  virtual LightHttpHandler *createHandler(LightHttpRequest *req) = 0;
};

void enqueue(const std::string &path, const std::string &body);

class HttpHandlerWebhooks : public LightHttpHandler {
public:
  bool canHandle(const std::string &worker, LightHttpRequest *req) override {
    return paths_.count(req->path()) > 0;
  }
  bool handle(const std::string &worker, LightHttpRequest *req) override {
    // CHECK: :[[@LINE-1]]:8: warning: webhook handler for (route set at run time; a webhook by its name 'HttpHandlerWebhooks') never verifies the request's signature{{.*}} [integration-unverified-webhook]
    enqueue(req->path(), req->body());
    return true;
  }

private:
  std::map<std::string, int> paths_;
};

class HttpHandlerUsers : public LightHttpHandler {
public:
  bool canHandle(const std::string &, LightHttpRequest *req) override {
    return req->path() == "/users";
  }
  bool handle(const std::string &, LightHttpRequest *req) override {
    enqueue(req->path(), req->body());
    return true;
  }
};

class HookHandlerFactory : public LightHandlerFactory {
public:
  LightHttpHandler *createHandler(LightHttpRequest *req) override {
    return new HttpHandlerWebhooks;
  }
};
