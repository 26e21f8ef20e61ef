// cpp-httplib applies finite defaults (read/write 5 s): silent by default,
// a note with ReportLibraryDefaults; an excessive setting is reported.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/httplib 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ReportLibraryDefaults: true}}" -- -std=c++17 -isystem %inputs/httplib 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULTS -implicit-check-not='warning:'
#include <httplib.h>

void defaults() {
  httplib::Client cli("http://example.com");
  cli.Get("/");
  // DEFAULTS: :[[@LINE-1]]:7: remark: 'Client::Get' on handle 'cli' relies on the cpp-httplib default timeout of 5 s; set it explicitly
}

void explicitTimeouts() {
  httplib::Client cli("http://example.com");
  cli.set_connection_timeout(2);
  cli.set_read_timeout(5);
  cli.Get("/");
}

void tooLong() {
  httplib::Client cli("http://example.com");
  cli.set_read_timeout(3600);
  cli.Post("/upload", "x", "text/plain");
  // CHECK: :[[@LINE-1]]:7: warning: 'Client::Post' on handle 'cli' has a timeout of 60 min, above the limit of 2 min (MaxTimeoutMs) [integration-call-without-timeout]
}

class Api {
public:
  Api() : cli_("http://example.com") { cli_.set_read_timeout(3); }
  void fetch() { cli_.Get("/items"); }

private:
  httplib::Client cli_;
};

// Credentials in the source never reach a message.
void secretInUrl() {
  httplib::Client("https://bob:hunter2@example.com").Get("/");
  // DEFAULTS: :[[@LINE-1]]:54: remark: 'Client::Get' on handle 'httplib::Client("https://***@example.com")' relies on the cpp-httplib default timeout of 5 s
}
