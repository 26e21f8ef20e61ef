// A read loop that goes on after an interrupted or would-block call
// (`errno == EINTR`, `EAGAIN`) repeats a call that never failed: no retry.
// Going on after a failed read is one.
// RUN: %tidy %s -checks='-*,integration-unsafe-retry' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cerrno>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

std::string read_request(int client) {
  std::string request;
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(client, buffer, sizeof(buffer), 0);
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

std::string read_stubborn(int client) {
  char buffer[4096];
  while (true) {
    ssize_t n = ::recv(client, buffer, sizeof(buffer), 0);
    // CHECK: :[[@LINE-1]]:19: warning: 'recv' is retried by the loop{{.*}} [integration-unsafe-retry]
    if (n < 0)
      continue;
    return std::string(buffer, static_cast<size_t>(n));
  }
}
