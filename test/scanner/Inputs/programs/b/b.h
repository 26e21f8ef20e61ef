#include <curl/curl.h>
extern CURL *shared_b;
