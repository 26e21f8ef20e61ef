/* Mock of Eclipse Paho MQTT C's synchronous API (MQTTClient.h), 1.3. */
#ifndef MOCK_MQTTCLIENT_H
#define MOCK_MQTTCLIENT_H
typedef void *MQTTClient;
typedef struct {
  char struct_id[4];
  int struct_version;
  const char *trustStore;
  int enableServerCertAuth;
  int verify;
} MQTTClient_SSLOptions;
#define MQTTClient_SSLOptions_initializer {{'M', 'Q', 'T', 'S'}, 5, 0, 1, 0}
typedef struct {
  char struct_id[4];
  int struct_version;
  int keepAliveInterval;
  int cleansession;
  const char *username;
  const char *password;
  int connectTimeout;
  MQTTClient_SSLOptions *ssl;
} MQTTClient_connectOptions;
#define MQTTClient_connectOptions_initializer                                  \
  {{'M', 'Q', 'T', 'C'}, 8, 60, 1, 0, 0, 30, 0}
int MQTTClient_create(MQTTClient *handle, const char *serverURI,
                      const char *clientId, int persistence_type,
                      void *persistence_context);
int MQTTClient_connect(MQTTClient handle, MQTTClient_connectOptions *options);
int MQTTClient_publish(MQTTClient handle, const char *topicName, int payloadlen,
                       const void *payload, int qos, int retained, int *dt);
#endif
