/* Hand-written stand-in for the ESP8266 NONOS SDK <osapi.h>: the os_* names map to the ROM ets_* routines. */
#ifndef WH106_OSAPI_H
#define WH106_OSAPI_H
#include <c_types.h>
#include <stddef.h>
#include <ets_sys.h>
int ets_strncmp(const char *s1, const char *s2, int len);
size_t ets_strlen(const char *s);
int ets_memcmp(const void *s1, const void *s2, size_t n);
int ets_strcmp(const char *s1, const char *s2);
void *ets_memcpy(void *dest, const void *src, size_t n);
void *ets_memset(void *s, int c, size_t n);
void *ets_memmove(void *dest, const void *src, size_t n);
char *ets_strcpy(char *dest, const char *src);
char *ets_strncpy(char *dest, const char *src, size_t n);
char *ets_strstr(const char *haystack, const char *needle);
int ets_sprintf(char *str, const char *format, ...);
#define os_memcmp ets_memcmp
#define os_memcpy ets_memcpy
#define os_memmove ets_memmove
#define os_memset ets_memset
#define os_strcat strcat
#define os_strchr strchr
#define os_strcmp ets_strcmp
#define os_strcpy ets_strcpy
#define os_strlen ets_strlen
#define os_strncmp ets_strncmp
#define os_strncpy ets_strncpy
#define os_strstr ets_strstr
#define os_sprintf ets_sprintf
#define os_printf os_printf_plus
#define os_timer_t ETSTimer
#define os_timer_disarm ets_timer_disarm
#define os_timer_setfn ets_timer_setfn
#define os_timer_arm(t, ms, rep) ets_timer_arm_new(t, ms, rep, 1)
void ets_timer_arm_new(ETSTimer *t, uint32_t ms, bool repeat, int isMs);
unsigned long os_random(void);
#endif
