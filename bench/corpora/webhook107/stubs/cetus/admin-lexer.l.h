/* Hand-written stand-in for the flex-generated admin-lexer.l.h of Cetus (plugins/admin/admin-lexer.l, prefix
 * "adminyy", reentrant): only the declarations admin-plugin.c uses. Written for the webhook107 corpus. */
#ifndef WH107_CETUS_ADMIN_LEXER_L_H
#define WH107_CETUS_ADMIN_LEXER_L_H
#include <stddef.h>
typedef void *yyscan_t;
typedef struct yy_buffer_state *YY_BUFFER_STATE;
int adminyylex_init(yyscan_t *scanner);
int adminyylex_destroy(yyscan_t scanner);
YY_BUFFER_STATE adminyy_scan_string(const char *str, yyscan_t scanner);
void adminyy_delete_buffer(YY_BUFFER_STATE b, yyscan_t scanner);
int adminyylex(yyscan_t scanner);
char *adminyyget_text(yyscan_t scanner);
int adminyyget_leng(yyscan_t scanner);
#endif
