/* Hand-written minimal <ctype.h> for parsing esp-link. */
#ifndef WH106_CTYPE_H
#define WH106_CTYPE_H
int isalnum(int c);
int isalpha(int c);
int isdigit(int c);
int isspace(int c);
int isxdigit(int c);
int isprint(int c);
int tolower(int c);
int toupper(int c);
#endif
