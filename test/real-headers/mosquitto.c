// REQUIRES: mosquitto-headers
// libmosquitto on Debian's header: blocking connects, connect loops, TLS.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry' 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mosquitto.h>
#include <stdbool.h>
#include <unistd.h>

/* Connects until the broker answers, half a second apart, never giving up. */
struct mosquitto *connect_until_up(const char *host, int port) {
  struct mosquitto *mosq = mosquitto_new("camera", true, NULL);
  int ret;
  do {
    ret = mosquitto_connect(mosq, host, port, 15);
    // CHECK-DAG: :[[@LINE-1]]:11: warning: 'mosquitto_connect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
    // CHECK-DAG: :[[@LINE-2]]:11: warning: 'mosquitto_connect' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
    if (ret != MOSQ_ERR_SUCCESS)
      usleep(500 * 1000);
  } while (ret != MOSQ_ERR_SUCCESS);
  return mosq;
}

/* Clean for the retry check: five attempts, waiting longer each time. */
struct mosquitto *connect_a_few_times(const char *host, int port) {
  struct mosquitto *mosq = mosquitto_new("camera", true, NULL);
  mosquitto_tls_set(mosq, "/etc/ssl/certs/ca.pem", NULL, NULL, NULL, NULL);
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (mosquitto_connect(mosq, host, port, 15) == MOSQ_ERR_SUCCESS)
      // CHECK: :[[@LINE-1]]:9: warning: 'mosquitto_connect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
      break;
    sleep(1u << attempt);
  }
  return mosq;
}

/* Clean: the network thread connects; the caller does not wait. */
struct mosquitto *connect_in_background(const char *host, int port) {
  struct mosquitto *mosq = mosquitto_new("camera", true, NULL);
  mosquitto_connect_async(mosq, host, port, 15);
  mosquitto_loop_start(mosq);
  return mosq;
}

void skip_host_check(struct mosquitto *mosq) {
  mosquitto_tls_insecure_set(mosq, true);
  // CHECK: :[[@LINE-1]]:3: warning: {{.*}}mosquitto_tls_insecure_set(true){{.*}} [integration-tls-verification-disabled]
}

/* The main loop of a daemon: reconnect after every failure. */
void serve(struct mosquitto *mosq, volatile bool *run) {
  while (*run) {
    int rc = mosquitto_loop(mosq, 1000, 1);
    if (*run && rc) {
      sleep(10);
      mosquitto_reconnect(mosq);
      // CHECK-DAG: :[[@LINE-1]]:7: warning: 'mosquitto_reconnect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
      // CHECK-DAG: :[[@LINE-2]]:7: warning: 'mosquitto_reconnect' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
    }
  }
}
