// The client interface; its implementation is compiled in another project.
#pragma once
#include <string>
struct Reply {
  std::string text;
  bool ok = false;
};
class LlmClient {
public:
  virtual ~LlmClient() = default;
  virtual Reply chat(const std::string &prompt, int timeout_ms) = 0;
};
class CircuitBreaker {
public:
  bool allowRequest();
  void recordSuccess();
  void recordFailure();
};
