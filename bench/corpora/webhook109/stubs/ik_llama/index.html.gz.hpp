// Hand-written stand-in for the header CMake generates from examples/server/public/index.html.gz (xxd-style array).
#pragma once
static const unsigned char index_html_gz[] = {0};
static const unsigned int index_html_gz_len = 1;
