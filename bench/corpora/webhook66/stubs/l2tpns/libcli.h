/* Hand-written stand-in for libcli's public header (libcli is not installed); declarations only. */
#ifndef WEBHOOK66_LIBCLI_STUB_H
#define WEBHOOK66_LIBCLI_STUB_H
#define CLI_OK 0
#define CLI_ERROR -1
#define CLI_QUIT -2
#define CLI_ERROR_ARG -3
#define PRIVILEGE_UNPRIVILEGED 0
#define PRIVILEGE_PRIVILEGED 15
#define MODE_ANY -1
#define MODE_EXEC 0
#define MODE_CONFIG 1
struct cli_def;
struct cli_command;
void cli_print(struct cli_def *cli, const char *format, ...);
void cli_error(struct cli_def *cli, const char *format, ...);
#endif
