// REQUIRES: cpprest-headers
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ReportLibraryDefaults: true}}" -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <chrono>
#include <cpprest/http_client.h>

using namespace web::http;
using namespace web::http::client;

void calls() {
  http_client_config config;
  config.set_timeout(std::chrono::seconds(5));
  http_client configured(U("https://example.com"), config);
  configured.request(methods::GET);

  http_client plain(U("https://example.com"));
  plain.request(methods::GET);
  // CHECK: :[[@LINE-1]]:9: remark: 'http_client::request' on handle 'plain' relies on the cpprestsdk default timeout of 30 s
}
