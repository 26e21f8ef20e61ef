/* A small in-house C server: handlers get the connection, and read the
   request through it. Nothing here is named like a request. */
#ifndef TINYHTTP_H
#define TINYHTTP_H
#include <stddef.h>

struct th_server;
struct th_conn;
typedef void (*th_handler)(struct th_conn *c);

void th_route(struct th_server *s, const char *path, th_handler h);
const char *th_header(struct th_conn *c, const char *name);
const char *th_body(struct th_conn *c, size_t *len);
void th_reply(struct th_conn *c, int status, const char *text);
#endif
