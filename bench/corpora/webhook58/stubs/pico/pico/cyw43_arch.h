/* Hand-written stand-in for the Pico SDK CYW43 header (declarations only). */
#ifndef STUB_PICO_CYW43_ARCH_H
#define STUB_PICO_CYW43_ARCH_H
void cyw43_arch_lwip_begin(void);
void cyw43_arch_lwip_end(void);
#endif
