/* Hand-written stand-in for wolfMQTT's configure-generated wolfmqtt/options.h (webhook97 corpus): the broker
 * (--enable-broker) with its built-in username/password gate (WOLFMQTT_BROKER_AUTH), MQTT v5, no TLS. */
#ifndef WOLFMQTT_OPTIONS_H
#define WOLFMQTT_OPTIONS_H
#ifndef WOLFMQTT_BROKER
#define WOLFMQTT_BROKER
#endif
#ifndef WOLFMQTT_BROKER_AUTH
#define WOLFMQTT_BROKER_AUTH
#endif
#ifndef WOLFMQTT_V5
#define WOLFMQTT_V5
#endif
#endif
