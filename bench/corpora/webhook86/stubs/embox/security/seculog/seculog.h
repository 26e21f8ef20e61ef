/* Stand-in for embox's <security/seculog/seculog.h> (hand-written, declaration-only). */
typedef unsigned int seculog_label_t;
#define SECULOG_LABEL_LOGIN_ACT (1 << 1)
extern int seculog_record(seculog_label_t label, const char *msg);
