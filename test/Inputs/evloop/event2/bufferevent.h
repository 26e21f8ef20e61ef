// Minimal declarations of libevent's bufferevent API for the lit tests.
#pragma once
#include <stddef.h>
struct bufferevent;
typedef void (*bufferevent_data_cb)(struct bufferevent *bev, void *ctx);
typedef void (*bufferevent_event_cb)(struct bufferevent *bev, short what,
                                     void *ctx);
void bufferevent_setcb(struct bufferevent *bufev, bufferevent_data_cb readcb,
                       bufferevent_data_cb writecb,
                       bufferevent_event_cb eventcb, void *cbarg);
size_t bufferevent_read(struct bufferevent *bufev, void *data, size_t size);
