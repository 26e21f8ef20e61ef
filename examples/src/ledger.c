#include <libpq-fe.h>

/* connect_timeout bounds the connect; statement_timeout bounds each query. */
int record_sale(const char *orderId) {
  PGconn *conn = PQconnectdb("host=db dbname=ledger connect_timeout=5 "
                             "options='-c statement_timeout=3000'");
  if (PQstatus(conn) != CONNECTION_OK)
    return -1;
  const char *params[1] = {orderId};
  PGresult *res = PQexecParams(conn, "INSERT INTO sales(id) VALUES($1)", 1,
                               NULL, params, NULL, NULL, 0);
  PQclear(res);
  PQfinish(conn);
  return 0;
}
