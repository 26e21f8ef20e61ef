/* A location recorder: connects to its broker with a user and password. */
#include <mosquitto.h>

struct mosquitto *start(void) {
  struct mosquitto *mosq = mosquitto_new("recorder", true, 0);
  mosquitto_username_pw_set(mosq, "recorder", "s3cret-password");
  mosquitto_connect(mosq, "broker.example.com", 8883, 60);
  return mosq;
}
