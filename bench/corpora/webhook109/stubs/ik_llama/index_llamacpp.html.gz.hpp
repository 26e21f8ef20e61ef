// Hand-written stand-in for the header CMake generates from the llama.cpp web UI bundle (xxd-style array).
#pragma once
static const unsigned char index_llamacpp_html_gz[] = {0};
static const unsigned int index_llamacpp_html_gz_len = 1;
