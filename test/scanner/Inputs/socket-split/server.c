// The accept loop: the connection is handed to a function of another file.
#include <sys/socket.h>
#include <unistd.h>

void handle_data(int sockclient, const char *buffer);

void serve(int listener) {
  static char data[16384];
  for (;;) {
    int sockclient = accept(listener, 0, 0);
    read(sockclient, data, sizeof data - 1);
    handle_data(sockclient, data);
    close(sockclient);
  }
}
