/* Hand-written stand-in for the Raspberry Pi Pico SDK header (declarations only). */
#ifndef STUB_PICO_STDLIB_H
#define STUB_PICO_STDLIB_H
#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
void sleep_ms(uint32_t ms);
uint32_t to_ms_since_boot(uint64_t t);
uint64_t get_absolute_time(void);
#endif
