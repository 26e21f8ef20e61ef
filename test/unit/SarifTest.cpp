#include "Emit/Sarif.h"

#include <gtest/gtest.h>

using namespace faultline;

TEST(SarifTest, LineHashIgnoresWhitespaceAndCountsOccurrences) {
  std::string A = lineHash("c", "  curl_easy_perform(h);", 1);
  EXPECT_EQ(A, lineHash("c", "curl_easy_perform(h);   ", 1));
  EXPECT_NE(A, lineHash("c", "curl_easy_perform(h);", 2));
  EXPECT_NE(A, lineHash("d", "curl_easy_perform(h);", 1));
}

TEST(SarifTest, RelativeUris) {
  EXPECT_EQ(relativeUri("/src/a/b.cpp", "/src"), "a/b.cpp");
  EXPECT_EQ(relativeUri("/src/a/b.cpp", "/src/"), "a/b.cpp");
  EXPECT_EQ(relativeUri("/other/b.cpp", "/src"), "/other/b.cpp");
  EXPECT_EQ(relativeUri("/srcx/b.cpp", "/src"), "/srcx/b.cpp");
}

TEST(SarifTest, DeterministicAndValidShape) {
  ScanResult R;
  TUReport U;
  U.File = "/src/a.cpp";
  ReportedFinding F;
  F.Check = "integration-call-without-timeout";
  F.Message = "call has no timeout";
  F.Loc = {"/src/a.cpp", 3, 5, 3, 20};
  F.LineText = "  perform(h);";
  R.Findings.push_back(F);
  R.Units.push_back(U);
  SarifOptions O;
  O.Root = "/src";
  O.ToolVersion = "1.0.0";
  std::string S1 = writeSarif(R, O), S2 = writeSarif(R, O);
  EXPECT_EQ(S1, S2);
  EXPECT_NE(S1.find("\"version\": \"2.1.0\""), std::string::npos);
  EXPECT_NE(S1.find("\"uri\": \"a.cpp\""), std::string::npos);
  EXPECT_NE(S1.find("call has no timeout."), std::string::npos);
  EXPECT_NE(S1.find("primaryLocationLineHash"), std::string::npos);
}
