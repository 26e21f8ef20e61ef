#include "payment_client.h"

PaymentClient::PaymentClient(std::string baseUrl)
    : BaseUrl(std::move(baseUrl)), Http(curl_easy_init()) {
  curl_easy_setopt(Http, CURLOPT_CONNECTTIMEOUT_MS, 2000L);
  curl_easy_setopt(Http, CURLOPT_TIMEOUT_MS, 10000L);
}

PaymentClient::~PaymentClient() { curl_easy_cleanup(Http); }

bool PaymentClient::charge(const std::string &orderId, long cents) {
  std::string body = "{\"order\":\"" + orderId + "\",\"amount\":" +
                     std::to_string(cents) + "}";
  curl_easy_setopt(Http, CURLOPT_URL, (BaseUrl + "/v1/charges").c_str());
  curl_easy_setopt(Http, CURLOPT_POSTFIELDS, body.c_str());
  return curl_easy_perform(Http) == CURLE_OK; // bounded by the constructor
}
