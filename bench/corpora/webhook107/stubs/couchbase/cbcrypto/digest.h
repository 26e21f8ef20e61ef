/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
namespace cb::crypto {
enum class Algorithm { SHA1, SHA256, SHA512, Argon2id13, DeprecatedPlain };
std::string digest(Algorithm algorithm, std::string_view data);
std::string HMAC(Algorithm algorithm, std::string_view key, std::string_view data);
std::string PBKDF2_HMAC(Algorithm algorithm, std::string_view pass, std::string_view salt, unsigned int iterationCount);
std::string pwhash(Algorithm algorithm, std::string_view password, std::string_view salt);
std::string pwhash(Algorithm algorithm, std::string_view password, std::string_view salt,
                   const nlohmann::json& properties);
} // namespace cb::crypto
