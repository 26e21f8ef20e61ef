/* Hand-written stand-in for ESP-IDF's esp_http_server.h: only what previoustube's main/webserver.cpp uses. */
#pragma once
#include <stddef.h>
#include <sys/types.h>
#include "esp_event.h"

typedef void *httpd_handle_t;
typedef enum { HTTP_DELETE = 0, HTTP_GET = 1, HTTP_HEAD = 2, HTTP_POST = 3, HTTP_PUT = 4 } httpd_method_t;

typedef struct httpd_req {
  httpd_handle_t handle;
  int method;
  const char uri[513];
  size_t content_len;
  void *aux;
  void *user_ctx;
  void *sess_ctx;
} httpd_req_t;

typedef struct httpd_uri {
  const char *uri;
  httpd_method_t method;
  esp_err_t (*handler)(httpd_req_t *r);
  void *user_ctx;
} httpd_uri_t;

typedef struct httpd_config {
  unsigned task_priority;
  size_t stack_size;
  uint16_t server_port;
  uint16_t ctrl_port;
  uint16_t max_open_sockets;
  uint16_t max_uri_handlers;
} httpd_config_t;

#define HTTPD_DEFAULT_CONFIG()                                                                       \
  { .task_priority = 5, .stack_size = 4096, .server_port = 80, .ctrl_port = 32768,                   \
    .max_open_sockets = 7, .max_uri_handlers = 8 }

#define HTTPD_RESP_USE_STRLEN -1
#define HTTPD_SOCK_ERR_TIMEOUT -3

#ifdef __cplusplus
extern "C" {
#endif
esp_err_t httpd_start(httpd_handle_t *handle, const httpd_config_t *config);
esp_err_t httpd_register_uri_handler(httpd_handle_t handle, const httpd_uri_t *uri_handler);
int httpd_req_recv(httpd_req_t *r, char *buf, size_t buf_len);
esp_err_t httpd_resp_send(httpd_req_t *r, const char *buf, ssize_t buf_len);
esp_err_t httpd_resp_send_408(httpd_req_t *r);
#ifdef __cplusplus
}
#endif
