// REQUIRES: paho-c-headers
// Eclipse Paho MQTT C 1.3 on Debian's headers: the asynchronous client's
// automatic reconnect, server certificates not checked, password login.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry' 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <MQTTAsync.h>
#include <MQTTClient.h>
#include <stddef.h>

static void on_connect(void *context, MQTTAsync_successData *response) {}

int telemetry_start(MQTTAsync *client, const char *uri) {
  MQTTAsync_create(client, uri, "telemetry", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  MQTTAsync_connectOptions conn_opts = MQTTAsync_connectOptions_initializer;
  MQTTAsync_SSLOptions ssl_opts = MQTTAsync_SSLOptions_initializer;
  ssl_opts.enableServerCertAuth = 0;
  // CHECK: :[[@LINE-1]]:12: warning: {{.*}}enableServerCertAuth = 0{{.*}} [integration-tls-verification-disabled]
  conn_opts.ssl = &ssl_opts;
  conn_opts.keepAliveInterval = 20;
  conn_opts.cleansession = 1;
  conn_opts.automaticReconnect = 1;
  // CHECK: :[[@LINE-1]]:13: warning: paho.mqtt.c's automatic reconnect repeats every failed connect and has no limit on attempts or time{{.*}} [integration-unsafe-retry]
  conn_opts.onSuccess = on_connect;
  conn_opts.context = *client;
  return MQTTAsync_connect(*client, &conn_opts);
}

/* Clean: the synchronous client's connect is bounded by connectTimeout,
   certificates are checked and the reconnect is left to the caller. */
int sensor_start(MQTTClient *client, const char *uri, const char *password) {
  MQTTClient_create(client, uri, "sensor", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  MQTTClient_connectOptions conn_opts = MQTTClient_connectOptions_initializer;
  MQTTClient_SSLOptions ssl_opts = MQTTClient_SSLOptions_initializer;
  ssl_opts.trustStore = "/etc/ssl/certs/ca-certificates.crt";
  ssl_opts.verify = 1;
  conn_opts.ssl = &ssl_opts;
  conn_opts.connectTimeout = 10;
  conn_opts.username = "sensor";
  conn_opts.password = password;
  return MQTTClient_connect(*client, &conn_opts);
}
