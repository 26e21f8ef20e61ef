// Hand-written stand-in for the header CMake generates from the server's loading.html (xxd-style array).
#pragma once
static const unsigned char loading_html[] = {0};
static const unsigned int loading_html_len = 1;
