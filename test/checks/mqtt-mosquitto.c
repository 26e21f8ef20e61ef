// libmosquitto: a blocking connect has no timeout of its own, TLS
// verification can be turned off, and a daemon's loop reconnects for ever.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled,integration-unsafe-retry' -- -isystem %inputs/mosquitto 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mosquitto.h>

unsigned sleep(unsigned seconds);
static volatile int run = 1;

struct mosquitto *open_blocking(const char *host) {
  struct mosquitto *mosq = mosquitto_new("recorder", true, 0);
  mosquitto_connect(mosq, host, 8883, 60);
  // CHECK: :[[@LINE-1]]:3: warning: 'mosquitto_connect' on handle 'mosq' has no timeout (the blocking connect waits for the system's TCP connect timeout){{.*}} [integration-call-without-timeout]
  return mosq;
}

/* Clean: the network thread connects; the caller does not wait. */
struct mosquitto *open_async(const char *host) {
  struct mosquitto *mosq = mosquitto_new("recorder", true, 0);
  mosquitto_tls_set(mosq, "/etc/ssl/ca.pem", 0, 0, 0, 0);
  mosquitto_tls_insecure_set(mosq, false);
  mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", 0);
  mosquitto_connect_async(mosq, host, 8883, 60);
  mosquitto_loop_start(mosq);
  return mosq;
}

void trust_anything(struct mosquitto *mosq, int insecure) {
  mosquitto_tls_insecure_set(mosq, true);
  // CHECK: :[[@LINE-1]]:3: warning: {{.*}}mosquitto_tls_insecure_set(true){{.*}} [integration-tls-verification-disabled]
  mosquitto_tls_opts_set(mosq, 0, "tlsv1.2", 0);
  // CHECK: :[[@LINE-1]]:3: warning: {{.*}}mosquitto_tls_opts_set(SSL_VERIFY_NONE){{.*}} [integration-tls-verification-disabled]
  /* Decided at run time (a command-line option): not reported. */
  mosquitto_tls_insecure_set(mosq, insecure);
}

/* The daemon's loop reconnects whenever the network loop fails, for as long
   as it runs. */
void serve(struct mosquitto *mosq) {
  while (run) {
    int rc = mosquitto_loop(mosq, 1000, 1);
    if (run && rc) {
      sleep(10);
      mosquitto_reconnect(mosq);
      // CHECK-DAG: :[[@LINE-1]]:7: warning: 'mosquitto_reconnect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
      // CHECK-DAG: :[[@LINE-2]]:7: warning: 'mosquitto_reconnect' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
    }
  }
}

/* Clean for the retry check: a failure ends the loop after one reconnect. */
void serve_once(struct mosquitto *mosq) {
  while (run) {
    int rc = mosquitto_loop(mosq, 1000, 1);
    if (rc) {
      mosquitto_reconnect(mosq);
      // CHECK: :[[@LINE-1]]:7: warning: 'mosquitto_reconnect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
      return;
    }
  }
}

/* Clean for the retry check: the reconnect sits in an else that leaves. */
void serve_until_lost(struct mosquitto *mosq) {
  while (run) {
    int rc = mosquitto_loop(mosq, 1000, 1);
    if (rc == MOSQ_ERR_SUCCESS) {
      continue;
    } else {
      mosquitto_reconnect(mosq);
      // CHECK: :[[@LINE-1]]:7: warning: 'mosquitto_reconnect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
      break;
    }
  }
}

/* ... or a failed reconnect ends the loop. */
void serve_while_reconnecting(struct mosquitto *mosq) {
  while (run) {
    int rc = mosquitto_loop(mosq, 1000, 1);
    if (rc) {
      sleep(1);
      if (mosquitto_reconnect(mosq) != MOSQ_ERR_SUCCESS)
        // CHECK: :[[@LINE-1]]:11: warning: 'mosquitto_reconnect' on handle 'mosq' has no timeout{{.*}} [integration-call-without-timeout]
        break;
    }
  }
}
