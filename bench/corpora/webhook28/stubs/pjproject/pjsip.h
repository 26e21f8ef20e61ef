/* Hand-written declaration-only stand-in for pjproject's pjsip.h (see pjlib.h): the SIP types and calls sms-ws uses. */
#ifndef STUB_PJSIP_H
#define STUB_PJSIP_H
#include <pjlib.h>

typedef struct pjsip_endpoint pjsip_endpoint;
typedef struct pjsip_event pjsip_event;

typedef enum pjsip_method_e {
    PJSIP_INVITE_METHOD, PJSIP_CANCEL_METHOD, PJSIP_ACK_METHOD, PJSIP_BYE_METHOD, PJSIP_REGISTER_METHOD,
    PJSIP_OPTIONS_METHOD, PJSIP_OTHER_METHOD
} pjsip_method_e;
typedef struct pjsip_method { pjsip_method_e id; pj_str_t name; } pjsip_method;

typedef enum pjsip_status_code {
    PJSIP_SC_OK = 200,
    PJSIP_SC_REQUEST_TERMINATED = 487,
    PJSIP_SC_INTERNAL_SERVER_ERROR = 500
} pjsip_status_code;

typedef enum pjsip_role_e { PJSIP_ROLE_UAC, PJSIP_ROLE_UAS } pjsip_role_e;
typedef enum pjsip_tsx_state_e {
    PJSIP_TSX_STATE_NULL, PJSIP_TSX_STATE_CALLING, PJSIP_TSX_STATE_TRYING, PJSIP_TSX_STATE_PROCEEDING,
    PJSIP_TSX_STATE_COMPLETED, PJSIP_TSX_STATE_CONFIRMED, PJSIP_TSX_STATE_TERMINATED, PJSIP_TSX_STATE_DESTROYED
} pjsip_tsx_state_e;

enum pjsip_module_priority {
    PJSIP_MOD_PRIORITY_TRANSPORT_LAYER = 8,
    PJSIP_MOD_PRIORITY_TSX_LAYER = 16,
    PJSIP_MOD_PRIORITY_UA_PROXY_LAYER = 32,
    PJSIP_MOD_PRIORITY_DIALOG_USAGE = 48,
    PJSIP_MOD_PRIORITY_APPLICATION = 64
};

#define PJSIP_MAX_MODULE 32

/* URIs and headers */
typedef void pjsip_uri;
typedef struct pjsip_sip_uri { pj_str_t user; pj_str_t passwd; pj_str_t host; int port; } pjsip_sip_uri;
void *pjsip_uri_get_uri(const void *uri);
typedef struct pjsip_hdr { struct pjsip_hdr *prev, *next; int type; pj_str_t name; pj_str_t sname; } pjsip_hdr;
typedef struct pjsip_generic_string_hdr {
    struct pjsip_generic_string_hdr *prev, *next; int type; pj_str_t name; pj_str_t sname;
    pj_str_t hvalue;
} pjsip_generic_string_hdr;
typedef struct pjsip_fromto_hdr {
    struct pjsip_fromto_hdr *prev, *next; int type; pj_str_t name; pj_str_t sname;
    pjsip_uri *uri; pj_str_t tag;
} pjsip_from_hdr, pjsip_to_hdr;
typedef struct pjsip_cid_hdr {
    struct pjsip_cid_hdr *prev, *next; int type; pj_str_t name; pj_str_t sname;
    pj_str_t id;
} pjsip_cid_hdr;
void pjsip_generic_string_hdr_init2(pjsip_generic_string_hdr *h, pj_str_t *hname, pj_str_t *hvalue);

/* messages */
typedef struct pjsip_msg_body { void *data; unsigned len; } pjsip_msg_body;
typedef struct pjsip_request_line { pjsip_method method; pjsip_uri *uri; } pjsip_request_line;
typedef struct pjsip_status_line { int code; pj_str_t reason; } pjsip_status_line;
typedef struct pjsip_msg {
    int type;
    union { pjsip_request_line req; pjsip_status_line status; } line;
    pjsip_hdr hdr;
    pjsip_msg_body *body;
} pjsip_msg;
void pjsip_msg_add_hdr(pjsip_msg *msg, pjsip_hdr *hdr);
void *pjsip_msg_find_hdr_by_name(const pjsip_msg *msg, const pj_str_t *name, const void *start);

typedef struct pjsip_rx_data {
    struct {
        pjsip_msg *msg;
        pjsip_from_hdr *from;
        pjsip_to_hdr *to;
        pjsip_cid_hdr *cid;
    } msg_info;
} pjsip_rx_data;
typedef struct pjsip_tx_data { pj_pool_t *pool; pjsip_msg *msg; } pjsip_tx_data;
pj_status_t pjsip_tx_data_dec_ref(pjsip_tx_data *tdata);

/* transports */
typedef struct pjsip_host_port { pj_str_t host; int port; } pjsip_host_port;
typedef struct pjsip_transport { char obj_name[32]; pjsip_host_port local_name; } pjsip_transport;
pj_status_t pjsip_udp_transport_start(pjsip_endpoint *endpt, const pj_sockaddr_in *local,
                                      const pjsip_host_port *a_name, unsigned async_cnt, pjsip_transport **p_transport);

/* modules and transactions */
typedef struct pjsip_transaction {
    pj_pool_t *pool;
    pjsip_role_e role;
    int status_code;
    pj_str_t status_text;
    pjsip_tsx_state_e state;
    void *mod_data[PJSIP_MAX_MODULE];
} pjsip_transaction;
typedef struct pjsip_module {
    struct pjsip_module *prev, *next;
    pj_str_t name;
    int id;
    int priority;
    pj_status_t (*load)(pjsip_endpoint *endpt);
    pj_status_t (*start)(void);
    pj_status_t (*stop)(void);
    pj_status_t (*unload)(void);
    pj_bool_t (*on_rx_request)(pjsip_rx_data *rdata);
    pj_bool_t (*on_rx_response)(pjsip_rx_data *rdata);
    pj_status_t (*on_tx_request)(pjsip_tx_data *tdata);
    pj_status_t (*on_tx_response)(pjsip_tx_data *tdata);
    void (*on_tsx_state)(pjsip_transaction *tsx, pjsip_event *event);
} pjsip_module;

pj_status_t pjsip_endpt_create(pj_pool_factory *pf, const char *name, pjsip_endpoint **endpt);
void pjsip_endpt_destroy(pjsip_endpoint *endpt);
pj_status_t pjsip_endpt_register_module(pjsip_endpoint *endpt, pjsip_module *module);
pj_status_t pjsip_endpt_handle_events(pjsip_endpoint *endpt, const pj_time_val *max_timeout);
pj_status_t pjsip_endpt_schedule_timer(pjsip_endpoint *endpt, pj_timer_entry *entry, const pj_time_val *delay);
void pjsip_endpt_cancel_timer(pjsip_endpoint *endpt, pj_timer_entry *entry);
pj_status_t pjsip_endpt_create_request(pjsip_endpoint *endpt, const pjsip_method *method, const pj_str_t *target,
                                       const pj_str_t *from, const pj_str_t *to, const pj_str_t *contact,
                                       const pj_str_t *call_id, int cseq, const pj_str_t *text,
                                       pjsip_tx_data **p_tdata);
pj_status_t pjsip_endpt_create_response(pjsip_endpoint *endpt, const pjsip_rx_data *rdata, int st_code,
                                        const pj_str_t *st_text, pjsip_tx_data **p_tdata);
pj_status_t pjsip_endpt_respond_stateless(pjsip_endpoint *endpt, pjsip_rx_data *rdata, int st_code,
                                          const pj_str_t *st_text, const pjsip_hdr *hdr_list,
                                          const pjsip_msg_body *body);
pj_status_t pjsip_tsx_layer_init_module(pjsip_endpoint *endpt);
pj_status_t pjsip_tsx_create_uac(pjsip_module *tsx_user, pjsip_tx_data *tdata, pjsip_transaction **p_tsx);
pj_status_t pjsip_tsx_create_uas(pjsip_module *tsx_user, pjsip_rx_data *rdata, pjsip_transaction **p_tsx);
void pjsip_tsx_recv_msg(pjsip_transaction *tsx, pjsip_rx_data *rdata);
pj_status_t pjsip_tsx_send_msg(pjsip_transaction *tsx, pjsip_tx_data *tdata);
pj_status_t pjsip_tsx_terminate(pjsip_transaction *tsx, int code);

#endif
