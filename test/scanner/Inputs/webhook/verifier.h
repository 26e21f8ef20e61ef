#include <string>
namespace httplib { struct Request; struct Response; }
struct Verifier {
  static bool check(const httplib::Request &req);
};
// Handlers defined in verifier.cpp, registered by name in routes.cpp.
void gitlab_hook(const httplib::Request &req, httplib::Response &res);
void paypal_ipn(const httplib::Request &req, httplib::Response &res);
// Reads GitHub's event header, so its definition alone is a webhook too:
// reported once, at the registration that names its route.
void github_events(const httplib::Request &req, httplib::Response &res);
