/* Hand-written stand-in for esphook main/events.h (types and queues used by http_server.c; FreeRTOS queue API
   reduced to a declaration). */
#pragma once
typedef void *QueueHandle_t;
int xQueueSend(QueueHandle_t q, const void *item, unsigned ticks);
typedef enum { EVT_NOTIFY = 0, EVT_DISMISS = 1 } display_event_kind_t;
typedef struct {
    display_event_kind_t kind;
    char client_id[64];
    char session_id[64];
    char title[64];
    char body[256];
    char callback[64];
} display_event_t;
typedef enum { BEEP_NOTIFY = 0 } beep_kind_t;
extern QueueHandle_t display_q;
extern QueueHandle_t beeper_q;
void set_last_callback(const char *cb);
