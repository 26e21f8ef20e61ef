/* Hand-written stand-in for libqb's <qb/qbhdb.h> (libqb-dev is not installed): declarations of the handle-database
 * API that corosync's hdb.h wraps. */
#ifndef WEBHOOK82_QBHDB_H
#define WEBHOOK82_QBHDB_H
#include <stdint.h>
typedef uint64_t qb_handle_t;
struct qb_hdb;
#define QB_HDB_D_FORMAT "%llu"
#define QB_HDB_X_FORMAT "%llx"
#define QB_HDB_DECLARE(database_name, destructor_function) struct qb_hdb database_name
void qb_hdb_create(struct qb_hdb *hdb);
void qb_hdb_destroy(struct qb_hdb *hdb);
int32_t qb_hdb_handle_create(struct qb_hdb *hdb, int32_t instance_size, qb_handle_t *handle_id_out);
int32_t qb_hdb_handle_get(struct qb_hdb *hdb, qb_handle_t handle_in, void **instance);
int32_t qb_hdb_handle_get_always(struct qb_hdb *hdb, qb_handle_t handle_in, void **instance);
int32_t qb_hdb_handle_put(struct qb_hdb *hdb, qb_handle_t handle_in);
int32_t qb_hdb_handle_destroy(struct qb_hdb *hdb, qb_handle_t handle_in);
int32_t qb_hdb_handle_refcount_get(struct qb_hdb *hdb, qb_handle_t handle_in);
void qb_hdb_iterator_reset(struct qb_hdb *hdb);
int32_t qb_hdb_iterator_next(struct qb_hdb *hdb, void **instance, qb_handle_t *handle);
uint32_t qb_hdb_base_convert(qb_handle_t handle);
uint64_t qb_hdb_nocheck_convert(uint32_t handle);
#endif
