// Hand-written stub (webhook67): stands in for jwt-cpp's jwt-cpp/jwt.h (domoticz's extern/jwtcpp submodule, not
// materialized), with the picojson value type it exposes. Declarations only: what webserver/cWebem.cpp calls.
#pragma once
#include <chrono>
#include <set>
#include <string>
#include <system_error>
namespace picojson {
class value {
public:
  explicit value(double d);
  explicit value(const std::string &s);
};
} // namespace picojson
namespace jwt {
class claim {
public:
  template <typename Iterator> claim(Iterator begin, Iterator end);
};
namespace algorithm {
struct hs256 { explicit hs256(std::string key); };
struct hs384 { explicit hs384(std::string key); };
struct hs512 { explicit hs512(std::string key); };
struct rs256 { explicit rs256(const std::string &public_key, const std::string &private_key = "",
                              const std::string &pub_pw = "", const std::string &priv_pw = ""); };
struct ps256 { explicit ps256(const std::string &public_key, const std::string &private_key = "",
                              const std::string &pub_pw = "", const std::string &priv_pw = ""); };
} // namespace algorithm
class decoded_jwt {
public:
  bool has_algorithm() const;
  bool has_audience() const;
  bool has_issuer() const;
  bool has_expires_at() const;
  bool has_not_before() const;
  bool has_issued_at() const;
  bool has_subject() const;
  bool has_key_id() const;
  std::set<std::string> get_audience() const;
  std::string get_subject() const;
  std::string get_algorithm() const;
  std::string get_key_id() const;
};
template <typename Decode> decoded_jwt decode(const std::string &token, Decode decode);
class verifier {
public:
  verifier &with_issuer(const std::string &iss);
  verifier &with_audience(const std::string &aud);
  template <typename Algo> verifier &allow_algorithm(Algo alg);
  verifier &expires_at_leeway(size_t leeway);
  verifier &not_before_leeway(size_t leeway);
  verifier &issued_at_leeway(size_t leeway);
  void verify(const decoded_jwt &jwt, std::error_code &ec) const;
};
verifier verify();
class builder {
public:
  builder &set_type(const std::string &typ);
  builder &set_key_id(const std::string &kid);
  builder &set_issuer(const std::string &iss);
  builder &set_issued_at(const std::chrono::system_clock::time_point &d);
  builder &set_not_before(const std::chrono::system_clock::time_point &d);
  builder &set_expires_at(const std::chrono::system_clock::time_point &d);
  builder &set_audience(const std::string &aud);
  builder &set_subject(const std::string &sub);
  builder &set_id(const std::string &id);
  builder &set_payload_claim(const std::string &id, picojson::value c);
  builder &set_payload_claim(const std::string &id, claim c);
  template <typename Algo, typename Encode> std::string sign(const Algo &algo, Encode encode) const;
};
builder create();
} // namespace jwt
