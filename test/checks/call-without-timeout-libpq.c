// RUN: %tidy %s -- -isystem %inputs/libpq 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <libpq-fe.h>

void bounded(void) {
  PGconn *conn = PQconnectdb("host=db connect_timeout=5 options='-c statement_timeout=3000'");
  PQclear(PQexec(conn, "SELECT 1"));
  PQfinish(conn);
}

void unboundedConnect(void) {
  PGconn *conn = PQconnectdb("host=db dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' on handle 'conn' has no timeout; add connect_timeout=N to the connection parameters [integration-call-without-timeout]
  PQfinish(conn);
}

void statementTimeoutBySet(void) {
  PGconn *conn = PQconnectdb("host=db connect_timeout=5");
  PQclear(PQexec(conn, "SET statement_timeout = 5000"));
  PQclear(PQexec(conn, "SELECT 1"));
}

void connectTimeoutOnly(void) {
  PGconn *conn = PQconnectdb("host=db connect_timeout=5");
  PQclear(PQexec(conn, "SELECT 1"));
  // CHECK: :[[@LINE-1]]:11: warning: 'PQexec' on handle 'conn' has no timeout (only connect_timeout is set, which does not bound this call)
}

// A connection string built at run time may carry connect_timeout and
// statement_timeout: unknown, so no finding (nor for its queries).
void fromConfiguration(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  PQclear(PQexec(conn, "SELECT 1"));
}
