/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>
namespace cb::logger {
void logWithContext(int level, std::string_view msg, nlohmann::json ctx);
} // namespace cb::logger
#define LOG_ERROR_CTX(msg, ...) ::cb::logger::logWithContext(4, msg, nlohmann::json{__VA_ARGS__})
#define LOG_WARNING_CTX(msg, ...) ::cb::logger::logWithContext(3, msg, nlohmann::json{__VA_ARGS__})
#define LOG_INFO_CTX(msg, ...) ::cb::logger::logWithContext(2, msg, nlohmann::json{__VA_ARGS__})
#define LOG_DEBUG_CTX(msg, ...) ::cb::logger::logWithContext(1, msg, nlohmann::json{__VA_ARGS__})
