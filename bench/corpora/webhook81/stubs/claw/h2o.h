/* Hand-written declaration-only stand-in for the parts of h2o's public API (and of libuv, which h2o.h pulls in when
   built with H2O_USE_LIBUV) that h4rldev/claw uses. Not the real header: types are reduced to the members claw touches. */
#ifndef WEBHOOK81_STUB_H2O_H
#define WEBHOOK81_STUB_H2O_H
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <openssl/ssl.h>

#define H2O_USE_LIBUV 1
#define H2O_USE_NPN 0
#define H2O_USE_ALPN 1

/* --- libuv subset --- */
typedef struct uv_loop_s { void *data; } uv_loop_t;
typedef struct uv_handle_s { void *data; uv_loop_t *loop; } uv_handle_t;
typedef struct uv_stream_s { void *data; uv_loop_t *loop; } uv_stream_t;
typedef struct uv_tcp_s { void *data; uv_loop_t *loop; } uv_tcp_t;
typedef void (*uv_close_cb)(uv_handle_t *handle);
typedef void (*uv_connection_cb)(uv_stream_t *server, int status);
typedef enum { UV_RUN_DEFAULT = 0, UV_RUN_ONCE, UV_RUN_NOWAIT } uv_run_mode;
int uv_loop_init(uv_loop_t *loop);
int uv_run(uv_loop_t *loop, uv_run_mode mode);
int uv_tcp_init(uv_loop_t *loop, uv_tcp_t *handle);
int uv_tcp_bind(uv_tcp_t *handle, const struct sockaddr *addr, unsigned int flags);
int uv_listen(uv_stream_t *stream, int backlog, uv_connection_cb cb);
int uv_accept(uv_stream_t *server, uv_stream_t *client);
void uv_close(uv_handle_t *handle, uv_close_cb close_cb);
int uv_ip4_addr(const char *ip, int port, struct sockaddr_in *addr);
const char *uv_strerror(int err);

/* --- h2o core types --- */
typedef struct st_h2o_iovec_t { char *base; size_t len; } h2o_iovec_t;
#define H2O_STRLIT(s) (s), (sizeof(s) - 1)
h2o_iovec_t h2o_iovec_init(const void *base, size_t len);
int h2o_memis(const void *target, size_t target_len, const void *test, size_t test_len);

typedef struct st_h2o_mem_pool_t { void *chunks; size_t chunk_offset; } h2o_mem_pool_t;
void *h2o_mem_alloc(size_t sz);
h2o_iovec_t h2o_strdup(h2o_mem_pool_t *pool, const char *s, size_t len);

typedef struct st_h2o_token_t { h2o_iovec_t buf; } h2o_token_t;
extern const h2o_token_t h2o__tokens[];
#define H2O_TOKEN_CONTENT_LENGTH (h2o__tokens + 1)
#define H2O_TOKEN_CONTENT_TYPE (h2o__tokens + 2)

typedef struct st_h2o_header_t { h2o_iovec_t *name; const char *orig_name; h2o_iovec_t value; } h2o_header_t;
typedef struct st_h2o_headers_t { h2o_header_t *entries; size_t size; size_t capacity; } h2o_headers_t;
ssize_t h2o_find_header(const h2o_headers_t *headers, const h2o_token_t *token, ssize_t cursor);
ssize_t h2o_add_header(h2o_mem_pool_t *pool, h2o_headers_t *headers, const h2o_token_t *token, const char *orig_name,
                       const char *value, size_t value_len);

typedef struct st_h2o_res_t { int status; const char *reason; size_t content_length; h2o_headers_t headers; } h2o_res_t;
typedef struct st_h2o_req_t h2o_req_t;
struct st_h2o_req_t {
    h2o_iovec_t method;
    h2o_iovec_t path;
    h2o_headers_t headers;
    h2o_iovec_t entity;
    h2o_res_t res;
    h2o_mem_pool_t pool;
};
typedef struct st_h2o_generator_t h2o_generator_t;
typedef void (*h2o_generator_proceed_cb)(h2o_generator_t *self, h2o_req_t *req);
typedef void (*h2o_generator_stop_cb)(h2o_generator_t *self, h2o_req_t *req);
struct st_h2o_generator_t { h2o_generator_proceed_cb proceed; h2o_generator_stop_cb stop; };
void h2o_start_response(h2o_req_t *req, h2o_generator_t *generator);
void h2o_send(h2o_req_t *req, h2o_iovec_t *bufs, size_t bufcnt, int state);

typedef struct st_h2o_handler_t h2o_handler_t;
struct st_h2o_handler_t {
    size_t _config_slot;
    void (*on_context_init)(h2o_handler_t *self, void *ctx);
    void (*on_context_dispose)(h2o_handler_t *self, void *ctx);
    void (*dispose)(h2o_handler_t *self);
    int (*on_req)(h2o_handler_t *self, h2o_req_t *req);
};
typedef struct st_h2o_pathconf_t { void *global; h2o_iovec_t path; } h2o_pathconf_t;
typedef struct st_h2o_hostconf_t { void *global; } h2o_hostconf_t;
typedef struct st_h2o_globalconf_t { h2o_hostconf_t **hosts; h2o_iovec_t server_name; } h2o_globalconf_t;
void h2o_config_init(h2o_globalconf_t *config);
h2o_hostconf_t *h2o_config_register_host(h2o_globalconf_t *config, h2o_iovec_t host, uint16_t port);
h2o_pathconf_t *h2o_config_register_path(h2o_hostconf_t *hostconf, const char *path, int flags);
h2o_handler_t *h2o_create_handler(h2o_pathconf_t *conf, size_t sz);

typedef struct st_h2o_multithread_queue_t h2o_multithread_queue_t;
typedef struct st_h2o_multithread_receiver_t h2o_multithread_receiver_t;
typedef void (*h2o_multithread_receiver_cb)(h2o_multithread_receiver_t *receiver, void *messages);
struct st_h2o_multithread_receiver_t { h2o_multithread_queue_t *queue; h2o_multithread_receiver_cb cb; };
void h2o_multithread_register_receiver(h2o_multithread_queue_t *queue, h2o_multithread_receiver_t *receiver,
                                       h2o_multithread_receiver_cb cb);

typedef struct st_h2o_context_t { uv_loop_t *loop; h2o_globalconf_t *globalconf; h2o_multithread_queue_t *queue; } h2o_context_t;
void h2o_context_init(h2o_context_t *context, uv_loop_t *loop, h2o_globalconf_t *config);

typedef struct st_h2o_socket_t { void *data; } h2o_socket_t;
h2o_socket_t *h2o_uv_socket_create(uv_handle_t *handle, uv_close_cb close_cb);
void h2o_socket_ssl_async_resumption_setup_ctx(SSL_CTX *ctx);
void h2o_ssl_register_alpn_protocols(SSL_CTX *ctx, const h2o_iovec_t *protocols);
void h2o_ssl_register_npn_protocols(SSL_CTX *ctx, const char *protocols);

typedef struct st_h2o_accept_ctx_t {
    h2o_context_t *ctx;
    h2o_hostconf_t **hosts;
    SSL_CTX *ssl_ctx;
    int expect_proxy_line;
    h2o_multithread_receiver_t *libmemcached_receiver;
} h2o_accept_ctx_t;
void h2o_accept(h2o_accept_ctx_t *ctx, h2o_socket_t *sock);

/* access log and compress handlers */
#define H2O_LOGCONF_ESCAPE_APACHE 0
typedef struct st_h2o_access_log_filehandle_t h2o_access_log_filehandle_t;
h2o_access_log_filehandle_t *h2o_access_log_open_handle(const char *path, const char *fmt, int escape);
void *h2o_access_log_register(h2o_pathconf_t *pathconf, h2o_access_log_filehandle_t *handle);
typedef struct st_h2o_compress_args_t {
    size_t min_size;
    struct { int quality; } gzip;
    struct { int quality; } brotli;
} h2o_compress_args_t;
void h2o_compress_register(h2o_pathconf_t *pathconf, h2o_compress_args_t *args);
void h2o_compress_register_configurator(h2o_globalconf_t *conf);
#endif
