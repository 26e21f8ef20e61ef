// Guarded: the breaker admits the batch, then a helper (which retries by
// calling itself) runs the call.
#include "llm_client.h"
#include <memory>
class Enricher {
public:
  std::string enrich(const std::string &text) {
    if (breaker_ && !breaker_->allowRequest())
      return "";
    return runOne(text, 0);
  }

private:
  std::string runOne(const std::string &text, int attempt) {
    Reply r = client_->chat(text, 5000);
    if (!r.ok && attempt < 2)
      return runOne(text, attempt + 1);
    return r.text;
  }
  std::shared_ptr<LlmClient> client_;
  std::unique_ptr<CircuitBreaker> breaker_;
};
