// REQUIRES: civetweb-headers
// Kubernetes' audit webhook backend posting event lists to a security
// monitor (Falco) on CivetWeb: the path comes from the configuration, so
// the names around the registration decide (this file's name says nothing
// of webhooks on purpose). Its health check is no webhook.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <CivetServer.h>
#include <cstring>
#include <string>

void process(const std::string &);

struct webserver_config {
  std::string m_webserver_k8s_audit_endpoint;
  std::string m_webserver_k8s_healthz_endpoint;
};

class k8s_audit_handler : public CivetHandler {
public:
  bool handlePost(CivetServer *server, struct mg_connection *conn) override;
};

bool k8s_audit_handler::handlePost(CivetServer *server,
                                   struct mg_connection *conn) {
  const char *ct = server->getHeader(conn, std::string("Content-Type"));
  if (ct == NULL || strncmp(ct, "application/json", 16) != 0) {
    mg_send_http_error(conn, 400, "Wrong Content Type");
    return true;
  }
  process(server->getPostData(conn));
  return true;
}

class k8s_healthz_handler : public CivetHandler {
public:
  bool handleGet(CivetServer *server, struct mg_connection *conn) override {
    mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n{\"status\": \"ok\"}");
    return true;
  }
};

void start(CivetServer &server, const webserver_config &config,
           k8s_audit_handler &audit, k8s_healthz_handler &healthz) {
  server.addHandler(config.m_webserver_k8s_audit_endpoint, audit);
  // CHECK: :[[@LINE-1]]:10: warning: webhook handler for route (route set at run time; a webhook by its name 'm_webserver_k8s_audit_endpoint') never verifies{{.*}} [integration-unverified-webhook]
  server.addHandler(config.m_webserver_k8s_healthz_endpoint, healthz);
}
