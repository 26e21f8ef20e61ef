/* Hand-written stand-in for cJSON.h (ESP-IDF component; libcjson-dev is not installed): declarations only. */
#pragma once
typedef struct cJSON {
    struct cJSON *next, *prev, *child;
    int type;
    char *valuestring;
    int valueint;
    double valuedouble;
    char *string;
} cJSON;
cJSON *cJSON_Parse(const char *value);
cJSON *cJSON_GetObjectItem(const cJSON *object, const char *string);
int cJSON_IsString(const cJSON *item);
void cJSON_Delete(cJSON *item);
