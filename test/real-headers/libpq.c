// REQUIRES: libpq-headers
// RUN: %tidy %s -- -I/usr/include/postgresql 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <libpq-fe.h>

void queries(void) {
  PGconn *conn = PQconnectdb("host=db connect_timeout=5");
  PQclear(PQexec(conn, "SELECT 1"));
  // CHECK: :[[@LINE-1]]:11: warning: 'PQexec' on handle 'conn' has no timeout (only connect_timeout is set
  PQclear(PQexec(conn, "SET statement_timeout = 2000"));
  PQclear(PQexec(conn, "SELECT 2"));
  PQfinish(conn);
}
