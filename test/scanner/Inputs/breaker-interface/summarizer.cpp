// The same system, no breaker: reported.
#include "llm_client.h"
#include <memory>
std::string summarize(LlmClient &client, const std::string &text) {
  return client.chat("Summarize: " + text, 5000).text;
}
