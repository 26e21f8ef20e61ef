#include <cpprest/http_client.h>

web::http::client::http_client_config make_config(const char *profile) {
  web::http::client::http_client_config config;
  config.set_validate_certificates(profile != nullptr);
  return config;
}
