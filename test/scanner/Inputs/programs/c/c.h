#include <curl/curl.h>
extern CURL *shared_c;
void setup_c(void);
