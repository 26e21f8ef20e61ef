// Routes of libhv's HTTP server (mock header): `router.POST(path,
// handler)` maps a path to a lambda or function given the request's
// context. A push from GitHub whose handler never checks the signature is
// reported; one that checks it in constant time, and the application's own
// routes (a login form, a status page), are not. The login's password
// against one written into the code is a secret compared with `strcmp`;
// its user name is no secret.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/libhv 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hv/HttpService.h>
#include <cstring>
#include <string>

void enqueue_push(const std::string &body);
bool hmac_sha256_hex_equal(const std::string &secret, const std::string &body,
                           const std::string &signature);
extern std::string webhook_secret;

int login(const HttpContextPtr &ctx) {
  std::string username = ctx->get("username");
  std::string password = ctx->get("password");
  if (strcmp(username.c_str(), "admin") != 0)
    return 400;
  if (strcmp(password.c_str(), "123456") != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'password' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 400;
  return 200;
}

void routes(hv::HttpService &router) {
  router.POST("/webhook/github", [](const HttpContextPtr &ctx) {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for POST '/webhook/github' never verifies the request's signature{{.*}} [integration-unverified-webhook]
    enqueue_push(ctx->body());
    return 200;
  });
  router.POST("/webhook/signed", [](const HttpContextPtr &ctx) {
    std::string signature = ctx->header("X-Hub-Signature-256");
    if (!hmac_sha256_hex_equal(webhook_secret, ctx->body(), signature))
      return 401;
    enqueue_push(ctx->body());
    return 200;
  });
  router.POST("/login", login);
  router.GET("/status", [](const HttpContextPtr &ctx) {
    return ctx->send("ok");
  });
}
