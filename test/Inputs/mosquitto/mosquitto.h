/* Mock of libmosquitto's client API. */
#include <stdbool.h>
struct mosquitto;
enum mosq_err_t { MOSQ_ERR_SUCCESS = 0, MOSQ_ERR_NO_CONN = 4, MOSQ_ERR_CONN_LOST = 7 };
struct mosquitto *mosquitto_new(const char *id, bool clean_session, void *obj);
int mosquitto_connect(struct mosquitto *mosq, const char *host, int port, int keepalive);
int mosquitto_connect_async(struct mosquitto *mosq, const char *host, int port, int keepalive);
int mosquitto_reconnect(struct mosquitto *mosq);
int mosquitto_username_pw_set(struct mosquitto *mosq, const char *username, const char *password);
int mosquitto_loop(struct mosquitto *mosq, int timeout, int max_packets);
int mosquitto_loop_start(struct mosquitto *mosq);
int mosquitto_publish(struct mosquitto *mosq, int *mid, const char *topic, int payloadlen, const void *payload, int qos, bool retain);
int mosquitto_tls_set(struct mosquitto *mosq, const char *cafile, const char *capath, const char *certfile, const char *keyfile, int (*pw_callback)(char *buf, int size, int rwflag, void *userdata));
int mosquitto_tls_insecure_set(struct mosquitto *mosq, bool value);
int mosquitto_tls_opts_set(struct mosquitto *mosq, int cert_reqs, const char *tls_version, const char *ciphers);
