// Webhooks on ESPAsyncWebServer (mock header): `server.on(uri, method,
// [](AsyncWebServerRequest *request) {...})`.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/arduino 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <ESPAsyncWebServer.h>

AsyncWebServer server(8080);
void pulse(int gpio);
extern String api_token;

void setup() {
  server.on("/notify", HTTP_POST, [](AsyncWebServerRequest *request) {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for POST '/notify' never
    // verifies the request's signature{{.*}} [integration-unverified-webhook]
    pulse(4);
    request->send(200, "text/plain", "done");
  });
  // A token header compared with ==: verified, in variable time.
  server.on("/hooks/deploy", HTTP_POST, [](AsyncWebServerRequest *request) {
    if (!request->hasHeader("X-Api-Token") ||
        request->getHeader("X-Api-Token")->value() != api_token) {
      // CHECK: :[[@LINE-1]]:52: warning: the secret 'api_token' is compared
      // with '!='{{.*}} [integration-timing-unsafe-compare]
      request->send(401);
      return;
    }
    pulse(5);
    request->send(200);
  });
  server.on("/status", HTTP_GET, [](AsyncWebServerRequest *request) {
    request->send(200, "text/plain", "up");
  });
  server.begin();
}
