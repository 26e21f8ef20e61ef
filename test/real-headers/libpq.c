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

// Keyword arrays: written in the code, they are read; filled at run time
// (repmgr's param_set_ine(list, "connect_timeout", "2")), they are not.
PGconn *connect_literal(const char *host) {
  const char *keywords[] = {"host", "dbname", NULL};
  const char *values[] = {host, "app", NULL};
  return PQconnectdbParams(keywords, values, 0);
  // CHECK: :[[@LINE-1]]:10: warning: 'PQconnectdbParams' has no timeout; add connect_timeout=N to the connection parameters [integration-call-without-timeout]
}

PGconn *connect_literal_bounded(const char *host) {
  const char *keywords[] = {"host", "connect_timeout", NULL};
  const char *values[] = {host, "2", NULL};
  return PQconnectdbParams(keywords, values, 0);
}

struct param_list {
  char **keywords;
  char **values;
};
PGconn *connect_configured(struct param_list *list) {
  return PQconnectdbParams((const char **)list->keywords,
                           (const char **)list->values, 1);
}

PGconn *connect_login(const char *host) {
  return PQsetdbLogin(host, "5432", NULL, NULL, "app", "app", NULL);
  // CHECK: :[[@LINE-1]]:10: warning: 'PQsetdbLogin' has no timeout; connect with PQconnectdbParams and connect_timeout=N (PQsetdbLogin cannot set it) [integration-call-without-timeout]
}

// Connection strings built in a buffer: the keys written there are read
// (also through a cursor into the buffer, as collectd writes them); a
// buffer that only copies options read at run time is not judged.
int snprintf(char *buf, unsigned long n, const char *fmt, ...);
void add_key(char **keys, char **values, const char *key, char *value);
PGconn *connect_built(const char *host) {
  char conninfo[256];
  char *buf = conninfo;
  snprintf(buf, sizeof conninfo, " %s = '%s'", "host", host);
  return PQconnectdb(conninfo);
  // CHECK: :[[@LINE-1]]:10: warning: 'PQconnectdb' has no timeout; add connect_timeout=N to the connection parameters [integration-call-without-timeout]
}

PGconn *connect_built_bounded(const char *host) {
  char conninfo[256];
  snprintf(conninfo, sizeof conninfo, "host=%s connect_timeout=3", host);
  return PQconnectdb(conninfo);
}

PGconn *connect_copied(const char *configured) {
  char conninfo[256];
  snprintf(conninfo, sizeof conninfo, "%s", configured);
  return PQconnectdb(conninfo);
}

PGconn *connect_keys_added(char *host) {
  char *keys[4] = {0}, *values[4] = {0};
  add_key(keys, values, "host", host);
  add_key(keys, values, "connect_timeout", "2");
  return PQconnectdbParams((const char **)keys, (const char **)values, 0);
}
