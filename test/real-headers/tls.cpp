// REQUIRES: httplib-headers, grpc-headers
// RUN: %tidy %s -- -std=c++17 -DCPPHTTPLIB_OPENSSL_SUPPORT 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <grpcpp/grpcpp.h>
#include <httplib.h>

void httplibClient() {
  httplib::SSLClient cli("example.com");
  cli.enable_server_certificate_verification(false);
  // CHECK: :[[@LINE-1]]:7: warning: TLS certificate verification is turned off (enable_server_certificate_verification(false))
  httplib::SSLClient ok("example.com");
  ok.enable_server_certificate_verification(true);
}

void grpcChannels() {
  auto local = grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials());
  auto remote = grpc::CreateChannel("payments.example.com:443", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:23: warning: TLS certificate verification is turned off (grpc::InsecureChannelCredentials to a remote host)
  auto secure = grpc::CreateChannel("payments.example.com:443", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}
