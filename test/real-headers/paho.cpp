// REQUIRES: paho-cpp-headers
// paho.mqtt.cpp 1.2 on Debian's headers: automatic reconnects without an
// attempt limit, server certificates not checked, a publish token waited on
// without a limit; bounded manual reconnects, a connect's token and the
// synchronous client's token timeout are clean.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry,integration-non-idempotent-retry' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mqtt/async_client.h>
#include <mqtt/client.h>

#include <chrono>
#include <string>
#include <thread>

void publish_forever(const std::string &uri) {
  mqtt::async_client cli(uri, "publisher");
  auto sslopts = mqtt::ssl_options_builder()
                     .trust_store("/etc/ssl/certs/ca.pem")
                     .enable_server_cert_auth(false)
                     // CHECK: :[[@LINE-1]]:23: warning: {{.*}}enable_server_cert_auth(false){{.*}} [integration-tls-verification-disabled]
                     .finalize();
  auto connOpts = mqtt::connect_options_builder()
                      .clean_session()
                      .ssl(std::move(sslopts))
                      .automatic_reconnect(std::chrono::seconds(2),
                                           std::chrono::seconds(30))
                      // CHECK: :[[@LINE-2]]:24: warning: paho.mqtt.cpp's automatic reconnect repeats every failed connect and has no limit on attempts or time{{.*}} [integration-unsafe-retry]
                      .finalize();
  cli.connect(connOpts)->wait();
  cli.publish("data/time", "12:00", 1, false)->wait();
  // CHECK: :[[@LINE-1]]:48: warning: 'token::wait' has no timeout (token::wait() blocks until the broker acknowledges, with no time limit){{.*}} [integration-call-without-timeout]
  /* Clean: bounded waits, and a connect's token (bounded by connectTimeout). */
  mqtt::delivery_token_ptr tok = cli.publish("data/time", "12:01", 1, false);
  tok->wait_for(std::chrono::seconds(5));
  mqtt::token_ptr conntok = cli.reconnect();
  conntok->wait();
}

void consume(mqtt::async_client &cli) {
  mqtt::connect_options connOpts;
  connOpts.set_automatic_reconnect(true);
  // CHECK: :[[@LINE-1]]:12: warning: paho.mqtt.cpp's automatic reconnect {{.*}} [integration-unsafe-retry]
  cli.connect(connOpts)->wait();
}

/* Clean: five reconnects, 2.5 s apart, then give up. */
bool try_reconnect(mqtt::async_client &cli) {
  constexpr int N_ATTEMPT = 30;
  for (int i = 0; i < N_ATTEMPT && !cli.is_connected(); ++i) {
    try {
      cli.reconnect();
      return true;
    } catch (const mqtt::exception &) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    }
  }
  return false;
}

/* Clean: the synchronous client waits at most 3 s for every token. */
void sync_publish(const std::string &uri) {
  mqtt::client cli(uri, "sync");
  cli.set_timeout(std::chrono::seconds(3));
  auto connOpts = mqtt::connect_options_builder()
                      .automatic_reconnect(false)
                      .user_name("sync")
                      .finalize();
  cli.connect(connOpts);
  cli.publish("data/x", "1", 1);
}
