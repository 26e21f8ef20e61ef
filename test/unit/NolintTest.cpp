#include "Scan/Report.h"

#include <gtest/gtest.h>

using namespace faultline;

static const char *Check = "integration-call-without-timeout";

TEST(NolintTest, PlainAndNamed) {
  EXPECT_TRUE(isSuppressedByNolint("a(); // NOLINT\n", 1, Check));
  EXPECT_TRUE(
      isSuppressedByNolint("a(); // NOLINT(integration-*)\n", 1, Check));
  EXPECT_TRUE(isSuppressedByNolint(
      "a(); // NOLINT(bugprone-x, integration-call-without-timeout)\n", 1,
      Check));
  EXPECT_FALSE(isSuppressedByNolint("a(); // NOLINT(bugprone-*)\n", 1, Check));
  EXPECT_FALSE(isSuppressedByNolint("a();\n", 1, Check));
}

TEST(NolintTest, NextLineAndBlocks) {
  EXPECT_TRUE(isSuppressedByNolint("// NOLINTNEXTLINE\na();\n", 2, Check));
  EXPECT_FALSE(isSuppressedByNolint("// NOLINTNEXTLINE\n\na();\n", 3, Check));
  const char *Block = "// NOLINTBEGIN(integration-*)\na();\n// "
                      "NOLINTEND(integration-*)\nb();\n";
  EXPECT_TRUE(isSuppressedByNolint(Block, 2, Check));
  EXPECT_FALSE(isSuppressedByNolint(Block, 4, Check));
}
