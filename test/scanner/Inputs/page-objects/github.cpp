#include "pages.h"

void hmac_sha1(const void *key, int key_len, const void *data, size_t size,
               unsigned char out[20]);
std::string hex_encode(const unsigned char *data, size_t size);
bool const_time_equal(const std::string &a, const std::string &b);

HttpResponse GithubPage::Do(const std::string &method,
                            const KeyValueSet &header,
                            const KeyValueSet &post) {
  if (method != "POST")
    return HttpResponse(405);
  auto signature = header.find("X-Hub-Signature");
  auto payload = post.find("payload");
  if (signature == header.end() || payload == post.end())
    return HttpResponse(400);
  unsigned char digest[20];
  hmac_sha1(secret_.data(), static_cast<int>(secret_.size()),
            payload->second.data(), payload->second.size(), digest);
  std::string mine = "sha1=" + hex_encode(digest, sizeof digest);
  if (!const_time_equal(signature->second, mine))
    return HttpResponse(400);
  tweet("push: " + payload->second);
  return HttpResponse(200);
}
