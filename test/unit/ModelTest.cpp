#include "Model/Model.h"

#include <gtest/gtest.h>

using namespace faultline;

TEST(ModelTest, BuiltinModelsParse) {
  const Model &M = builtinModel();
  ASSERT_GE(M.Libraries.size(), 10u);
  bool SawCurl = false;
  for (const auto &L : M.Libraries)
    if (L.Name == "libcurl") {
      SawCurl = true;
      EXPECT_FALSE(L.Outbound.empty());
      EXPECT_FALSE(L.Timeouts.empty());
      EXPECT_FALSE(L.DefaultTimeoutMs.has_value());
    }
  EXPECT_TRUE(SawCurl);
}

TEST(ModelTest, ParsesDurationsAndHandles) {
  Model M;
  ModelError Err;
  ASSERT_TRUE(parseModel(R"(library: mylib
protocol: HTTP
default_timeout: 30s
outbound:
  - call: {class: my::Client, methods: [Send]}
    handles: [this, arg0]
timeouts:
  - call: {function: my::set_timeout}
    handle: arg0
    value: {arg: 1, unit: ms, infinite: [0]}
)",
                         "m.yaml", M, Err))
      << Err.str();
  ASSERT_EQ(M.Libraries.size(), 1u);
  const LibraryModel &L = M.Libraries[0];
  EXPECT_EQ(*L.DefaultTimeoutMs, 30000);
  ASSERT_EQ(L.Outbound[0].Handles.size(), 2u);
  EXPECT_EQ(L.Outbound[0].Handles[1].Kind, HandleSpec::Arg);
  EXPECT_EQ(L.Timeouts[0].Value.Infinite[0], 0);
  EXPECT_EQ(L.Timeouts[0].Bounds[0], "total");
}

TEST(ModelTest, UnknownKeyIsAnErrorWithPosition) {
  Model M;
  ModelError Err;
  EXPECT_FALSE(parseModel("library: x\noutbound:\n  - call: {function: f}\n"
                          "    handels: [arg0]\n",
                          "bad.yaml", M, Err));
  EXPECT_EQ(Err.File, "bad.yaml");
  EXPECT_EQ(Err.Line, 4u);
  EXPECT_EQ(Err.Column, 5u);
  EXPECT_NE(Err.Message.find("handels"), std::string::npos);
}

TEST(ModelTest, BrokenYamlIsAnErrorWithPosition) {
  Model M;
  ModelError Err;
  EXPECT_FALSE(parseModel("library: x\noutbound: [\n", "broken.yaml", M, Err));
  EXPECT_EQ(Err.File, "broken.yaml");
  EXPECT_GT(Err.Line, 0u);
}

TEST(ModelTest, RequiresMustNameAKnownId) {
  Model M;
  ModelError Err;
  EXPECT_FALSE(parseModel("library: x\ntimeouts:\n  - call: {function: f}\n"
                          "    handle: arg0\n    requires: [nope]\n",
                          "r.yaml", M, Err));
  EXPECT_NE(Err.Message.find("nope"), std::string::npos);
}
