/* webhook76 stub (hand-written, declaration-only): the two functions of the libtg submodule
 * (SOUx4cx4fx56x69/pure_c_tg_lib, not part of the Pure_C_group_bot snapshot) that pure_c.c calls. */
#ifndef WEBHOOK76_STUB_LIBTG_TG_H
#define WEBHOOK76_STUB_LIBTG_TG_H
void tg_init(char *token);
int tg_request(const char *method, const char *params, char *answer, int flags);
#endif
