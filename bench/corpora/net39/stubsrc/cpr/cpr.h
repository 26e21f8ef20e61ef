// net39 stub: declaration-only stand-in for the parts of libcpr (https://github.com/libcpr/cpr, 1.x) that
// msync's lib/net/net.cpp uses. Debian 12 does not package cpr. Like the real library, a request made
// with cpr::Get/Post/Delete has no timeout unless a cpr::Timeout option is passed (libcurl default: none).
#ifndef NET39_STUB_CPR_H
#define NET39_STUB_CPR_H
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cpr {
enum class ErrorCode {
    OK = 0, CONNECTION_FAILURE, EMPTY_RESPONSE, HOST_RESOLUTION_FAILURE, INTERNAL_ERROR, INVALID_URL_FORMAT,
    NETWORK_RECEIVE_ERROR, NETWORK_SEND_FAILURE, OPERATION_TIMEDOUT, PROXY_RESOLUTION_FAILURE, SSL_CONNECT_ERROR,
    SSL_LOCAL_CERTIFICATE_ERROR, SSL_REMOTE_CERTIFICATE_ERROR, SSL_CACERT_ERROR, GENERIC_SSL_ERROR,
    UNSUPPORTED_PROTOCOL, REQUEST_CANCELLED, TOO_MANY_REDIRECTS, UNKNOWN_ERROR = 1000,
};
class Error {
  public:
    ErrorCode code = ErrorCode::OK;
    std::string message;
    explicit operator bool() const { return code != ErrorCode::OK; }
};
struct CaseInsensitiveCompare { bool operator()(const std::string& a, const std::string& b) const noexcept; };
using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;
class Url : public std::string {
  public:
    Url() = default;
    Url(std::string_view s) : std::string(s) {}
    Url(const char* s) : std::string(s) {}
    Url(const std::string& s) : std::string(s) {}
};
struct Pair {
    Pair(std::string k, std::string v) : key(std::move(k)), value(std::move(v)) {}
    std::string key, value;
};
class Payload {
  public:
    Payload() = default;
    Payload(const std::initializer_list<Pair>& pairs);
    void AddPair(const Pair& pair);
    std::string content;
};
struct Parameter {
    Parameter(std::string k, std::string v) : key(std::move(k)), value(std::move(v)) {}
    Parameter(std::string_view k, std::string_view v) : key(k), value(v) {}
    std::string key, value;
};
class Parameters {
  public:
    Parameters() = default;
    Parameters(const std::initializer_list<Parameter>& parameters);
    void AddParameter(const Parameter& parameter);
};
struct File {
    explicit File(std::string p) : filepath(std::move(p)) {}
    std::string filepath;
};
struct Part {
    Part(const std::string& name, const std::string& value);
    Part(const std::string& name, const File& file);
};
class Multipart {
  public:
    Multipart(const std::initializer_list<Part>& parts);
};
class Timeout {
  public:
    Timeout(std::int32_t milliseconds);
};
class Response {
  public:
    long status_code = 0;
    std::string text;
    Header header;
    Url url;
    double elapsed = 0;
    Error error;
};
template <typename... Ts> Response Get(Ts&&... ts);
template <typename... Ts> Response Post(Ts&&... ts);
template <typename... Ts> Response Delete(Ts&&... ts);
template <typename... Ts> Response Put(Ts&&... ts);
}  // namespace cpr
#endif
