// Webhooks on the Arduino cores' web servers (mock WebServer.h and
// ESPAsyncWebServer.h): `server.on(uri, [method,] handler)`. The handler
// reads the request from the server object; the server's or the handler's
// name says a webhook where the path does not; what the handler reads
// from the server object is the client's. "ok" sent as text/html is no
// HTML page; markup is.
// ESPAsyncWebServer's handlers take the request (webhook-arduino-async.cpp).
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/arduino 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <ArduinoJson.h>
#include <WebServer.h>

#define PANEL_AUTHID "1234"

WebServer server(80);
WebServer twilio_server(8080);
extern String hook_secret;
void pulse(int gpio);
void show(const String &text);
bool secure_compare(const String &a, const String &b);

void handleGithub() {
  if (!secure_compare(server.header("X-Hook-Token"), hook_secret)) {
    server.send(401);
    return;
  }
  show(server.arg("plain"));
  server.send(200);
}

// A token in the query, compared by Arduino's String::equals: verified,
// in variable time.
void handleTrigger() {
  String token = server.arg("token");
  if (!token.equals(hook_secret)) {
    // CHECK: :[[@LINE-1]]:8: warning: the secret 'hook_secret' is compared with 'equals'{{.*}} [integration-timing-unsafe-compare]
    server.send(401);
    return;
  }
  pulse(4);
  server.send(200);
}

// A handler taking nothing reads the client's values from the server
// object: a key in the query against the server's, in variable time (an
// IFTTT applet's target). A mode is no secret.
const char *apiKey = "Qw8rdb20aV";
const char *current_mode = "auto";
void handleShine() {
  if (!server.hasArg("key") || server.arg("key") != apiKey) {
    // CHECK: :[[@LINE-1]]:50: warning: the secret 'apiKey' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    server.send(401);
    return;
  }
  pulse(5);
}
void handleMode() {
  if (server.arg("mode") != current_mode)
    show(server.arg("mode"));
}

// An `auth` argument against the code's own: a secret compared in
// variable time, in the query or in the JSON body.
void handleAlarm() {
  if (server.arg("auth") != PANEL_AUTHID) {
    // CHECK: :[[@LINE-1]]:26: warning: the secret 'auth' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    server.send(401, "text/html", "Unauthorized");
    return;
  }
  show(server.arg("event"));
}
void handleAlarmJson() {
  DynamicJsonDocument doc(1024);
  if (deserializeJson(doc, server.arg("plain")))
    return;
  JsonObject data = doc.as<JsonObject>();
  if (data["auth"].as<String>() != PANEL_AUTHID)
    // CHECK: :[[@LINE-1]]:33: warning: the secret 'auth' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
    return;
  show(data["event"].as<String>());
}
// Not a secret: a JSON field that names a mode.
void handleJsonMode() {
  DynamicJsonDocument doc(1024);
  if (deserializeJson(doc, server.arg("plain")))
    return;
  if (doc["mode"].as<String>() != "auto")
    show(doc["mode"].as<String>());
}

// A path that says nothing: the server's name says who calls it.
void handle_message() { show(twilio_server.arg("Body")); }
// CHECK: :[[@LINE-1]]:6: warning: webhook handler for route '/message' never verifies the request's signature{{.*}} [integration-unverified-webhook]
void show_message() { show(server.arg("text")); }

void setup() {
  twilio_server.on("/message", handle_message);
  server.on("/message", show_message);
  server.on("/", []() { server.send(200, "text/html", "ok"); });
  server.on("/webhook", [] {
    // CHECK: :[[@LINE-1]]:10: warning: webhook handler for route '/webhook' never verifies the request's signature{{.*}} [integration-unverified-webhook]
    server.send(200, "text/html", "ok");
    show(server.arg("plain"));
  });
  server.on("/alarm", handleAlarm);
  server.on("/alarm.json", HTTP_POST, handleAlarmJson);
  server.on("/json-mode", HTTP_POST, handleJsonMode);
  // A static document (a UPnP description) and a test message the device
  // sends through a provider: not endpoints that take events.
  server.on("/eventservice.xml", [] { show(server.arg("plain")); });
  server.on("/api/telegram/test", HTTP_POST, [] { show(server.arg("text")); });
  server.on("/hooks/github", HTTP_POST, handleGithub);
  server.on("/hooks/trigger", HTTP_POST, handleTrigger);
  server.on("/settings", HTTP_POST, [] { show(server.arg("name")); });
  server.on("/shine", handleShine);
  server.on("/mode", handleMode);
  // An HTML page that lists the hooks: not one.
  server.on("/hooks", [] {
    server.send(200, "text/html", "<html><body>hooks</body></html>");
  });
  server.begin();
}
