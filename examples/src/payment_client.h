#pragma once
#include <curl/curl.h>
#include <string>

// Talks to the payment provider. The handle is configured once, in the
// constructor, and reused for every charge.
class PaymentClient {
public:
  explicit PaymentClient(std::string baseUrl);
  ~PaymentClient();
  bool charge(const std::string &orderId, long cents);

private:
  std::string BaseUrl;
  CURL *Http;
};
