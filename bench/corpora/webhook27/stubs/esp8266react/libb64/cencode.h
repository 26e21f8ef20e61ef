/* Hand-written declaration-only stand-in for the ESP32 core's libb64/cencode.h. */
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
#define base64_encode_expected_len(n) ((((4 * n) / 3) + 3) & ~3)
typedef enum { step_A, step_B, step_C } base64_encodestep;
typedef struct { base64_encodestep step; char result; int stepcount; } base64_encodestate;
void base64_init_encodestate(base64_encodestate *state_in);
char base64_encode_value(char value_in);
int base64_encode_block(const char *plaintext_in, int length_in, char *code_out, base64_encodestate *state_in);
int base64_encode_blockend(char *code_out, base64_encodestate *state_in);
int base64_encode_chars(const char *plaintext_in, int length_in, char *code_out);
#ifdef __cplusplus
}
#endif
