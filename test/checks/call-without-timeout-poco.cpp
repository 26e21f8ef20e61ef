// RUN: %tidy %s -- -std=c++17 -isystem %inputs/poco 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <Poco/Net/HTTPClientSession.h>

using namespace Poco::Net;

void httpDefault() {
  // Poco's HTTP sessions default to 60 s: not reported by default.
  HTTPClientSession session("example.com", 80);
  HTTPRequest req;
  session.sendRequest(req);
}

void httpExplicit() {
  HTTPClientSession session("example.com", 80);
  session.setTimeout(Poco::Timespan(10, 0));
  HTTPRequest req;
  session.sendRequest(req);
  HTTPResponse res;
  session.receiveResponse(res);
}

void rawSocket() {
  StreamSocket socket(SocketAddress("dict.org", 2628));
  // CHECK: :[[@LINE-1]]:16: warning: 'StreamSocket' on handle 'socket' has no timeout; use connect(address, timeout) and setReceiveTimeout [integration-call-without-timeout]
  StreamSocket bounded;
  bounded.connect(SocketAddress("dict.org", 2628), Poco::Timespan(5, 0));
}
