/* Hand-written stand-in for the Arduino core's libb64/cencode.h (declarations only). */
#pragma once
#define base64_encode_expected_len(n) ((((4 * (n)) / 3) + 3) & ~3)
#ifdef __cplusplus
extern "C" {
#endif
int base64_encode_chars(const char* plaintext_in, int length_in, char* code_out);
#ifdef __cplusplus
}
#endif
