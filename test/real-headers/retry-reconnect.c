// REQUIRES: hiredis-headers, libpq-headers
// Retries written without a loop, and reconnect loops judged by what the
// handle says afterwards, on Debian's hiredis and libpq headers.
// RUN: %tidy %s -checks='-*,integration-unsafe-retry,integration-non-idempotent-retry' -- -I/usr/include/hiredis -I/usr/include/postgresql 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hiredis.h>
#include <libpq-fe.h>
#include <stddef.h>
#include <unistd.h>

int reconnect(redisContext **c);
int ask_operator(const char *question);

// The same command sent again, at once, after reconnecting.
redisReply *execute(redisContext **c, const char *cmd) {
  redisReply *reply = redisCommand(*c, cmd);
  if (reply == NULL && reconnect(c) == 0)
    reply = redisCommand(*c, cmd);
  // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' is retried by the second call where the first failed, which does not wait between attempts{{.*}} [integration-unsafe-retry]
  return reply;
}

// ... after a pause: bounded (one more attempt) and waiting.
redisReply *execute_patiently(redisContext **c, const char *cmd) {
  redisReply *reply = redisCommand(*c, cmd);
  if (reply == NULL) {
    sleep(1);
    if (reconnect(c) == 0)
      reply = redisCommand(*c, cmd);
  }
  return reply;
}

// A different command on the failure path is no retry; neither is one a
// person asked for.
redisReply *fallback(redisContext *c) {
  redisReply *reply = redisCommand(c, "GET primary");
  if (reply == NULL)
    reply = redisCommand(c, "GET replica");
  if (reply == NULL && ask_operator("send again?"))
    reply = redisCommand(c, "GET replica");
  return reply;
}

// A command that changes the data each time it runs: a repeat of a
// command that reached the server before the connection broke counts twice.
long long count_visit(redisContext **c, const char *page) {
  redisReply *reply = NULL;
  for (int attempt = 0; attempt < 3 && reply == NULL; ++attempt) {
    if (attempt > 0) {
      sleep(1);
      reconnect(c);
    }
    reply = redisCommand(*c, "INCR visits:%s", page);
    // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' (INCR) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }
  long long n = reply ? reply->integer : -1;
  freeReplyObject(reply);
  return n;
}

// ... also as an argument vector.
int enqueue(redisContext **c, const char *job) {
  const char *argv[] = {"LPUSH", "jobs", job};
  redisReply *reply = NULL;
  for (int attempt = 0; attempt < 3 && reply == NULL; ++attempt) {
    sleep(attempt);
    reply = redisCommandArgv(*c, 3, argv, NULL);
    // CHECK: :[[@LINE-1]]:13: warning: 'redisCommandArgv' (LPUSH) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }
  freeReplyObject(reply);
  return reply != NULL;
}

// Setting a value, or adding to a set, twice leaves the same data.
int remember(redisContext **c, const char *user) {
  redisReply *reply = NULL;
  for (int attempt = 0; attempt < 3 && reply == NULL; ++attempt) {
    sleep(attempt);
    reply = redisCommand(*c, "SET last_user %s", user);
    if (reply == NULL)
      reply = redisCommand(*c, " SADD users %s", user);
  }
  freeReplyObject(reply);
  return reply != NULL;
}

// A reset returns nothing: the connection's status says whether it
// worked. Waiting each time, but never giving up.
void keep_connected(PGconn *conn) {
  if (PQstatus(conn) != CONNECTION_OK) {
    do {
      sleep(30);
      PQreset(conn);
      // CHECK: :[[@LINE-1]]:7: warning: 'PQreset' is retried by the loop, which has no limit on attempts or time{{.*}} [integration-unsafe-retry]
    } while (PQstatus(conn) != CONNECTION_OK);
  }
}

// ... and with a limit.
int reconnect_a_few_times(PGconn *conn) {
  int tries = 0;
  do {
    sleep(1);
    PQreset(conn);
  } while (PQstatus(conn) != CONNECTION_OK && ++tries < 5);
  return PQstatus(conn) == CONNECTION_OK;
}

// jabberd2's storage driver: a statement that failed on a broken connection
// is sent once more, at once, after a reset. The connection's status asked
// after the next statement tells of that statement, not of the reset.
struct pgsql_data {
  PGconn *conn;
};
int more_objects(void);
int store_all(struct pgsql_data *data, const char *sql) {
  PGresult *res;
  do {
    res = PQexec(data->conn, sql);
    if (PQresultStatus(res) != PGRES_COMMAND_OK &&
        PQstatus(data->conn) != CONNECTION_OK) {
      PQclear(res);
      PQreset(data->conn);
      res = PQexec(data->conn, sql);
      // CHECK: :[[@LINE-1]]:13: warning: 'PQexec' is retried by the second call where the first failed, which does not wait between attempts{{.*}} [integration-unsafe-retry]
    }
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
      PQclear(res);
      return -1;
    }
    PQclear(res);
  } while (more_objects());
  return 0;
}

int begin_serializable(struct pgsql_data *data) {
  PGresult *res = PQexec(data->conn, "BEGIN;");
  if (PQresultStatus(res) != PGRES_COMMAND_OK &&
      PQstatus(data->conn) != CONNECTION_OK) {
    PQclear(res);
    PQreset(data->conn);
    res = PQexec(data->conn, "BEGIN;");
    // CHECK: :[[@LINE-1]]:11: warning: 'PQexec' is retried by the second call where the first failed, which does not wait between attempts{{.*}} [integration-unsafe-retry]
  }
  PQclear(res);
  res = PQexec(data->conn, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;");
  if (PQresultStatus(res) != PGRES_COMMAND_OK &&
      PQstatus(data->conn) != CONNECTION_OK) {
    PQclear(res);
    PQreset(data->conn); /* not a repeat of the reset above */
    res = PQexec(data->conn, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;");
    // CHECK: :[[@LINE-1]]:11: warning: 'PQexec' is retried by the second call where the first failed, which does not wait between attempts{{.*}} [integration-unsafe-retry]
  }
  PQclear(res);
  return 0;
}
