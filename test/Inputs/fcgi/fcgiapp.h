// Minimal declarations of the FastCGI developer kit's fcgiapp.h for the
// lit tests.
#pragma once
typedef struct FCGX_Stream FCGX_Stream;
typedef char **FCGX_ParamArray;
typedef struct FCGX_Request FCGX_Request;
int FCGX_Accept(FCGX_Stream **in, FCGX_Stream **out, FCGX_Stream **err,
                FCGX_ParamArray *envp);
int FCGX_Accept_r(FCGX_Request *request);
char *FCGX_GetParam(const char *name, FCGX_ParamArray envp);
