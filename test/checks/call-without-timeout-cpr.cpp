// RUN: %tidy %s -- -std=c++17 -isystem %inputs/cpr 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cpr/cpr.h>

void freeFunctions() {
  cpr::Get(cpr::Url("https://example.com"));
  // CHECK: :[[@LINE-1]]:8: warning: 'Get' has no timeout; pass cpr::Timeout{ms} with the request (or Session::SetTimeout) [integration-call-without-timeout]
  cpr::Get(cpr::Url("https://example.com"), cpr::Timeout(1000));
  cpr::Post(cpr::Url("https://example.com"), cpr::Header(), cpr::Timeout(2000));
}

void sessions() {
  cpr::Session configured;
  configured.SetUrl(cpr::Url("https://example.com"));
  configured.SetTimeout(cpr::Timeout(1000));
  configured.Get();

  cpr::Session bare;
  bare.SetUrl(cpr::Url("https://example.com"));
  bare.Post();
  // CHECK: :[[@LINE-1]]:8: warning: 'Session::Post' on handle 'bare' has no timeout; call session.SetTimeout(cpr::Timeout{ms}) before the request
}
