// Hand-written stand-in for jsoncpp's <json/json.h> (not installed): odamex's sv_main.h only names Json::Value in
// prototypes. Declarations only.
#ifndef WEBHOOK70_STUB_JSON_H
#define WEBHOOK70_STUB_JSON_H
namespace Json {
class Value;
}
#endif
