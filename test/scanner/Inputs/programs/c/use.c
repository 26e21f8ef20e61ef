#include "c.h"

void fetch_c(void) { curl_easy_perform(shared_c); }
