/* Stand-in for embox's <readline/readline.h> (hand-written, declaration-only). */
char *readline(const char *prompt);
