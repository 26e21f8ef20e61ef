// REQUIRES: rdkafka-headers
// Kafka producers over the real librdkafka headers (C and C++ APIs): a
// producer retries failed sends on its own, so it needs idempotence.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>
#include <memory>
#include <string>

void cProducer(const char *brokers, const char *topic) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof err);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  // CHECK: :[[@LINE-1]]:20: warning: Kafka producer 'rk' retries failed sends on its own (librdkafka retries by default) but idempotence is off{{.*}} [integration-non-idempotent-retry]
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_VALUE((void *)"x", 1),
                    RD_KAFKA_V_END);
  // A full local queue waited out with no limit: nothing is sent twice
  // (the message was never queued), but it spins while the broker is away.
  while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic),
                           RD_KAFKA_V_VALUE((void *)"y", 1),
                           RD_KAFKA_V_END) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
    rd_kafka_poll(rk, 100);
  // CHECK: :[[@LINE-4]]:10: warning: 'rd_kafka_producev' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
}

// librdkafka's own example: `goto retry` on QUEUE_FULL, polling meanwhile.
void cGotoRetry(rd_kafka_t *rk, const char *topic) {
retry:
  if (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_END)) {
    // CHECK: :[[@LINE-1]]:7: warning: 'rd_kafka_producev' is retried by the 'goto retry', which has no limit on attempts or time{{.*}} [integration-unsafe-retry]
    if (rd_kafka_last_error() == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
      rd_kafka_poll(rk, 1000);
      goto retry;
    }
  }
}

// Clean: a bounded wait for room in the queue.
void cBoundedQueueFull(rd_kafka_t *rk, const char *topic) {
  for (int tries = 0; tries < 5; ++tries) {
    if (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_END) !=
        RD_KAFKA_RESP_ERR__QUEUE_FULL)
      break;
    rd_kafka_poll(rk, 100 << tries);
  }
}

// Clean: idempotence on.
void cIdempotent(const char *brokers) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, err, sizeof err);
  rd_kafka_conf_set(conf, "enable.idempotence", "true", err, sizeof err);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("t"), RD_KAFKA_V_END);
}

// Clean: a consumer is no producer.
void cConsumer() {
  char err[512];
  rd_kafka_t *rk =
      rd_kafka_new(RD_KAFKA_CONSUMER, rd_kafka_conf_new(), err, sizeof err);
  rd_kafka_consumer_poll(rk, 100);
}

void cppProducer(const std::string &brokers) {
  std::string err;
  std::unique_ptr<RdKafka::Conf> conf(
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  conf->set("bootstrap.servers", brokers, err);
  conf->set("acks", "all", err);
  std::unique_ptr<RdKafka::Producer> producer(
      RdKafka::Producer::create(conf.get(), err));
  // CHECK: :[[@LINE-1]]:26: warning: Kafka producer {{.*}} retries failed sends on its own{{.*}}conf->set("enable.idempotence", "true", errstr) before Producer::create [integration-non-idempotent-retry]
  producer->produce("orders", RdKafka::Topic::PARTITION_UA,
                    RdKafka::Producer::RK_MSG_COPY, (void *)"x", 1, nullptr, 0,
                    0, nullptr);
}

// Clean: a transactional producer is idempotent.
void cppTransactional(const std::string &brokers) {
  std::string err;
  std::unique_ptr<RdKafka::Conf> conf(
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  conf->set("bootstrap.servers", brokers, err);
  conf->set("transactional.id", "orders-1", err);
  std::unique_ptr<RdKafka::Producer> producer(
      RdKafka::Producer::create(conf.get(), err));
  producer->produce("orders", RdKafka::Topic::PARTITION_UA,
                    RdKafka::Producer::RK_MSG_COPY, (void *)"x", 1, nullptr, 0,
                    0, nullptr);
}

// Clean: the configuration comes from a file, key by key (unknown).
void fromFile(const std::vector<std::pair<std::string, std::string>> &kv) {
  std::string err;
  std::unique_ptr<RdKafka::Conf> conf(
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  for (const auto &p : kv)
    conf->set(p.first, p.second, err);
  std::unique_ptr<RdKafka::Producer> producer(
      RdKafka::Producer::create(conf.get(), err));
  producer->produce("orders", RdKafka::Topic::PARTITION_UA,
                    RdKafka::Producer::RK_MSG_COPY, (void *)"x", 1, nullptr, 0,
                    0, nullptr);
}
