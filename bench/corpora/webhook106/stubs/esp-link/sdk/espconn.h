/* Hand-written stand-in for the ESP8266 NONOS SDK <espconn.h>: the connection structs and calls esp-link's httpd uses. */
#ifndef WH106_ESPCONN_H
#define WH106_ESPCONN_H
#include <c_types.h>
#include <ip_addr.h>
typedef sint8 err_t;
typedef void *espconn_handle;
typedef void (*espconn_connect_callback)(void *arg);
typedef void (*espconn_reconnect_callback)(void *arg, sint8 err);
typedef void (*espconn_recv_callback)(void *arg, char *pdata, unsigned short len);
typedef void (*espconn_sent_callback)(void *arg);
enum espconn_type { ESPCONN_INVALID = 0, ESPCONN_TCP = 0x10, ESPCONN_UDP = 0x20 };
enum espconn_state { ESPCONN_NONE, ESPCONN_WAIT, ESPCONN_LISTEN, ESPCONN_CONNECT, ESPCONN_WRITE, ESPCONN_READ, ESPCONN_CLOSE };
typedef struct _esp_tcp {
    int remote_port;
    int local_port;
    uint8 local_ip[4];
    uint8 remote_ip[4];
    espconn_connect_callback connect_callback;
    espconn_reconnect_callback reconnect_callback;
    espconn_connect_callback disconnect_callback;
    espconn_connect_callback write_finish_fn;
} esp_tcp;
typedef struct _esp_udp {
    int remote_port;
    int local_port;
    uint8 local_ip[4];
    uint8 remote_ip[4];
} esp_udp;
struct espconn {
    enum espconn_type type;
    enum espconn_state state;
    union { esp_tcp *tcp; esp_udp *udp; } proto;
    espconn_recv_callback recv_callback;
    espconn_sent_callback sent_callback;
    uint8 link_cnt;
    void *reverse;
};
#define ESPCONN_OK 0
#define ESPCONN_MEM -1
#define ESPCONN_MAXNUM -7
#define ESPCONN_INPROGRESS -5
#define ESPCONN_ARG -12
#define ESPCONN_CONN -11
#define ESPCONN_ISCONN -15
#define ESPCONN_START 0x00
#define ESPCONN_REUSEADDR 0x01
#define ESPCONN_NODELAY 0x02
#define ESPCONN_KEEPALIVE 0x08
sint8 espconn_accept(struct espconn *espconn);
sint8 espconn_connect(struct espconn *espconn);
sint8 espconn_disconnect(struct espconn *espconn);
sint8 espconn_delete(struct espconn *espconn);
sint8 espconn_sent(struct espconn *espconn, uint8 *psent, uint16 length);
sint8 espconn_send(struct espconn *espconn, uint8 *psent, uint16 length);
sint8 espconn_regist_connectcb(struct espconn *espconn, espconn_connect_callback connect_cb);
sint8 espconn_regist_recvcb(struct espconn *espconn, espconn_recv_callback recv_cb);
sint8 espconn_regist_sentcb(struct espconn *espconn, espconn_sent_callback sent_cb);
sint8 espconn_regist_reconcb(struct espconn *espconn, espconn_reconnect_callback recon_cb);
sint8 espconn_regist_disconcb(struct espconn *espconn, espconn_connect_callback discon_cb);
sint8 espconn_regist_time(struct espconn *espconn, uint32 interval, uint8 type_flag);
sint8 espconn_set_opt(struct espconn *espconn, uint8 opt);
sint8 espconn_tcp_set_max_con_allow(struct espconn *espconn, uint8 num);
sint8 espconn_get_connection_info(struct espconn *pespconn, void **pcon_info, uint8 typeflags);
#endif
