#include "pages.h"

HttpResponse EchoPage::Do(const std::string &method, const KeyValueSet &header,
                          const KeyValueSet &post) {
  auto text = post.find("text");
  return HttpResponse(200, text == post.end() ? "" : text->second);
}
