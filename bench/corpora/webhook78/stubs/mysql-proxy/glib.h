/* Hand-written, declaration-only stand-in for <glib.h> (libglib2.0-dev is not installed on this machine).
 * Only the types, macros and functions mysql-proxy's src/network-mysqld-proto.{c,h}, network-packet.h and
 * glib-ext.h use. The assertion macros expand to calls of declared functions; not the real header. */
#ifndef WEBHOOK78_STUB_GLIB_H
#define WEBHOOK78_STUB_GLIB_H
#include <stddef.h>
#include <stdint.h>

typedef char gchar;
typedef unsigned char guchar;
typedef int gint;
typedef unsigned int guint;
typedef gint gboolean;
typedef int8_t gint8;
typedef uint8_t guint8;
typedef int16_t gint16;
typedef uint16_t guint16;
typedef int32_t gint32;
typedef uint32_t guint32;
typedef int64_t gint64;
typedef uint64_t guint64;
typedef size_t gsize;
typedef long gssize;
typedef long glong;
typedef unsigned long gulong;
typedef double gdouble;
typedef void *gpointer;
typedef const void *gconstpointer;

#define FALSE (0)
#define TRUE (!FALSE)
#define G_STRINGIFY_ARG(x) #x
#define G_STRINGIFY(x) G_STRINGIFY_ARG(x)
#define G_STRLOC __FILE__ ":" G_STRINGIFY(__LINE__)
#define G_GNUC_PRINTF(a, b) __attribute__((__format__(__printf__, a, b)))
#define G_GNUC_UNUSED __attribute__((__unused__))
#define G_GSIZE_FORMAT "lu"
#define G_GSSIZE_FORMAT "li"
#define G_GUINT64_FORMAT "lu"
#define G_GINT64_FORMAT "li"

typedef struct _GString { gchar *str; gsize len; gsize allocated_len; } GString;
typedef struct _GPtrArray { gpointer *pdata; guint len; } GPtrArray;
typedef struct _GList { gpointer data; struct _GList *next; struct _GList *prev; } GList;
typedef struct _GQueue { GList *head; GList *tail; guint length; } GQueue;
typedef struct _GHashTable GHashTable;
typedef struct _GChecksum GChecksum;
typedef struct _GTimeVal { glong tv_sec; glong tv_usec; } GTimeVal;
typedef enum { G_CHECKSUM_MD5, G_CHECKSUM_SHA1, G_CHECKSUM_SHA256 } GChecksumType;

void g_log_assert_failed(const char *file, int line, const char *expr);
void g_log_return_if_fail_warning(const char *strloc, const char *expr);
#define g_assert(expr) ((expr) ? (void)0 : g_log_assert_failed(__FILE__, __LINE__, #expr))
#define g_assert_cmpint(n1, cmp, n2) \
    ((int64_t)(n1) cmp (int64_t)(n2) ? (void)0 : g_log_assert_failed(__FILE__, __LINE__, #n1 " " #cmp " " #n2))
#define g_return_val_if_fail(expr, val) \
    do { if (!(expr)) { g_log_return_if_fail_warning(G_STRLOC, #expr); return (val); } } while (0)
#define g_return_if_fail(expr) \
    do { if (!(expr)) { g_log_return_if_fail_warning(G_STRLOC, #expr); return; } } while (0)
void g_critical(const gchar *format, ...) G_GNUC_PRINTF(1, 2);
void g_warning(const gchar *format, ...) G_GNUC_PRINTF(1, 2);
void g_debug(const gchar *format, ...) G_GNUC_PRINTF(1, 2);
void g_error(const gchar *format, ...) G_GNUC_PRINTF(1, 2);

gpointer g_malloc(gsize n_bytes);
gpointer g_malloc0(gsize n_bytes);
void g_free(gpointer mem);
#define g_new0(struct_type, n_structs) ((struct_type *)g_malloc0(sizeof(struct_type) * (n_structs)))
#define g_new(struct_type, n_structs) ((struct_type *)g_malloc(sizeof(struct_type) * (n_structs)))

GString *g_string_new(const gchar *init);
GString *g_string_sized_new(gsize dfl_size);
gchar *g_string_free(GString *string, gboolean free_segment);
GString *g_string_append(GString *string, const gchar *val);
GString *g_string_append_len(GString *string, const gchar *val, gssize len);
GString *g_string_append_c(GString *string, gchar c);
GString *g_string_set_size(GString *string, gsize len);
GString *g_string_truncate(GString *string, gsize len);
GString *g_string_assign(GString *string, const gchar *rval);
gboolean g_string_equal(const GString *v, const GString *v2);

GPtrArray *g_ptr_array_new(void);
void g_ptr_array_add(GPtrArray *array, gpointer data);
gpointer *g_ptr_array_free(GPtrArray *array, gboolean free_seg);
#define g_ptr_array_index(array, index_) ((array)->pdata)[index_]

GQueue *g_queue_new(void);
void g_queue_free(GQueue *queue);
void g_queue_push_tail(GQueue *queue, gpointer data);
gpointer g_queue_pop_head(GQueue *queue);
gpointer g_queue_peek_head(GQueue *queue);

GChecksum *g_checksum_new(GChecksumType checksum_type);
void g_checksum_free(GChecksum *checksum);
void g_checksum_update(GChecksum *checksum, const guchar *data, gssize length);
void g_checksum_get_digest(GChecksum *checksum, guint8 *buffer, gsize *digest_len);
gssize g_checksum_type_get_length(GChecksumType checksum_type);
void g_checksum_reset(GChecksum *checksum);

#endif
