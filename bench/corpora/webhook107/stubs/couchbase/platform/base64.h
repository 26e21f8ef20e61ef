/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <string>
#include <string_view>
namespace cb::base64 {
std::string encode(std::string_view source, bool prettyprint = false);
std::string decode(std::string_view source);
} // namespace cb::base64
