#include "Rules/Redact.h"

#include <gtest/gtest.h>

using namespace faultline;

TEST(RedactTest, UrlCredentials) {
  EXPECT_EQ(redactSecrets(
                "'Client::Get' on handle "
                "'httplib::Client(\"https://bob:hunter2@api.example.com\")'"),
            "'Client::Get' on handle "
            "'httplib::Client(\"https://***@api.example.com\")'");
  EXPECT_EQ(redactSecrets("ftp://user:pw@host/x"), "ftp://***@host/x");
  EXPECT_EQ(redactSecrets("https://example.com/a:b"),
            "https://example.com/a:b");
}

TEST(RedactTest, HeadersAndAssignments) {
  EXPECT_EQ(redactSecrets("Authorization: Bearer abc.def"),
            "Authorization: Bearer ***");
  EXPECT_EQ(redactSecrets("X-Api-Key: 12345"), "X-Api-Key: ***");
  EXPECT_EQ(redactSecrets("host=db password=s3cret dbname=x"),
            "host=db password=*** dbname=x");
  EXPECT_EQ(redactSecrets("?api_key=XYZ&q=1"), "?api_key=***&q=1");
}

TEST(RedactTest, KeyLikeLiteralsButNotIdentifiers) {
  EXPECT_EQ(redactSecrets("f(\"sk_live_51H8abcdEFGH1234ijklMNOP\")"),
            "f(\"***\")");
  EXPECT_EQ(redactSecrets("'QOAuth2AuthorizationCodeFlow::grant'"),
            "'QOAuth2AuthorizationCodeFlow::grant'");
  EXPECT_EQ(redactSecrets("curl_easy_perform on CURLOPT_TIMEOUT_MS"),
            "curl_easy_perform on CURLOPT_TIMEOUT_MS");
  EXPECT_EQ(redactSecrets("set_connection_timeout"), "set_connection_timeout");
}

TEST(RedactTest, ScopesAndComparisonsAreNoAssignments) {
  EXPECT_EQ(redactSecrets("'mqtt::token::wait' has no timeout"),
            "'mqtt::token::wait' has no timeout");
  EXPECT_EQ(redactSecrets("compared with token == expected"),
            "compared with token == expected");
  EXPECT_EQ(redactSecrets("token: abc123 and secret=xyz"),
            "token: *** and secret=***");
}
