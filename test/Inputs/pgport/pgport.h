/* Mock of PostgreSQL's port.h: a sleep the models do not list. */
void pg_usleep(long microsec);
