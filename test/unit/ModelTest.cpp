#include "Model/Model.h"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(ModelTest, LibraryNamespaces) {
  Model M;
  ModelError Err;
  ASSERT_TRUE(parseModel("library: vendored\nnamespaces: [acme, acme_json]\n",
                         "ns.yaml", M, Err))
      << Err.str();
  ASSERT_EQ(M.Libraries.size(), 1u);
  EXPECT_EQ(M.Libraries[0].Namespaces,
            (std::vector<std::string>{"acme", "acme_json"}));
  // Built in: cpp-httplib's and the vendored JSON parsers'.
  std::vector<std::string> Builtin;
  for (const LibraryModel &L : builtinModel().Libraries)
    Builtin.insert(Builtin.end(), L.Namespaces.begin(), L.Namespaces.end());
  EXPECT_NE(std::find(Builtin.begin(), Builtin.end(), "httplib"), Builtin.end());
  EXPECT_NE(std::find(Builtin.begin(), Builtin.end(), "nlohmann"),
            Builtin.end());
  Model Bad;
  EXPECT_FALSE(parseModel("library: x\nnamespaces: {a: b}\n", "bad.yaml", Bad,
                          Err));
  EXPECT_EQ(Err.Line, 2u);
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

TEST(ModelTest, ParsesRetryKeys) {
  Model M;
  ModelError Err;
  ASSERT_TRUE(parseModel(R"(library: acme
methods:
  - call: {function: acme::send}
    handle: arg0
    method_arg: 1
retry_helpers:
  - call: {function: acme::with_retries}
    callable_arg: 1
    backoff: fixed
    jitter: false
waits:
  - call: {function: acme::pause}
    delay_arg: 0
producers:
  - call: {function: acme::make_producer}
    handle: result
    config: arg0
    idempotent_when: [{key: enable.idempotence, value: "true"}, {key: transactional.id}]
config_sets:
  - call: {function: acme::conf_set}
    config: arg0
    key_arg: 1
    value_arg: 2
service_configs:
  - call: {function: acme::channel}
    json_arg: 0
)",
                         "acme.yaml", M, Err))
      << Err.str();
  const LibraryModel &L = M.Libraries.at(0);
  ASSERT_EQ(L.Methods.size(), 1u);
  EXPECT_EQ(*L.Methods[0].MethodArg, 1u);
  ASSERT_EQ(L.RetryHelpers.size(), 1u);
  EXPECT_EQ(L.RetryHelpers[0].CallableArg, 1u);
  EXPECT_EQ(L.RetryHelpers[0].Backoff, "fixed");
  ASSERT_EQ(L.Producers.size(), 1u);
  ASSERT_EQ(L.Producers[0].IdempotentWhen.size(), 2u);
  EXPECT_EQ(L.Producers[0].IdempotentWhen[1].Key, "transactional.id");
  EXPECT_TRUE(L.Producers[0].IdempotentWhen[1].Value.empty());
  EXPECT_EQ(*L.ConfigSets[0].ValueArg, 2u);
  EXPECT_EQ(L.ServiceConfigs[0].JsonArg, 0u);
  EXPECT_EQ(*L.Waits[0].DelayArg, 0u);
}

TEST(ModelTest, RetryKeyErrorsNameTheLine) {
  Model M;
  ModelError Err;
  EXPECT_FALSE(
      parseModel("library: acme\nretry_helpers:\n  - call: {function: f}\n"
                 "    backoff: sometimes\n",
                 "acme.yaml", M, Err));
  EXPECT_EQ(Err.Line, 4u);
  EXPECT_NE(Err.Message.find("none, fixed or exponential"), std::string::npos);
  EXPECT_FALSE(parseModel("library: acme\nproducers:\n  - call: {function: f}\n"
                          "    handle: result\n",
                          "acme.yaml", M, Err));
  EXPECT_EQ(Err.Line, 3u);
  EXPECT_NE(Err.Message.find("'config'"), std::string::npos);
}

TEST(ModelTest, ParsesOptionFieldsAndAutoRetries) {
  Model M;
  ModelError Err;
  ASSERT_TRUE(parseModel(R"(library: mqttlib
auto_retries:
  - id: reconnect
    name: automatic reconnect
    call: {field: [opts_t::auto_reconnect]}
    enable_arg: 0
    backoff: fixed
tls_disabled:
  - call: {field: ssl_t::verify_peer}
    zero_arg: 0
)",
                         "mqtt.yaml", M, Err))
      << Err.str();
  const LibraryModel &L = M.Libraries[0];
  ASSERT_EQ(L.AutoRetries.size(), 1u);
  EXPECT_EQ(L.AutoRetries[0].Match.Fields[0], "opts_t::auto_reconnect");
  EXPECT_EQ(*L.AutoRetries[0].EnableArg, 0u);
  EXPECT_FALSE(L.AutoRetries[0].Bounded);
  EXPECT_EQ(L.AutoRetries[0].Backoff, "fixed");
  EXPECT_EQ(L.Tls[0].Match.Fields[0], "ssl_t::verify_peer");
}

TEST(ModelTest, OptionFieldErrorsNameTheLine) {
  Model M;
  ModelError Err;
  // An outbound call is a call: an assignment to a field is not one.
  EXPECT_FALSE(parseModel("library: acme\noutbound:\n"
                          "  - call: {field: [opts_t::host]}\n",
                          "acme.yaml", M, Err));
  EXPECT_EQ(Err.Line, 3u);
  EXPECT_NE(Err.Message.find("'field' is read only by"), std::string::npos);
  EXPECT_FALSE(parseModel("library: acme\nauto_retries:\n"
                          "  - call: {field: [auto_reconnect]}\n",
                          "acme.yaml", M, Err));
  EXPECT_EQ(Err.Line, 3u);
  EXPECT_NE(Err.Message.find("Type::field"), std::string::npos);
  // A timeout field configures the struct it is set on, and nothing else.
  EXPECT_FALSE(parseModel("library: acme\ntimeouts:\n"
                          "  - call: {field: [opts_t::socket_timeout]}\n"
                          "    handle: arg0\n",
                          "acme.yaml", M, Err));
  EXPECT_EQ(Err.Line, 4u);
  EXPECT_NE(Err.Message.find("handle: this"), std::string::npos);
}

TEST(ModelTest, TimeoutRulesReadOptionFields) {
  Model M;
  ModelError Err;
  ASSERT_TRUE(parseModel("library: acme\ntimeouts:\n"
                         "  - call: {field: [opts_t::socket_timeout]}\n"
                         "    handle: this\n",
                         "acme.yaml", M, Err))
      << Err.Message;
  const LibraryModel &L = M.Libraries.back();
  ASSERT_EQ(L.Timeouts.size(), 1u);
  EXPECT_EQ(L.Timeouts[0].Match.Fields[0], "opts_t::socket_timeout");
  EXPECT_EQ(L.Timeouts[0].Handle.Kind, HandleSpec::This);
}
