/* Hand-written stand-in for the lemon-generated admin-parser.y.h of Cetus (token codes of
 * plugins/admin/admin-parser.y): only TK_SEMI, which admin-plugin.c names; the value is arbitrary here.
 * Written for the webhook107 corpus. */
#ifndef WH107_CETUS_ADMIN_PARSER_Y_H
#define WH107_CETUS_ADMIN_PARSER_Y_H
#define TK_SEMI 1
#endif
