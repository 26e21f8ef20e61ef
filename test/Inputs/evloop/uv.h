// Minimal declarations of libuv's stream API for the lit tests.
#pragma once
#include <stddef.h>
#include <sys/types.h>
typedef struct uv_buf_t {
  char *base;
  size_t len;
} uv_buf_t;
typedef struct uv_stream_s uv_stream_t;
typedef struct uv_tcp_s uv_tcp_t;
typedef struct uv_handle_s uv_handle_t;
typedef void (*uv_alloc_cb)(uv_handle_t *handle, size_t suggested_size,
                            uv_buf_t *buf);
typedef void (*uv_read_cb)(uv_stream_t *stream, ssize_t nread,
                           const uv_buf_t *buf);
typedef void (*uv_connection_cb)(uv_stream_t *server, int status);
int uv_listen(uv_stream_t *stream, int backlog, uv_connection_cb cb);
int uv_accept(uv_stream_t *server, uv_stream_t *client);
int uv_read_start(uv_stream_t *stream, uv_alloc_cb alloc_cb,
                  uv_read_cb read_cb);
