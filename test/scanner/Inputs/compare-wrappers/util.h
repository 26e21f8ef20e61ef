#include <stddef.h>
int val_cmp_n2(const void *a, size_t a_len, const void *b, size_t b_len);
int tokens_equal(const char *a, const char *b);
int str_match(const char *a, const char *b);
