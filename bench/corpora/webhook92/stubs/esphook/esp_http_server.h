/* Hand-written stand-in for ESP-IDF esp_http_server.h: the subset main/http_server.c uses (declarations only). */
#pragma once
#include <stddef.h>
#include <sys/types.h>
#include "esp_err.h"
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
    unsigned short server_port;
    unsigned short max_uri_handlers;
} httpd_config_t;
#define HTTPD_DEFAULT_CONFIG() { .task_priority = 5, .stack_size = 4096, .server_port = 80, .max_uri_handlers = 8 }
esp_err_t httpd_start(httpd_handle_t *handle, const httpd_config_t *config);
esp_err_t httpd_register_uri_handler(httpd_handle_t handle, const httpd_uri_t *uri_handler);
int httpd_req_recv(httpd_req_t *r, char *buf, size_t buf_len);
int httpd_req_to_sockfd(httpd_req_t *r);
esp_err_t httpd_resp_send_err(httpd_req_t *req, int error, const char *msg);
esp_err_t httpd_resp_set_type(httpd_req_t *r, const char *type);
esp_err_t httpd_resp_sendstr(httpd_req_t *r, const char *str);
esp_err_t httpd_resp_sendstr_chunk(httpd_req_t *r, const char *str);
