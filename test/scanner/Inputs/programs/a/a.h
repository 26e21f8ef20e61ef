void fetch_a(const char *url);
