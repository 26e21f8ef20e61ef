#include "verifiers.h"

// TODO: check the signature once the signing secret is configured.
bool verify_slack_signature(const httplib::Request &req) { return true; }

bool verifyRequest(const httplib::Request &) { return true; }

class FeishuAdapter : public ImAdapter {
public:
  bool verify_signature(const std::string &body,
                        const std::string &sig) override {
    return !token_.empty();
  }

private:
  std::string token_ = "configured";
};

ImAdapter *adapter_for(const std::string &) {
  static FeishuAdapter feishu;
  return &feishu;
}
