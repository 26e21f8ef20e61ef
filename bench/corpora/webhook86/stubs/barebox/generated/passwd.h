/* Stand-in for barebox's generated include/generated/passwd.h (hand-written): what security/Makefile writes
 * when no default password is configured (an empty string). */
static const char default_passwd[] = "";
