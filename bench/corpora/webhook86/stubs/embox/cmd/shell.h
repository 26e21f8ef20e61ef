/* Stand-in for embox's <cmd/shell.h> (hand-written, declaration-only). OPTION_GET normally comes from the
 * Mybuild-generated module options (framework/mod/options.h); the stand-in reads every option as 0 (the
 * security_support option off). */
#ifndef W86_EMBOX_SHELL_H
#define W86_EMBOX_SHELL_H
#define OPTION_GET(type, name) 0
struct shell;
const struct shell *shell_lookup(const char *shell_name);
const struct shell *shell_any(void);
int shell_run(const struct shell *shell);
int shell_exec(const struct shell *shell, const char *line);
#endif
