// REQUIRES: httplib-headers
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ReportLibraryDefaults: true}}" -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <httplib.h>

void defaults() {
  httplib::Client cli("http://example.com");
  cli.Get("/");
  // CHECK: :[[@LINE-1]]:7: remark: 'Client::Get' on handle 'cli' relies on the cpp-httplib default timeout of 5 s
}

void explicitOnes() {
  httplib::Client cli("http://example.com");
  cli.set_read_timeout(2, 0);
  cli.Get("/");
}

void excessive() {
  httplib::Client cli("http://example.com");
  cli.set_read_timeout(600, 0);
  cli.Get("/");
  // CHECK: :[[@LINE-1]]:7: warning: 'Client::Get' on handle 'cli' has a timeout of 10 min, above the limit of 2 min (MaxTimeoutMs)
}
