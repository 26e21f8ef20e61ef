// Includes no database library: the virtual calls reach libpq only through
// the overrides in pg_connection.cpp.
#include "db.h"

static int runSelect(Connection *C, const char *sql) {
  C->setQueryTimeout(5000);
  return C->execute(sql);
}

int execute(Connection *C, CircuitBreaker &Breaker, const char *sql) {
  if (!Breaker.allowRequest())
    return -1;
  int Ok = runSelect(C, sql);
  if (Ok)
    Breaker.recordSuccess();
  else
    Breaker.recordFailure();
  return Ok;
}
