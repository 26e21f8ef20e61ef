// REQUIRES: poco-headers
// RUN: %tidy %s -config="{CheckOptions: {integration-call-without-timeout.ReportLibraryDefaults: true}}" -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/StreamSocket.h>

void session() {
  Poco::Net::HTTPClientSession s("example.com", 80);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/");
  s.sendRequest(req);
  // CHECK: :[[@LINE-1]]:5: remark: 'HTTPClientSession::sendRequest' on handle 's' relies on the poco-net default timeout of 1 min
  Poco::Net::HTTPClientSession t("example.com", 80);
  t.setTimeout(Poco::Timespan(5, 0));
  t.sendRequest(req);
}

void socket() {
  Poco::Net::StreamSocket sock(Poco::Net::SocketAddress("example.com", 80));
  // CHECK: :[[@LINE-1]]:27: warning: 'StreamSocket' on handle 'sock' has no timeout
}
