#include "pages.h"

struct Json {
  static Json parse(const std::string &text, std::string &error);
  std::string dump() const;
};

// Checks that a signature came, never what it says. It answers with an
// HTML page, but what it takes is a JSON delivery (json11's Json::parse).
HttpResponse TravisPage::Do(const std::string &method,
                            const KeyValueSet &header,
                            const KeyValueSet &post) {
  if (method != "POST")
    return HttpResponse(405);
  auto signature = header.find("Signature");
  auto payload = post.find("payload");
  if (signature == header.end() || payload == post.end())
    return HttpResponse(400);
  std::string error;
  Json build = Json::parse(payload->second, error);
  tweet("build: " + build.dump());
  const char *contentType = "text/html; charset=utf-8";
  return HttpResponse(200, std::string(contentType) +
                               "\n<html><body>OK</body></html>");
}
