// Eclipse Paho MQTT C: an automatic reconnect that never gives up, server
// certificates not checked, and the connects that the options' connectTimeout
// (30 s by default) bounds.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry,integration-non-idempotent-retry' -- -isystem %inputs/paho 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <MQTTAsync.h>
#include <MQTTClient.h>

int start_async(MQTTAsync client) {
  MQTTAsync_connectOptions opts = MQTTAsync_connectOptions_initializer;
  opts.keepAliveInterval = 20;
  opts.automaticReconnect = 1;
  // CHECK: :[[@LINE-1]]:8: warning: paho.mqtt.c's automatic reconnect repeats every failed connect and has no limit on attempts or time; leave automaticReconnect off and reconnect from the connectionLost callback with a capped number of attempts{{.*}} [integration-unsafe-retry]
  opts.minRetryInterval = 1;
  opts.maxRetryInterval = 30;
  return MQTTAsync_connect(client, &opts);
}

/* Clean: switched off, or decided at run time (a configuration file). */
int start_async_manual(MQTTAsync client, int reconnect) {
  MQTTAsync_connectOptions opts = MQTTAsync_connectOptions_initializer;
  opts.automaticReconnect = 0;
  MQTTAsync_connectOptions configured = MQTTAsync_connectOptions_initializer;
  configured.automaticReconnect = reconnect;
  MQTTAsync_connect(client, &configured);
  return MQTTAsync_connect(client, &opts);
}

int start_sync_tls(const char *uri) {
  MQTTClient client;
  MQTTClient_create(&client, uri, "sensor", 1, 0);
  MQTTClient_connectOptions opts = MQTTClient_connectOptions_initializer;
  MQTTClient_SSLOptions ssl = MQTTClient_SSLOptions_initializer;
  ssl.trustStore = "/etc/ssl/certs/ca.pem";
  ssl.enableServerCertAuth = 0;
  // CHECK: :[[@LINE-1]]:7: warning: {{.*}}enableServerCertAuth = 0{{.*}} [integration-tls-verification-disabled]
  opts.ssl = &ssl;
  opts.username = "sensor";
  opts.password = "hunter2";
  return MQTTClient_connect(client, &opts);
}

/* Clean: certificates checked, host name verified. */
int start_sync_verified(MQTTClient client) {
  MQTTClient_connectOptions opts = MQTTClient_connectOptions_initializer;
  MQTTClient_SSLOptions ssl = MQTTClient_SSLOptions_initializer;
  ssl.enableServerCertAuth = 1;
  ssl.verify = 1;
  opts.ssl = &ssl;
  opts.connectTimeout = 5;
  return MQTTClient_connect(client, &opts);
}

/* Clean: a hand-written reconnect loop with a limit and a growing wait. */
unsigned sleep(unsigned seconds);
int connect_with_retries(MQTTClient client, MQTTClient_connectOptions *opts) {
  unsigned wait = 1;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (MQTTClient_connect(client, opts) == 0)
      return 0;
    sleep(wait);
    wait *= 2;
  }
  return -1;
}
