/* Hand-written stand-in for esphook main/config_store.h (signatures inferred from the calls in http_server.c). */
#pragma once
#include <stdbool.h>
#include <stddef.h>
void config_seen_add(const char *type, const char *id);
int config_seen_count(const char *type);
void config_seen_at(const char *type, int i, char *out, size_t outlen);
void config_set_keymap(const char *keys[3]);
void config_set_display_name(const char *type, const char *id, const char *name);
void config_get_display_name(const char *type, const char *id, char *out, size_t outlen);
