#include <stddef.h>
int val_cmp_n2(const void *a, size_t a_len, const void *b, size_t b_len);
int tokens_equal(const char *a, const char *b);
int str_match(const char *a, const char *b);
int mac_verify(const unsigned char *key, size_t key_len,
               const unsigned char *data, size_t len, const unsigned char *mac);
int digest_check(const unsigned char *key, size_t key_len,
                 const unsigned char *data, size_t len,
                 const unsigned char *mac);
int token_verify(const unsigned char *key, size_t key_len,
                 const unsigned char *mac);
int key_check(const char *expected, const char *given);
