// REQUIRES: pqxx-headers
// libpqxx over the real Debian headers: a connection has no connect timeout
// unless its string names connect_timeout; a transaction (BEGIN when it is
// built), its queries and its commit run on the connection's settings and
// are unbounded without statement_timeout.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <pqxx/pqxx>
#include <string>

std::string config_string();
const std::string WithConnectTimeout = "host=db connect_timeout=3";

void literal() {
  pqxx::connection c{"host=db dbname=app"};
  // CHECK: :[[@LINE-1]]:20: warning: 'connection' on handle 'c' has no timeout; add connect_timeout=N to the connection string [integration-call-without-timeout]
  pqxx::work w{c};
  // CHECK: :[[@LINE-1]]:14: warning: 'work' on handle 'w' has no timeout; set statement_timeout {{.*}}[integration-call-without-timeout]
  w.exec("SELECT 1");
  // CHECK: :[[@LINE-1]]:5: warning: 'transaction_base::exec' on handle 'w' has no timeout; set statement_timeout {{.*}}[integration-call-without-timeout]
  w.commit();
  // CHECK: :[[@LINE-1]]:5: warning: 'transaction_base::commit' on handle 'w' has no timeout; set statement_timeout {{.*}}[integration-call-without-timeout]
}

// The connect is bounded; a query is not (connect_timeout does not cover it).
void connectTimeoutOnly() {
  pqxx::connection c{WithConnectTimeout};
  pqxx::nontransaction n{c};
  n.exec("SELECT 1");
  // CHECK: :[[@LINE-1]]:5: warning: 'transaction_base::exec' on handle 'n' has no timeout (only connect_timeout is set, which does not bound this call); {{.*}}[integration-call-without-timeout]
}

// A connection built with `new` takes the settings of its string too.
pqxx::connection *connectWithNew() {
  return new pqxx::connection(WithConnectTimeout);
}
void heapConnection() {
  auto *c = new pqxx::connection("host=db connect_timeout=3");
  delete c;
}

// Clean: both bounds in the string.
void withTimeouts() {
  pqxx::connection c{"host=db connect_timeout=3 "
                     "options='-c statement_timeout=5000'"};
  pqxx::work w{c};
  w.exec("SELECT 1");
  w.commit();
}

// Clean: statement_timeout set on the connection.
void setVariable() {
  pqxx::connection c{WithConnectTimeout};
  c.set_variable("statement_timeout", "5000");
  pqxx::work w{c};
  w.exec0("UPDATE t SET x = 1");
  w.commit();
}

// Clean: the string comes from a configuration, where the timeouts may be;
// the transactions on that connection are unknown too.
void fromConfiguration() {
  pqxx::connection c{config_string()};
  pqxx::work w{c};
  w.exec("SELECT 1");
}
