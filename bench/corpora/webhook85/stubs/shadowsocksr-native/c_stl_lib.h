/* Hand-written, declaration-only stand-in for depends/cstl (a git submodule, not in the snapshot): only the list
   functions tls1.2_ticket.c calls. */
#ifndef SSR_STUB_C_STL_LIB_H
#define SSR_STUB_C_STL_LIB_H
#include <stddef.h>
struct cstl_list;
typedef void (*cstl_destroy)(void *);
typedef int (*cstl_compare)(const void *, const void *);
struct cstl_list *cstl_list_new(cstl_destroy fn_d, cstl_compare fn_c);
void cstl_list_destroy(struct cstl_list *pList);
int cstl_list_insert(struct cstl_list *pList, size_t index, void *elem, size_t elem_size);
size_t cstl_list_size(struct cstl_list *pList);
const void *cstl_list_element_at(struct cstl_list *pList, size_t index);
void cstl_list_clear(struct cstl_list *pList);
#endif
