// Webhooks on the Arduino cores' raw TCP server: the client that
// `server.available()` (or `accept()`) hands out is the connection, and the
// code that reads it and writes an HTTP answer is the server. An IFTTT
// applet's call is a webhook by its name; a status page is not one.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/arduino 2>&1 | FileCheck %s -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/arduino -DSTATUS_ONLY 2>&1 | FileCheck %s --allow-empty --check-prefix=STATUS -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/arduino -DSTATUS_ONLY -DIFTTT 2>&1 | FileCheck %s --check-prefix=ACCEPT -implicit-check-not='warning:'
#include <WiFi.h>

void set_relay(bool on);
WiFiServer server(80);

#ifndef STATUS_ONLY
// Parses the request line for the server, which goes on after it: the
// server is the loop that accepted the client, not this parser.
static int readRequestLine(WiFiClient &client) {
  String line = client.readStringUntil('\r');
  return line.find(" HTTP/1.") == String::npos ? -1 : 0;
}

// IFTTT's Webhooks service calls `http://<ip>/?state=on`.
void serve_ifttt_applet() {
  // CHECK: :[[@LINE-1]]:6: warning: webhook handler for (route set at run time; a webhook by its name 'serve_ifttt_applet') never verifies{{.*}} [integration-unverified-webhook]
  WiFiClient client = server.available();
  if (!client || readRequestLine(client) < 0)
    return;
  String request = client.readStringUntil('\r');
  set_relay(request.find("state=on") != String::npos);
  client.print("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nok");
  client.stop();
}
#else
// With IFTTT, the same loop (a client assigned from `accept()`) serves the
// applet.
#ifdef IFTTT
#define serve_status_page serve_ifttt_status
#endif
// STATUS-NOT: warning:
void serve_status_page() {
  // ACCEPT: :[[@LINE-1]]:6: warning: webhook handler for (route set at run time; a webhook by its name 'serve_ifttt_status') never verifies{{.*}} [integration-unverified-webhook]
  WiFiClient client;
  client = server.accept();
  if (!client)
    return;
  client.readStringUntil('\r');
  client.print("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nup");
  client.stop();
}
#endif
