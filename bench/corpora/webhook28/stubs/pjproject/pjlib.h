/* Hand-written declaration-only stand-in for pjproject's pjlib.h (pjproject is not packaged in Debian 12): the pj types,
   constants and functions lucval/sms-ws uses. Like the real umbrella header it reaches the C library headers below. */
#ifndef STUB_PJLIB_H
#define STUB_PJLIB_H
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

typedef int pj_status_t;
typedef int pj_bool_t;
typedef long pj_ssize_t;
typedef size_t pj_size_t;
typedef unsigned short pj_uint16_t;
typedef unsigned int pj_uint32_t;
typedef struct pj_str_t { char *ptr; pj_ssize_t slen; } pj_str_t;
typedef struct pj_time_val { long sec; long msec; } pj_time_val;

#define PJ_SUCCESS 0
#define PJ_TRUE 1
#define PJ_FALSE 0
#define PJ_ERRNO_START_STATUS 70000
#define PJ_EUNKNOWN (PJ_ERRNO_START_STATUS + 1)
#define PJ_ENOTFOUND (PJ_ERRNO_START_STATUS + 6)
#define PJ_ENOMEM (PJ_ERRNO_START_STATUS + 7)
#define PJ_UNUSED_ARG(arg) (void)arg
#define PJ_CHECK_STACK()

pj_status_t pj_init(void);
void pj_shutdown(void);
pj_str_t *pj_strerror(pj_status_t statcode, char *buf, pj_size_t bufsize);
const pj_str_t *pj_gethostname(void);

/* logging: PJ_LOG(level, (sender, format, ...)) */
void pj_log_set_level(int level);
void pj_log_wrapper(int level, const char *sender, const char *format, ...);
#define pj_log_wrapper_args(...) __VA_ARGS__
#define PJ_LOG(level, arg) pj_log_wrapper(level, pj_log_wrapper_args arg)

/* strings */
pj_str_t pj_str(char *str);
const char *pj_strbuf(const pj_str_t *str);
typedef struct pj_pool_t pj_pool_t;
pj_str_t *pj_strdup(pj_pool_t *pool, pj_str_t *dst, const pj_str_t *src);
void pj_bzero(void *dst, pj_size_t size);

/* pools */
typedef struct pj_pool_factory_policy { int flags; } pj_pool_factory_policy;
typedef struct pj_pool_factory { pj_pool_factory_policy policy; } pj_pool_factory;
typedef struct pj_caching_pool { pj_pool_factory factory; pj_size_t capacity; } pj_caching_pool;
typedef void pj_pool_callback(pj_pool_t *pool, pj_size_t size);
extern pj_pool_factory_policy pj_pool_factory_default_policy;
pj_pool_t *pj_pool_create(pj_pool_factory *factory, const char *name, pj_size_t initial_size,
                          pj_size_t increment_size, pj_pool_callback *callback);
void pj_pool_release(pj_pool_t *pool);
void *pj_pool_zalloc(pj_pool_t *pool, pj_size_t size);
void pj_caching_pool_init(pj_caching_pool *cp, const pj_pool_factory_policy *policy, pj_size_t max_capacity);
void pj_caching_pool_destroy(pj_caching_pool *cp);

/* timers */
typedef struct pj_timer_heap_t pj_timer_heap_t;
struct pj_timer_entry;
typedef void pj_timer_heap_callback(pj_timer_heap_t *timer_heap, struct pj_timer_entry *entry);
typedef struct pj_timer_entry {
    void *user_data;
    int id;
    pj_timer_heap_callback *cb;
} pj_timer_entry;

/* threads and mutexes */
typedef struct pj_thread_t pj_thread_t;
typedef long pj_thread_desc[64];
typedef int (pj_thread_proc)(void *);
pj_status_t pj_thread_create(pj_pool_t *pool, const char *thread_name, pj_thread_proc *proc, void *arg,
                             pj_size_t stack_size, unsigned flags, pj_thread_t **thread);
pj_status_t pj_thread_register(const char *thread_name, pj_thread_desc desc, pj_thread_t **thread);
typedef struct pj_mutex_t pj_mutex_t;
typedef enum pj_mutex_type_e { PJ_MUTEX_DEFAULT, PJ_MUTEX_SIMPLE, PJ_MUTEX_RECURSE } pj_mutex_type_e;
pj_status_t pj_mutex_create(pj_pool_t *pool, const char *name, int type, pj_mutex_t **mutex);
pj_status_t pj_mutex_lock(pj_mutex_t *mutex);
pj_status_t pj_mutex_unlock(pj_mutex_t *mutex);

/* sockets */
typedef struct pj_in_addr { pj_uint32_t s_addr; } pj_in_addr;
typedef struct pj_sockaddr_in {
    pj_uint16_t sin_family;
    pj_uint16_t sin_port;
    pj_in_addr sin_addr;
    char sin_zero[8];
} pj_sockaddr_in;
pj_uint16_t pj_AF_INET(void);
pj_uint16_t pj_htons(pj_uint16_t hostshort);

#endif
