// POSIX sockets with the system's own <sys/socket.h>: a client socket read
// without SO_RCVTIMEO is reported; one with it is not; a project function
// that happens to be called `send` is the project's, not POSIX's.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static sockaddr_in server() {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(7000);
  inet_pton(AF_INET, "10.0.0.2", &addr.sin_addr);
  return addr;
}

int read_unbounded(char *buf, size_t n) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = server();
  connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
  // CHECK: :[[@LINE-1]]:3: warning: 'connect' on handle 'fd' has no timeout
  return recv(fd, buf, n, 0);
  // CHECK: :[[@LINE-1]]:10: warning: 'recv' on handle 'fd' has no timeout
}

int read_bounded(char *buf, size_t n) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  timeval tv{2, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  sockaddr_in addr = server();
  connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
  return recv(fd, buf, n, 0);
}

// A datagram socket: connect only records the peer and send hands the
// datagram to the kernel; the receive waits for the peer.
int ask_udp(char *buf, size_t n) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr = server();
  connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
  send(fd, "?", 1, 0);
  return recv(fd, buf, n, 0);
  // CHECK: :[[@LINE-1]]:10: warning: 'recv' on handle 'fd' has no timeout
}

// The project's own `send`: not a socket call.
int send(const std::string &queue, const std::string &message);
int enqueue() { return send("jobs", "{}"); }
