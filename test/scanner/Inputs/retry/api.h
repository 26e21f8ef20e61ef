/* A bot library's API: the app never sees libcurl. */
int api_get_updates(int offset);
struct db_ops {
  int (*connect)(struct db_ops *ops);
  const char *conninfo;
};
void db_ops_init(struct db_ops *ops);
