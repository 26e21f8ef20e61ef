/* Mock of Eclipse Paho MQTT C's asynchronous API (MQTTAsync.h), shaped like
   1.3: option structs are typedefs of anonymous structs. */
#ifndef MOCK_MQTTASYNC_H
#define MOCK_MQTTASYNC_H
typedef void *MQTTAsync;
typedef struct {
  char struct_id[4];
  int struct_version;
  const char *trustStore;
  int enableServerCertAuth;
  int verify;
} MQTTAsync_SSLOptions;
#define MQTTAsync_SSLOptions_initializer {{'M', 'Q', 'T', 'S'}, 5, 0, 1, 0}
typedef struct {
  char struct_id[4];
  int struct_version;
  int keepAliveInterval;
  int cleansession;
  const char *username;
  const char *password;
  int connectTimeout;
  MQTTAsync_SSLOptions *ssl;
  int automaticReconnect;
  int minRetryInterval;
  int maxRetryInterval;
} MQTTAsync_connectOptions;
#define MQTTAsync_connectOptions_initializer                                   \
  {{'M', 'Q', 'T', 'C'}, 8, 60, 1, 0, 0, 30, 0, 0, 1, 60}
int MQTTAsync_create(MQTTAsync *handle, const char *serverURI,
                     const char *clientId, int persistence_type,
                     void *persistence_context);
int MQTTAsync_connect(MQTTAsync handle, const MQTTAsync_connectOptions *options);
int MQTTAsync_reconnect(MQTTAsync handle);
#endif
