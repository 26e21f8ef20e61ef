// cpprestsdk's http_client_config defaults to 30 s: silent unless asked.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/cpprest 2>&1 | count 0
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ReportLibraryDefaults: true}}" -- -std=c++17 -isystem %inputs/cpprest 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULTS -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <cpprest/http_client.h>

using namespace web::http;
using namespace web::http::client;
struct Seconds {};

void configured() {
  http_client_config config;
  config.set_timeout(Seconds());
  http_client client("https://example.com", config);
  client.request(methods::GET);
}

void libraryDefault() {
  http_client client("https://example.com");
  client.request(methods::POST);
  // DEFAULTS: :[[@LINE-1]]:10: remark: 'http_client::request' on handle 'client' relies on the cpprestsdk default timeout of 30 s; set it explicitly
}
