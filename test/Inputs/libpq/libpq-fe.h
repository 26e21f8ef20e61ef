/* Mock of libpq. */
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
PGconn *PQconnectdb(const char *conninfo);
PGresult *PQexec(PGconn *conn, const char *query);
void PQclear(PGresult *res);
void PQfinish(PGconn *conn);
