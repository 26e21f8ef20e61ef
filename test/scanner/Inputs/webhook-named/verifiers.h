#include <string>

namespace httplib {
struct Request;
}

// Signature checks, each defined (or not) in another file.
bool verify_slack_signature(const httplib::Request &req);
bool verify_github_signature(const std::string &body, const std::string &sig);
bool verify_stripe_signature(const std::string &body, const std::string &sig);
bool verifyRequest(const httplib::Request &req);

class ImAdapter {
public:
  virtual ~ImAdapter() = default;
  virtual bool verify_signature(const std::string &body,
                                const std::string &sig) = 0;
};
ImAdapter *adapter_for(const std::string &platform);

namespace httplib {
struct Response;
}
// The admin page listing the hooks this service calls (checks.cpp).
void webhooks_page(const httplib::Request &req, httplib::Response &res);
