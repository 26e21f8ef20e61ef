// Hand-written declaration-only stand-in for interactive-matter/aJson's aJSON.h, with the print buffer enlarged to 4096 as
// ESP8266HueEmulator's README requires.
#pragma once
#include <Arduino.h>
#define PRINT_BUFFER_LEN 4096
#define aJson_NULL 0
#define aJson_Boolean 1
#define aJson_False aJson_Boolean
#define aJson_True aJson_Boolean
#define aJson_Int 2
#define aJson_Float 3
#define aJson_String 4
#define aJson_Array 5
#define aJson_Object 6
#define aJson_IsReference 128
typedef struct aJsonObject {
    char *name;
    struct aJsonObject *next, *prev;
    struct aJsonObject *child;
    char type;
    union {
        char *valuestring;
        char valuebool;
        int valueint;
        double valuefloat;
    };
} aJsonObject;
class aJsonStream : public Print {
public:
    size_t write(uint8_t ch) override;
};
class aJsonClass {
public:
    aJsonObject *parse(aJsonStream *stream);
    aJsonObject *parse(char *value);
    int printObject(aJsonObject *item, aJsonStream *stream);
    char *print(aJsonObject *item);
    void deleteItem(aJsonObject *c);
    unsigned char getArraySize(aJsonObject *array);
    aJsonObject *getArrayItem(aJsonObject *array, unsigned char item);
    aJsonObject *getObjectItem(aJsonObject *object, const char *string);
    aJsonObject *createNull();
    aJsonObject *createItem(bool b);
    aJsonObject *createItem(char b);
    aJsonObject *createItem(int num);
    aJsonObject *createItem(double num);
    aJsonObject *createItem(const char *string);
    aJsonObject *createTrue();
    aJsonObject *createFalse();
    aJsonObject *createArray();
    aJsonObject *createObject();
    aJsonObject *createIntArray(int *numbers, unsigned char count);
    aJsonObject *createFloatArray(double *numbers, unsigned char count);
    aJsonObject *createDoubleArray(double *numbers, unsigned char count);
    aJsonObject *createStringArray(const char **strings, unsigned char count);
    void addItemToArray(aJsonObject *array, aJsonObject *item);
    void addItemToObject(aJsonObject *object, const char *string, aJsonObject *item);
    void addNullToObject(aJsonObject *object, const char *name);
    void addBooleanToObject(aJsonObject *object, const char *name, bool b);
    void addNumberToObject(aJsonObject *object, const char *name, int n);
    void addNumberToObject(aJsonObject *object, const char *name, double n);
    void addStringToObject(aJsonObject *object, const char *name, const char *s);
    aJsonObject *detachItemFromArray(aJsonObject *array, unsigned char which);
    void deleteItemFromArray(aJsonObject *array, unsigned char which);
    aJsonObject *detachItemFromObject(aJsonObject *object, const char *string);
    void deleteItemFromObject(aJsonObject *object, const char *string);
    void replaceItemInArray(aJsonObject *array, unsigned char which, aJsonObject *newitem);
    void replaceItemInObject(aJsonObject *object, const char *string, aJsonObject *newitem);
};
extern aJsonClass aJson;
