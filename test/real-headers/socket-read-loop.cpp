// A read loop that goes on after an interrupted or would-block call
// (`errno == EINTR`, `EAGAIN`) repeats a call that never failed: no retry.
// Going on after a failed read is one. The program connects the sockets it
// reads (a client); a server's accepted connections are not retried calls
// (see checks/inbound-c-servers.c).
// RUN: %tidy %s -checks='-*,integration-unsafe-retry' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cerrno>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

int dial(const sockaddr *addr, socklen_t len) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (::connect(fd, addr, len) != 0)
    return -1;
  return fd;
}

std::string read_request(int conn) {
  std::string request;
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(conn, buffer, sizeof(buffer), 0);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN)
        continue;
      break;
    }
    if (n == 0)
      break;
    request.append(buffer, static_cast<size_t>(n));
  }
  return request;
}

std::string read_stubborn(int conn) {
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(conn, buffer, sizeof(buffer), 0);
    // CHECK: :[[@LINE-1]]:19: warning: 'recv' is retried by the loop{{.*}} [integration-unsafe-retry]
    if (n < 0)
      continue;
    return std::string(buffer, static_cast<size_t>(n));
  }
}
