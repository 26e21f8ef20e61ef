// Mock of ESP-IDF's esp_http_server.h (not packaged by Debian): the
// declarations Faultline's model reads, shaped like the real header.
#ifndef MOCK_ESP_HTTP_SERVER_H
#define MOCK_ESP_HTTP_SERVER_H
#include <stddef.h>

typedef int esp_err_t;
#define ESP_OK 0
#define ESP_FAIL -1
typedef void *httpd_handle_t;

typedef enum http_method {
  HTTP_DELETE = 0,
  HTTP_GET = 1,
  HTTP_HEAD = 2,
  HTTP_POST = 3,
  HTTP_PUT = 4
} httpd_method_t;
#define HTTP_ANY -1

typedef struct httpd_req {
  httpd_handle_t handle;
  int method;
  const char uri[513];
  size_t content_len;
  void *user_ctx;
} httpd_req_t;

typedef struct httpd_uri {
  const char *uri;
  httpd_method_t method;
  esp_err_t (*handler)(httpd_req_t *r);
  void *user_ctx;
} httpd_uri_t;

typedef enum {
  HTTPD_400_BAD_REQUEST = 400,
  HTTPD_401_UNAUTHORIZED = 401
} httpd_err_code_t;

esp_err_t httpd_register_uri_handler(httpd_handle_t handle,
                                     const httpd_uri_t *uri_handler);
int httpd_req_recv(httpd_req_t *r, char *buf, size_t buf_len);
esp_err_t httpd_req_get_hdr_value_str(httpd_req_t *r, const char *field,
                                      char *val, size_t val_size);
esp_err_t httpd_resp_send(httpd_req_t *r, const char *buf, long buf_len);
esp_err_t httpd_resp_send_err(httpd_req_t *req, httpd_err_code_t error,
                              const char *msg);
esp_err_t httpd_resp_sendstr(httpd_req_t *r, const char *str);
esp_err_t httpd_req_get_url_query_str(httpd_req_t *r, char *buf,
                                      size_t buf_len);
#endif
