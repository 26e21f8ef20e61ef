// Answers the connections server.c accepts: it includes no library the
// scanner models, but writes an HTTP status line, so it is parsed.
#include <stdio.h>
#include <string.h>

void notify_follower(const char *body);
long write(int fd, const void *buf, unsigned long n);

static const char *body_of(const char *request) {
  const char *b = strstr(request, "\r\n\r\n");
  return b ? b + 4 : "";
}

void handle_data(int sockclient, const char *buffer) {
  if (strncmp(buffer, "POST ", 5) == 0)
    notify_follower(body_of(buffer));
  const char *ok = "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n";
  write(sockclient, ok, strlen(ok));
}

// A client writes a request line, not a status line: no route.
void fetch_followers(int sock) {
  const char *req = "GET /helix/users/follows HTTP/1.1\r\n\r\n";
  write(sock, req, strlen(req));
}
