#include <string>
namespace httplib { struct Request; }
struct Verifier {
  static bool check(const httplib::Request &req);
};
