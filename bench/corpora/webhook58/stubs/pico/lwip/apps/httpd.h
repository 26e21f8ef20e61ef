/* Hand-written stand-in for lwIP's httpd application header (declarations only). */
#ifndef STUB_LWIP_HTTPD_H
#define STUB_LWIP_HTTPD_H
#include <stdint.h>
typedef uint8_t u8_t;
typedef uint16_t u16_t;
typedef int8_t err_t;
#define ERR_OK 0
#define ERR_VAL -6
struct pbuf { struct pbuf *next; void *payload; u16_t tot_len; u16_t len; };
u16_t pbuf_copy_partial(const struct pbuf *p, void *dataptr, u16_t len, u16_t offset);
u8_t pbuf_free(struct pbuf *p);
void httpd_init(void);
#endif
