/* Hand-written declaration-only subset of the jansson API (webhook65 corpus; libjansson-dev is not installed):
   only the names brubeck's headers and src/http.c use. */
#ifndef WEBHOOK65_JANSSON_STUB_H
#define WEBHOOK65_JANSSON_STUB_H
#include <stddef.h>
#include <stdint.h>

typedef struct json_t json_t;
typedef long long json_int_t;
#define JSON_ERROR_TEXT_LENGTH 160
typedef struct json_error_t {
	int line;
	int column;
	int position;
	char source[80];
	char text[JSON_ERROR_TEXT_LENGTH];
} json_error_t;

#define JSON_INDENT(n) ((n) & 0x1F)
#define JSON_PRESERVE_ORDER 0x100

json_t *json_object(void);
json_t *json_array(void);
json_t *json_string(const char *value);
json_t *json_integer(json_int_t value);
json_t *json_real(double value);
json_t *json_true(void);
json_t *json_false(void);
json_t *json_null(void);
json_t *json_pack(const char *fmt, ...);
int json_unpack(json_t *root, const char *fmt, ...);
int json_unpack_ex(json_t *root, json_error_t *error, size_t flags, const char *fmt, ...);
int json_object_set_new(json_t *object, const char *key, json_t *value);
json_t *json_object_get(const json_t *object, const char *key);
int json_array_append_new(json_t *array, json_t *value);
size_t json_array_size(const json_t *array);
json_t *json_array_get(const json_t *array, size_t index);
const char *json_string_value(const json_t *string);
json_int_t json_integer_value(const json_t *integer);
char *json_dumps(const json_t *json, size_t flags);
json_t *json_load_file(const char *path, size_t flags, json_error_t *error);
void json_decref(json_t *json);
json_t *json_incref(json_t *json);
#endif
