/* Hand-written, declaration-only stand-in for <talloc.h> (libtalloc-dev is not installed); includes the
   C headers the real one includes. */
#ifndef TALLOC_H_STUB
#define TALLOC_H_STUB
#include <stdlib.h>
#include <stdio.h>
#include <stddef.h>
#include <stdarg.h>
typedef void TALLOC_CTX;
#define TALLOC_STRINGIFY(x) #x
#define TALLOC_XSTRINGIFY(x) TALLOC_STRINGIFY(x)
#define __location__ __FILE__ ":" TALLOC_XSTRINGIFY(__LINE__)
void *talloc_named_const(const void *context, size_t size, const char *name);
void *_talloc_zero(const void *ctx, size_t size, const char *name);
void *_talloc_realloc(const void *context, void *ptr, size_t size, const char *name);
void *_talloc_steal_loc(const void *new_ctx, const void *ptr, const char *location);
int _talloc_free(void *ptr, const char *location);
void *_talloc_array(const void *ctx, size_t el_size, unsigned count, const char *name);
void *_talloc_zero_array(const void *ctx, size_t el_size, unsigned count, const char *name);
void *_talloc_realloc_array(const void *ctx, void *ptr, size_t el_size, unsigned count, const char *name);
void *talloc_parent(const void *ptr);
const char *talloc_get_name(const void *ptr);
void talloc_set_name_const(const void *ptr, const char *name);
void *talloc_check_name(const void *ptr, const char *name);
void *talloc_named(const void *context, size_t size, const char *fmt, ...);
size_t talloc_total_size(const void *ptr);
size_t talloc_total_blocks(const void *ptr);
size_t talloc_get_size(const void *ctx);
void talloc_report_full(const void *ptr, void *f);
void talloc_enable_null_tracking(void);
void talloc_disable_null_tracking(void);
void *talloc_autofree_context(void);
void *talloc_pool(const void *context, size_t size);
char *talloc_strdup(const void *t, const char *p);
char *talloc_strndup(const void *t, const char *p, size_t n);
char *talloc_asprintf(const void *t, const char *fmt, ...);
char *talloc_vasprintf(const void *t, const char *fmt, va_list ap);
char *talloc_asprintf_append(char *s, const char *fmt, ...);
char *talloc_asprintf_append_buffer(char *s, const char *fmt, ...);
char *talloc_vasprintf_append_buffer(char *s, const char *fmt, va_list ap);
char *talloc_strdup_append(char *s, const char *a);
void *_talloc_memdup(const void *t, const void *p, size_t size, const char *name);
void *talloc_reference_loc(const void *context, const void *ptr, const char *location);
int talloc_unlink(const void *context, void *ptr);
void *_talloc_get_type_abort(const void *ptr, const char *name, const char *location);
void talloc_set_destructor_fn(const void *ptr, int (*destructor)(void *));
#define talloc_zero(ctx, type) (type *)_talloc_zero(ctx, sizeof(type), #type)
#define talloc_zero_size(ctx, size) _talloc_zero(ctx, size, __location__)
#define talloc_size(ctx, size) talloc_named_const(ctx, size, __location__)
#define talloc(ctx, type) (type *)talloc_named_const(ctx, sizeof(type), #type)
#define talloc_new(ctx) talloc_named_const(ctx, 0, "talloc_new: " __location__)
#define talloc_free(ctx) _talloc_free(ctx, __location__)
#define talloc_steal(ctx, ptr) _talloc_steal_loc((ctx), (ptr), __location__)
#define talloc_array(ctx, type, count) (type *)_talloc_array(ctx, sizeof(type), count, #type)
#define talloc_zero_array(ctx, type, count) (type *)_talloc_zero_array(ctx, sizeof(type), count, #type)
#define talloc_array_length(ctx) (talloc_get_size(ctx) / 1)
#define talloc_realloc(ctx, p, type, count) (type *)_talloc_realloc_array(ctx, p, sizeof(type), count, #type)
#define talloc_realloc_size(ctx, ptr, size) _talloc_realloc(ctx, ptr, size, __location__)
#define talloc_memdup(t, p, size) _talloc_memdup(t, p, size, __location__)
#define talloc_reference(ctx, ptr) talloc_reference_loc((ctx), (ptr), __location__)
#define talloc_get_type(ptr, type) (type *)talloc_check_name(ptr, #type)
#define talloc_get_type_abort(ptr, type) (type *)_talloc_get_type_abort(ptr, #type, __location__)
#define talloc_set_destructor(ptr, fn) talloc_set_destructor_fn((ptr), (int (*)(void *))(fn))
#define talloc_set_name_const(ptr, name) talloc_set_name_const(ptr, name)
#define talloc_zero_memdup(t, p, size) _talloc_memdup(t, p, size, __location__)
#endif
