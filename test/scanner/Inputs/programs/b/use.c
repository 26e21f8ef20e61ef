#include "b.h"

void fetch_b(void) { curl_easy_perform(shared_b); }
