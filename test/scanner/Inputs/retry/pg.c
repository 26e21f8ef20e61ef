#include <libpq-fe.h>
#include "api.h"

static int pg_connect(struct db_ops *ops) {
  PGconn *c = PQconnectdb(ops->conninfo);
  return PQstatus(c) == CONNECTION_OK ? 0 : -1;
}

void db_ops_init(struct db_ops *ops) { ops->connect = pg_connect; }
