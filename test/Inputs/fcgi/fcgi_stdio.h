// Minimal declarations of the FastCGI developer kit's stdio interface
// (libfcgi-dev's fcgi_stdio.h) for the lit tests.
#pragma once
#include <stdio.h>
int FCGI_Accept(void);
void FCGI_Finish(void);
