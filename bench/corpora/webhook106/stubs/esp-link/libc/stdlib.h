/* Hand-written minimal <stdlib.h> for parsing esp-link. */
#ifndef WH106_STDLIB_H
#define WH106_STDLIB_H
#include <stddef.h>
void *malloc(size_t n);
void *calloc(size_t n, size_t m);
void *realloc(void *p, size_t n);
void free(void *p);
long strtol(const char *s, char **e, int b);
unsigned long strtoul(const char *s, char **e, int b);
int abs(int x);
#endif
