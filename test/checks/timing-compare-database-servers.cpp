// Database servers: a coroutine awaits the hash of the password and
// compares it with the stored one; a SCRAM server builds the ClientProof
// byte by byte into a std::array and compares it with the client's. Not
// secrets: a proxy's fixed request for a cleartext password (its bytes are
// a protocol message), and a SCRAM attribute against its fixed value.
// RUN: %tidy %s -- -std=c++20 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <array>
#include <coroutine>
#include <cstring>
#include <map>
#include <string>

template <class T> struct future {
  struct promise_type {
    T value;
    future get_return_object();
    std::suspend_never initial_suspend() noexcept;
    std::suspend_never final_suspend() noexcept;
    void return_value(T v);
    void unhandled_exception();
  };
  bool await_ready() const noexcept;
  void await_suspend(std::coroutine_handle<>) const noexcept;
  T await_resume() const;
};

future<std::string> hash_with_salt_async(const std::string &pass,
                                         const std::string &salt);

future<bool> check(const std::string &pass, const std::string &salted_hash) {
  const auto pwd_hash = co_await hash_with_salt_async(pass, salted_hash);
  co_return pwd_hash == salted_hash;
  // CHECK: :[[@LINE-1]]:22: warning: the password hash 'pwd_hash' is compared with '=='
}

using digest_t = std::array<unsigned char, 32>;
digest_t hmac_sha256(const std::string &key, const std::string &text);
std::string base64_encode(const digest_t &bytes);
std::map<char, std::string> split_attributes(const std::string &message);

bool check_final_message(const std::string &salted_password,
                         const std::string &auth_message,
                         const std::string &message) {
  digest_t client_key = hmac_sha256(salted_password, "Client Key");
  digest_t client_signature = hmac_sha256(salted_password, auth_message);
  digest_t client_proof;
  for (size_t i = 0; i < client_proof.size(); ++i)
    client_proof[i] = client_key[i] ^ client_signature[i];
  for (const auto &attribute : split_attributes(message)) {
    if (attribute.first == 'c' && attribute.second != "biws")
      return false;
    if (attribute.first == 'p' &&
        attribute.second != base64_encode(client_proof))
      // CHECK: :[[@LINE-1]]:26: warning: the computed MAC 'client_proof' is compared with '!='
      return false;
  }
  return true;
}

static std::array<unsigned char, 9> password_request = {'R', 0, 0, 0, 8,
                                                        0,   0, 0, 3};
bool asks_for_password(const unsigned char *packet, size_t n) {
  return n == password_request.size() &&
         std::memcmp(packet, password_request.data(), n) == 0;
}
