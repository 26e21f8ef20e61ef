// Mock of paho.mqtt.cpp 1.2's clients and options (one header for the test).
#ifndef MOCK_MQTT_ASYNC_CLIENT_H
#define MOCK_MQTT_ASYNC_CLIENT_H
#include <chrono>
#include <string>
namespace mqtt {
class token {
public:
  void wait();
  bool wait_for(long ms);
};
using token_ptr = token *;
class ssl_options {
public:
  void set_enable_server_cert_auth(bool on);
  void set_verify(bool v);
};
class ssl_options_builder {
public:
  ssl_options_builder &enable_server_cert_auth(bool on);
  ssl_options_builder &verify(bool on = true);
  ssl_options finalize();
};
class connect_options {
public:
  void set_automatic_reconnect(bool on);
  void set_automatic_reconnect(int minRetryInterval, int maxRetryInterval);
  void set_user_name(const std::string &name);
  void set_password(const std::string &password);
  void set_ssl(const ssl_options &ssl);
};
class connect_options_builder {
public:
  connect_options_builder &clean_session(bool on = true);
  connect_options_builder &automatic_reconnect(bool on = true);
  template <class Rep1, class Period1, class Rep2, class Period2>
  connect_options_builder &
  automatic_reconnect(const std::chrono::duration<Rep1, Period1> &minRetry,
                      const std::chrono::duration<Rep2, Period2> &maxRetry);
  connect_options_builder &user_name(const std::string &name);
  connect_options_builder &password(const std::string &password);
  connect_options finalize();
};
class iasync_client {
public:
  virtual ~iasync_client();
  virtual token_ptr connect(connect_options options) = 0;
  virtual token_ptr reconnect() = 0;
};
class async_client : public iasync_client {
public:
  async_client(const std::string &serverURI, const std::string &clientId);
  token_ptr connect(connect_options options) override;
  token_ptr reconnect() override;
  token_ptr publish(const std::string &topic, const std::string &payload);
};
class client {
public:
  client(const std::string &serverURI, const std::string &clientId);
  void connect(connect_options options);
  void reconnect();
  void publish(const std::string &topic, const std::string &payload);
  void set_timeout(int timeoutMS);
};
} // namespace mqtt
#endif
