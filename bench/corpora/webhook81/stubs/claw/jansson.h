/* Hand-written declaration-only stand-in for the jansson API subset used by h4rldev/claw (webhook81 stubs). */
#ifndef WEBHOOK81_STUB_JANSSON_H
#define WEBHOOK81_STUB_JANSSON_H
#include <stddef.h>
#include <stdio.h>
typedef long long json_int_t;
typedef enum { JSON_OBJECT, JSON_ARRAY, JSON_STRING, JSON_INTEGER, JSON_REAL, JSON_TRUE, JSON_FALSE, JSON_NULL } json_type;
typedef struct json_t { json_type type; size_t refcount; } json_t;
#define JSON_ERROR_TEXT_LENGTH 160
#define JSON_ERROR_SOURCE_LENGTH 80
typedef struct json_error_t { int line; int column; int position; char source[JSON_ERROR_SOURCE_LENGTH]; char text[JSON_ERROR_TEXT_LENGTH]; } json_error_t;
#define JSON_INDENT(n) ((n) & 0x1F)
#define json_typeof(j) ((j)->type)
#define json_is_object(j) ((j) && json_typeof(j) == JSON_OBJECT)
#define json_is_string(j) ((j) && json_typeof(j) == JSON_STRING)
#define json_is_integer(j) ((j) && json_typeof(j) == JSON_INTEGER)
#define json_is_boolean(j) ((j) && (json_typeof(j) == JSON_TRUE || json_typeof(j) == JSON_FALSE))
#define json_boolean_value(j) ((j) && json_typeof(j) == JSON_TRUE)
json_t *json_object(void);
json_t *json_string(const char *value);
json_t *json_integer(json_int_t value);
json_t *json_true(void);
json_t *json_false(void);
json_t *json_object_get(const json_t *object, const char *key);
int json_object_set_new(json_t *object, const char *key, json_t *value);
int json_object_set(json_t *object, const char *key, json_t *value);
const char *json_string_value(const json_t *string);
json_int_t json_integer_value(const json_t *integer);
void json_decref(json_t *json);
json_t *json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error);
json_t *json_load_file(const char *path, size_t flags, json_error_t *error);
char *json_dumps(const json_t *json, size_t flags);
size_t json_dumpb(const json_t *json, char *buffer, size_t size, size_t flags);
int json_dumpf(const json_t *json, FILE *output, size_t flags);
#endif
