/* Hand-written stand-in for the ESP8266 NONOS SDK <ets_sys.h>: timer type and the flash attribute. */
#ifndef WH106_ETS_SYS_H
#define WH106_ETS_SYS_H
#include <c_types.h>
#ifndef ICACHE_FLASH_ATTR
#define ICACHE_FLASH_ATTR
#endif
#ifndef ICACHE_RODATA_ATTR
#define ICACHE_RODATA_ATTR
#endif
#define ICACHE_RAM_ATTR
typedef void ETSTimerFunc(void *timer_arg);
typedef struct _ETSTIMER_ {
    struct _ETSTIMER_ *timer_next;
    uint32_t timer_expire;
    uint32_t timer_period;
    ETSTimerFunc *timer_func;
    void *timer_arg;
} ETSTimer;
typedef uint32_t ETSSignal;
typedef uint32_t ETSParam;
typedef struct ETSEventTag { ETSSignal sig; ETSParam par; } ETSEvent;
typedef void (*ETSTask)(ETSEvent *e);
void ets_intr_lock(void);
void ets_intr_unlock(void);
#define ETS_UART_INTR_ENABLE()
#define ETS_UART_INTR_DISABLE()
#endif
