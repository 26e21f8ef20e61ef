// libpq behind the interface, and a schema loader that opens its own
// connection.
#include "db.h"
#include <libpq-fe.h>

struct PgConnection : Connection {
  PGconn *Conn = nullptr;
  int execute(const char *sql) override {
    PGresult *R = PQexec(Conn, sql);
    int Ok = PQresultStatus(R) == PGRES_TUPLES_OK;
    PQclear(R);
    return Ok;
  }
  int setQueryTimeout(int ms) override {
    PGresult *R = PQexec(Conn, "SET statement_timeout = 5000");
    PQclear(R);
    return ms;
  }
};

int loadSchema(const char *dsn) {
  PGconn *C = PQconnectdb(dsn);
  PGresult *R = PQexec(C, "SELECT table_name FROM information_schema.tables");
  PQclear(R);
  PQfinish(C);
  return 0;
}
