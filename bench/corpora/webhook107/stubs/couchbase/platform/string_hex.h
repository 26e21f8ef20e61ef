/* Hand-written, declaration-only stand-in for a header of couchbase/platform (or gsl-lite), which Debian 12 does
 * not package: only what the kv_engine cbsasl files of the webhook107 corpus name. Not the real header. */
#pragma once
#include <string>
#include <string_view>
namespace cb {
std::string hex_encode(std::string_view buffer);
} // namespace cb
