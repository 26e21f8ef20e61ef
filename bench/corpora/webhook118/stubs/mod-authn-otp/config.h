/* Hand-written stand-in for mod-authn-otp's autoconf config.h (webhook118): only the package macros. */
#define PACKAGE "mod_authn_otp"
#define PACKAGE_NAME "mod_authn_otp"
#define PACKAGE_TARNAME "mod_authn_otp"
#define PACKAGE_VERSION "1.1.11"
#define PACKAGE_STRING "mod_authn_otp 1.1.11"
#define PACKAGE_BUGREPORT ""
#define PACKAGE_URL ""
#define VERSION "1.1.11"
#define STDC_HEADERS 1
