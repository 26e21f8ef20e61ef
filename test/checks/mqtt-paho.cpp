// paho.mqtt.cpp: the library's automatic reconnect has no attempt limit;
// server certificates can be left unchecked. The synchronous client waits at
// most its timeout (30 s by default) and the asynchronous connect at most
// connectTimeout, so no call lacks a timeout.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry,integration-non-idempotent-retry' -- -std=c++17 -isystem %inputs/paho 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mqtt/async_client.h>
#include <mqtt/connect_options.h>
#include <mqtt/ssl_options.h>

#include <chrono>
#include <thread>

void publisher(mqtt::async_client &cli) {
  auto opts = mqtt::connect_options_builder()
                  .clean_session()
                  .automatic_reconnect(std::chrono::seconds(1),
                                       std::chrono::seconds(30))
                  // CHECK: :[[@LINE-2]]:20: warning: paho.mqtt.cpp's automatic reconnect repeats every failed connect and has no limit on attempts or time; leave automatic_reconnect off{{.*}} [integration-unsafe-retry]
                  .finalize();
  cli.connect(opts)->wait();
}

void consumer(mqtt::async_client &cli) {
  auto opts = mqtt::connect_options_builder().automatic_reconnect().finalize();
  // CHECK: :[[@LINE-1]]:47: warning: paho.mqtt.cpp's automatic reconnect {{.*}} [integration-unsafe-retry]
  cli.connect(opts)->wait();
}

void legacy(mqtt::async_client &cli) {
  mqtt::connect_options opts;
  opts.set_automatic_reconnect(true);
  // CHECK: :[[@LINE-1]]:8: warning: paho.mqtt.cpp's automatic reconnect {{.*}} [integration-unsafe-retry]
  cli.connect(opts);
}

/* Clean: switched off, or decided at run time. */
void configured(mqtt::async_client &cli, bool reconnect) {
  mqtt::connect_options opts;
  opts.set_automatic_reconnect(false);
  auto built = mqtt::connect_options_builder()
                   .automatic_reconnect(false)
                   .automatic_reconnect(reconnect)
                   .finalize();
  cli.connect(built);
}

/* Clean: a bounded manual reconnect with a fixed wait. */
bool try_reconnect(mqtt::async_client &cli) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    try {
      cli.reconnect()->wait();
      return true;
    } catch (...) {
    }
  }
  return false;
}

void insecure_tls(mqtt::async_client &cli) {
  auto ssl = mqtt::ssl_options_builder().enable_server_cert_auth(false).finalize();
  // CHECK: :[[@LINE-1]]:42: warning: {{.*}}enable_server_cert_auth(false){{.*}} [integration-tls-verification-disabled]
  mqtt::ssl_options legacy;
  legacy.set_enable_server_cert_auth(false);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}enable_server_cert_auth(false){{.*}} [integration-tls-verification-disabled]
  /* Clean: checked. */
  auto checked = mqtt::ssl_options_builder().enable_server_cert_auth(true).verify().finalize();
}

/* Waiting on a publish token has no limit; a connect's token is bounded by
   connectTimeout, and wait_for by its argument. */
void async_publish(mqtt::async_client &cli) {
  mqtt::token_ptr conntok = cli.connect(mqtt::connect_options());
  conntok->wait();
  cli.publish("sensors/t", "21.5")->wait();
  // CHECK: :[[@LINE-1]]:37: warning: 'token::wait' has no timeout{{.*}} [integration-call-without-timeout]
  mqtt::token_ptr pubtok = cli.publish("sensors/t", "21.6");
  pubtok->wait();
  // CHECK: :[[@LINE-1]]:11: warning: 'token::wait' has no timeout{{.*}} [integration-call-without-timeout]
  cli.publish("sensors/t", "21.7")->wait_for(5000);
}

/* Clean for timeouts: the synchronous client waits at most its timeout. */
void sync_publish(mqtt::client &cli) {
  cli.set_timeout(3000);
  cli.connect(mqtt::connect_options());
  cli.publish("sensors/t", "21.5");
}
