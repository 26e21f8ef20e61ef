#include "Emit/Inventory.h"
#include "Scan/Shard.h"

#include <gtest/gtest.h>

using namespace faultline;

TEST(InventoryTest, SystemOfTargets) {
  EXPECT_EQ(systemOf("https://pay.example.com/v1/charges"), "pay.example.com");
  EXPECT_EQ(systemOf("https://***@pay.example.com:8443/x"),
            "pay.example.com:8443");
  EXPECT_EQ(systemOf("localhost:50051"), "localhost:50051");
  EXPECT_EQ(systemOf("postgresql://db:5432/app"), "db:5432");
  EXPECT_EQ(systemOf("${AUDIT_URL}/health"), "${AUDIT_URL}");
  EXPECT_EQ(systemOf("?"), "(unknown)");
  EXPECT_EQ(systemOf(""), "(unknown)");
}

static ReportedPoint point(const char *File, unsigned Line, const char *Target,
                           const char *Timeout, const char *Retry) {
  ReportedPoint P;
  P.Loc.File = File;
  P.Loc.Line = Line;
  P.Loc.Column = 3;
  P.Library = "libcurl";
  P.Protocol = "HTTP";
  P.Direction = "outbound";
  P.Operation = "POST";
  P.Target = Target;
  P.Timeout = Timeout;
  P.Retry = Retry;
  P.Breaker = "none";
  P.Auth = "none";
  return P;
}

TEST(InventoryTest, CoverageAndCsvQuoting) {
  std::vector<ReportedPoint> Points = {
      point("/r/a.c", 3, "https://a.example.com/x", "5 s",
            "loop: bounded, backoff, jitter"),
      point("/r/b/c.c", 9, "https://a.example.com/y", "missing", "none")};
  Points[1].Findings = {{"integration-call-without-timeout", Points[1].Loc}};
  // A webhook finding reported at the route's handler, elsewhere.
  TextLocation Handler = Points[1].Loc;
  Handler.File = "/r/b/handlers.c";
  Handler.Line = 40;
  Points[1].Findings.push_back({"integration-unverified-webhook", Handler});
  Inventory Inv = buildInventory(Points, "/r");
  ASSERT_EQ(Inv.Points.size(), 2u);
  EXPECT_EQ(Inv.Points[0].File, "a.c");
  EXPECT_EQ(Inv.Points[1].Module, "b");
  ASSERT_EQ(Inv.Systems.size(), 1u);
  EXPECT_EQ(Inv.Systems[0].Modules.size(), 2u);
  EXPECT_EQ(Inv.Timeouts.Covered, 1u);
  EXPECT_EQ(Inv.Timeouts.Total, 2u);
  EXPECT_EQ(Inv.RetryBackoff.Covered, 1u);
  EXPECT_EQ(Inv.RetryBackoff.Total, 1u);
  std::string Csv = writeInventory(Inv, InventoryFormat::Csv, {"/r", "1"});
  EXPECT_NE(Csv.find(",\"loop: bounded, backoff, jitter\","),
            std::string::npos);
  EXPECT_NE(Csv.find("integration-call-without-timeout@b/c.c:9:3"),
            std::string::npos);
  EXPECT_NE(Csv.find("integration-unverified-webhook@b/handlers.c:40:3"),
            std::string::npos);
  // Ids stay when an unrelated point is added.
  Points.push_back(point("/r/z.c", 1, "?", "unknown", "none"));
  Inventory More = buildInventory(Points, "/r");
  EXPECT_EQ(More.Points[0].Id, Inv.Points[0].Id);
  EXPECT_EQ(More.Points[1].Id, Inv.Points[1].Id);
}

TEST(InventoryTest, HtmlEscapesEmbeddedData) {
  std::vector<ReportedPoint> Points = {
      point("/r/a.c", 3, "</script><script>alert(1)</script>", "5 s", "none")};
  Inventory Inv = buildInventory(Points, "/r");
  std::string Html = writeInventory(Inv, InventoryFormat::Html, {"/r", "1"});
  EXPECT_EQ(Html.find("</script><script>alert"), std::string::npos);
  EXPECT_EQ(Html.find("http://"), Html.find("http://www.w3.org/2000/svg"));
}

TEST(ShardTest, UnitsRoundTrip) {
  TUReport U;
  U.File = "/r/a.c";
  U.ConfiguredMembers = {"c:@S@A@FI@h"};
  U.CallEdges = {{"c:@F@f", "c:@F@g"}};
  ReportedFinding F;
  F.Check = "integration-unsafe-retry";
  F.Message = "m";
  F.Loc = {"/r/a.c", 3, 4, 3, 9};
  F.Notes.push_back({{"/r/a.c", 2, 1, 2, 2}, "n"});
  F.Properties["bounded"] = "no";
  F.OpenCallees = {"c:@F@g"};
  U.Findings.push_back(F);
  U.Points.push_back(point("/r/a.c", 3, "?", "missing", "none"));
  std::vector<TUReport> Back;
  std::string Error;
  ASSERT_TRUE(unitsFromJson(unitsToJson({U}), Back, Error)) << Error;
  ASSERT_EQ(Back.size(), 1u);
  EXPECT_EQ(Back[0].CallEdges, U.CallEdges);
  ASSERT_EQ(Back[0].Findings.size(), 1u);
  EXPECT_EQ(Back[0].Findings[0].Notes[0].Message, "n");
  EXPECT_EQ(Back[0].Findings[0].OpenCallees, F.OpenCallees);
  EXPECT_EQ(Back[0].Findings[0].Properties.at("bounded"), "no");
  EXPECT_EQ(Back[0].Points[0].Timeout, "missing");
  unsigned K, N;
  EXPECT_TRUE(parseShard("2/3", K, N));
  EXPECT_FALSE(parseShard("0/3", K, N));
  EXPECT_FALSE(parseShard("4/3", K, N));
  EXPECT_FALSE(parseShard("x", K, N));
}
