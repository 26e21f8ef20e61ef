//===--- Model.cpp - YAML loading and validation of library models --------===//

#include "Model/Model.h"

#include "llvm/Support/GlobPattern.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <set>
#include <sstream>

namespace faultline {

std::string HandleSpec::str() const {
  switch (Kind) {
  case None:
    return "none";
  case This:
    return "this";
  case Arg:
    return "arg" + std::to_string(Index);
  case Result:
    return "result";
  case Call:
    return "call";
  case ParamTyped:
    return "arg_of_param_type";
  case ArgOfType:
    return "type:" + Type;
  case ResultAfter:
    return "result_after";
  }
  return "none";
}

std::string ModelError::str() const {
  if (Line == 0)
    return fmt::format("{}: error: {}", File, Message);
  return fmt::format("{}:{}:{}: error: {}", File, Line, Column, Message);
}

namespace {

/// Thrown inside the parser only; parseModel turns it into a ModelError.
struct ModelFailure {
  YAML::Mark Where;
  std::string Message;
};

[[noreturn]] void fail(const YAML::Node &N, std::string Message) {
  throw ModelFailure{N.Mark(), std::move(Message)};
}

void expectMap(const YAML::Node &N, const char *What) {
  if (!N.IsMap())
    fail(N, fmt::format("{} must be a mapping", What));
}

/// Rejects keys the schema does not know, so a typo is an error, not a
/// silently ignored rule.
void checkKeys(const YAML::Node &N, std::initializer_list<const char *> Known,
               const char *What) {
  expectMap(N, What);
  for (const auto &KV : N) {
    std::string Key = KV.first.as<std::string>();
    bool Found = false;
    for (const char *K : Known)
      Found |= Key == K;
    if (!Found) {
      std::string List;
      for (const char *K : Known)
        List += std::string(List.empty() ? "" : ", ") + K;
      fail(KV.first, fmt::format("unknown key '{}' in {} (expected one of: {})",
                                 Key, What, List));
    }
  }
}

std::string scalar(const YAML::Node &N, const char *What) {
  if (!N.IsScalar())
    fail(N, fmt::format("{} must be a string", What));
  return N.as<std::string>();
}

std::vector<std::string> stringList(const YAML::Node &N, const char *What) {
  std::vector<std::string> Out;
  if (N.IsScalar()) {
    Out.push_back(N.as<std::string>());
    return Out;
  }
  if (!N.IsSequence())
    fail(N, fmt::format("{} must be a string or a list of strings", What));
  for (const auto &E : N)
    Out.push_back(scalar(E, What));
  return Out;
}

unsigned unsignedValue(const YAML::Node &N, const char *What) {
  std::string S = scalar(N, What);
  if (S.empty() || S.find_first_not_of("0123456789") != std::string::npos)
    fail(N, fmt::format("{} must be a non-negative integer", What));
  return static_cast<unsigned>(std::stoul(S));
}

bool boolValue(const YAML::Node &N, const char *What) {
  std::string S = scalar(N, What);
  if (S == "true" || S == "yes")
    return true;
  if (S == "false" || S == "no")
    return false;
  fail(N, fmt::format("{} must be true or false", What));
}

/// "30s", "5000ms", "2min", "none".
std::optional<int64_t> durationMs(const YAML::Node &N, const char *What) {
  std::string S = scalar(N, What);
  if (S == "none")
    return std::nullopt;
  size_t Pos = S.find_first_not_of("0123456789");
  if (Pos == 0 || Pos == std::string::npos)
    fail(N, fmt::format("{} must be a duration such as 30s or 500ms, or none",
                        What));
  int64_t Num = std::stoll(S.substr(0, Pos));
  std::string Unit = S.substr(Pos);
  if (Unit == "ms")
    return Num;
  if (Unit == "s")
    return Num * 1000;
  if (Unit == "min")
    return Num * 60000;
  fail(N,
       fmt::format("unknown unit '{}' in {} (use ms, s or min)", Unit, What));
}

double unitMillis(const YAML::Node &N) {
  std::string U = scalar(N, "unit");
  if (U == "ms")
    return 1;
  if (U == "s")
    return 1000;
  if (U == "us")
    return 0.001;
  if (U == "min")
    return 60000;
  fail(N, fmt::format("unknown unit '{}' (use us, ms, s or min)", U));
}

HandleSpec handleSpec(const YAML::Node &N) {
  std::string S = scalar(N, "handle");
  HandleSpec H;
  if (S == "this")
    H.Kind = HandleSpec::This;
  else if (S == "result")
    H.Kind = HandleSpec::Result;
  else if (S == "call")
    H.Kind = HandleSpec::Call;
  else if (S == "arg_of_param_type")
    H.Kind = HandleSpec::ParamTyped;
  else if (S == "result_after")
    H.Kind = HandleSpec::ResultAfter;
  else if (S.size() > 5 && S.compare(0, 5, "type:") == 0) {
    H.Kind = HandleSpec::ArgOfType;
    H.Type = S.substr(5);
  } else if (S.size() > 3 && S.compare(0, 3, "arg") == 0 &&
             S.find_first_not_of("0123456789", 3) == std::string::npos) {
    H.Kind = HandleSpec::Arg;
    H.Index = static_cast<unsigned>(std::stoul(S.substr(3)));
  } else
    fail(N, fmt::format("bad handle '{}' (use this, argN, result, "
                        "result_after, call, arg_of_param_type or type:T)",
                        S));
  return H;
}

/// \p AllowFields: the rule kinds that read option fields (tls_disabled,
/// auto_retries, auth, timeouts) take `field:` as well.
CallSelector callSelector(const YAML::Node &N, bool AllowFields = false) {
  checkKeys(N,
            {"function", "class", "methods", "constructor", "param_type",
             "exclude_namespaces", "field"},
            "call");
  CallSelector C;
  if (N["function"])
    C.Functions = stringList(N["function"], "function");
  if (N["class"])
    C.Classes = stringList(N["class"], "class");
  if (N["methods"])
    C.Methods = stringList(N["methods"], "methods");
  if (N["constructor"])
    C.Constructor = boolValue(N["constructor"], "constructor");
  if (N["param_type"])
    C.ParamType = scalar(N["param_type"], "param_type");
  if (N["exclude_namespaces"])
    C.ExcludeNamespaces =
        stringList(N["exclude_namespaces"], "exclude_namespaces");
  if (N["field"]) {
    if (!AllowFields)
      fail(N["field"], "'field' is read only by tls_disabled, auto_retries, "
                       "auth and timeouts rules");
    C.Fields = stringList(N["field"], "field");
    for (const std::string &F : C.Fields)
      if (F.find("::") == std::string::npos)
        fail(N["field"],
             fmt::format("field '{}' must be written Type::field", F));
  }
  int Forms = !C.Functions.empty() + !C.Classes.empty() + !C.ParamType.empty() +
              !C.Fields.empty();
  if (Forms != 1)
    fail(N, "call needs exactly one of 'function', 'class', 'param_type' or "
            "'field'");
  if (!C.Classes.empty() && C.Methods.empty() && !C.Constructor)
    fail(N, "call with 'class' needs 'methods' or 'constructor: true'");
  if (C.Classes.empty() && (!C.Methods.empty() || C.Constructor))
    fail(N, "'methods' and 'constructor' need 'class'");
  return C;
}

std::vector<unsigned> unsignedList(const YAML::Node &N, const char *What) {
  std::vector<unsigned> Out;
  if (N.IsSequence()) {
    for (const auto &E : N)
      Out.push_back(unsignedValue(E, What));
  } else {
    Out.push_back(unsignedValue(N, What));
  }
  return Out;
}

ArgCondition argCondition(const YAML::Node &N) {
  checkKeys(N, {"arg", "is", "contains", "arg_type", "param", "object_from"},
            "when");
  ArgCondition A;
  if (N["arg"])
    A.Arg = unsignedValue(N["arg"], "arg");
  if (N["is"])
    A.Is = stringList(N["is"], "is");
  if (N["contains"])
    A.Contains = stringList(N["contains"], "contains");
  if (N["arg_type"])
    A.ArgType = scalar(N["arg_type"], "arg_type");
  if (N["param"])
    A.Param = boolValue(N["param"], "param");
  if (N["object_from"])
    A.ObjectFrom = stringList(N["object_from"], "object_from");
  if (A.ArgType.empty() && !A.Arg && A.ObjectFrom.empty())
    fail(N, "when needs 'arg' (with 'is', 'contains' or 'param'), "
            "'arg_type' or 'object_from'");
  if (A.Arg && A.Is.empty() && A.Contains.empty() && !A.Param)
    fail(N, "when with 'arg' needs 'is', 'contains' or 'param'");
  return A;
}

std::vector<ArgCondition> conditions(const YAML::Node &N) {
  std::vector<ArgCondition> Out;
  if (!N)
    return Out;
  if (N.IsSequence())
    for (const auto &E : N)
      Out.push_back(argCondition(E));
  else
    Out.push_back(argCondition(N));
  return Out;
}

std::vector<std::string> scopeList(const YAML::Node &N, const char *What) {
  static const std::set<std::string> Known = {"total", "connect", "read",
                                              "write", "stall",   "handshake",
                                              "idle",  "wait"};
  std::vector<std::string> Out = stringList(N, What);
  for (const auto &S : Out)
    if (!Known.count(S))
      fail(N, fmt::format("unknown scope '{}' in {} (known: total, connect, "
                          "read, write, stall, handshake, idle, wait)",
                          S, What));
  return Out;
}

TimeoutRule timeoutRule(const YAML::Node &N) {
  checkKeys(N,
            {"id", "call", "handle", "when", "unless", "value", "bounds",
             "timer", "infinite", "requires", "name"},
            "timeout rule");
  TimeoutRule R;
  if (!N["call"] || !N["handle"])
    fail(N, "timeout rule needs 'call' and 'handle'");
  R.Match = callSelector(N["call"], /*AllowFields=*/true);
  R.Handle = handleSpec(N["handle"]);
  // An option field configures the struct it is a member of.
  if (!R.Match.Fields.empty() && R.Handle.Kind != HandleSpec::This)
    fail(N["handle"], "a timeout rule on a 'field' takes 'handle: this' (the "
                      "struct whose field is set)");
  if (N["id"])
    R.Id = scalar(N["id"], "id");
  if (N["name"])
    R.Name = scalar(N["name"], "name");
  R.When = conditions(N["when"]);
  R.Unless = conditions(N["unless"]);
  if (const YAML::Node V = N["value"]) {
    checkKeys(V, {"arg", "unit", "infinite"}, "value");
    if (V["arg"])
      R.Value.Arg = unsignedValue(V["arg"], "arg");
    if (V["unit"])
      R.Value.MillisPerUnit = unitMillis(V["unit"]);
    if (V["infinite"])
      for (const auto &S : stringList(V["infinite"], "infinite"))
        R.Value.Infinite.push_back(std::stoll(S));
  }
  R.Bounds = N["bounds"] ? scopeList(N["bounds"], "bounds")
                         : std::vector<std::string>{"total"};
  if (N["timer"])
    R.Timer = boolValue(N["timer"], "timer");
  if (N["infinite"])
    R.Infinite = boolValue(N["infinite"], "infinite");
  if (N["requires"])
    R.Requires = stringList(N["requires"], "requires");
  return R;
}

OutboundRule outboundRule(const YAML::Node &N) {
  checkKeys(N,
            {"id", "call", "handles", "covered_by", "operation", "fix", "why",
             "default_timeout", "when", "unless", "connects", "needs_connect",
             "opaque_arg", "target_args"},
            "outbound rule");
  OutboundRule R;
  if (!N["call"])
    fail(N, "outbound rule needs 'call'");
  R.Match = callSelector(N["call"]);
  if (N["id"])
    R.Id = scalar(N["id"], "id");
  if (N["handles"])
    for (const auto &S : stringList(N["handles"], "handles")) {
      YAML::Node Tmp(S);
      HandleSpec H;
      try {
        H = handleSpec(Tmp);
      } catch (ModelFailure &F) {
        fail(N["handles"], F.Message);
      }
      R.Handles.push_back(H);
    }
  R.CoveredBy = N["covered_by"] ? scopeList(N["covered_by"], "covered_by")
                                : std::vector<std::string>{"total"};
  R.When = conditions(N["when"]);
  R.Unless = conditions(N["unless"]);
  if (N["opaque_arg"])
    R.OpaqueArg = unsignedValue(N["opaque_arg"], "opaque_arg");
  if (N["connects"])
    R.Connects = boolValue(N["connects"], "connects");
  if (N["needs_connect"])
    R.NeedsConnect = boolValue(N["needs_connect"], "needs_connect");
  if (N["operation"])
    R.Operation = scalar(N["operation"], "operation");
  if (N["fix"])
    R.Fix = scalar(N["fix"], "fix");
  if (N["why"])
    R.Why = scalar(N["why"], "why");
  if (N["default_timeout"]) {
    R.DefaultTimeoutMs = durationMs(N["default_timeout"], "default_timeout");
    R.NoDefault = !R.DefaultTimeoutMs;
  }
  if (N["target_args"])
    R.TargetArgs = unsignedList(N["target_args"], "target_args");
  return R;
}

/// How a declared retry (a helper, a library's own) bounds and waits.
void retryShape(const YAML::Node &E, bool &Bounded, std::string &Backoff,
                bool &Jitter) {
  if (E["bounded"])
    Bounded = boolValue(E["bounded"], "bounded");
  if (E["backoff"]) {
    Backoff = scalar(E["backoff"], "backoff");
    if (Backoff != "none" && Backoff != "fixed" && Backoff != "exponential")
      fail(E["backoff"], "backoff must be none, fixed or exponential");
  }
  if (E["jitter"])
    Jitter = boolValue(E["jitter"], "jitter");
}

void parseLibrary(const YAML::Node &N, const std::string &File, Model &Into) {
  checkKeys(N, {"library",         "protocol",
                "headers",         "fix",
                "default_timeout", "outbound",
                "timeouts",        "same_handle",
                "inherit",         "resets",
                "tls_disabled",    "methods",
                "config_sets",     "producers",
                "produces",        "retry_helpers",
                "waits",           "service_configs",
                "targets",         "auth",
                "inbound",         "handlers",
                "verifiers",       "breakers",
                "require_breaker", "internal_hosts",
                "request_types",   "connections",
                "auto_retries",    "non_idempotent_methods",
                "namespaces"},
            "library model");
  LibraryModel L;
  if (!N["library"])
    fail(N, "library model needs 'library' (its name)");
  L.Name = scalar(N["library"], "library");
  L.Origin = {File, N.Mark().line + 1u, N.Mark().column + 1u};
  if (N["protocol"])
    L.Protocol = scalar(N["protocol"], "protocol");
  if (N["headers"])
    L.Headers = stringList(N["headers"], "headers");
  if (N["namespaces"])
    L.Namespaces = stringList(N["namespaces"], "namespaces");
  if (N["fix"])
    L.Fix = scalar(N["fix"], "fix");
  if (N["default_timeout"])
    L.DefaultTimeoutMs = durationMs(N["default_timeout"], "default_timeout");
  auto Seq = [&](const char *Key) {
    YAML::Node S = N[Key];
    if (S && !S.IsSequence())
      fail(S, fmt::format("'{}' must be a list", Key));
    return S;
  };
  if (YAML::Node S = Seq("outbound"))
    for (const auto &E : S)
      L.Outbound.push_back(outboundRule(E));
  if (YAML::Node S = Seq("timeouts"))
    for (const auto &E : S)
      L.Timeouts.push_back(timeoutRule(E));
  if (YAML::Node S = Seq("same_handle"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "from"}, "same_handle rule");
      if (!E["call"] || !E["from"])
        fail(E, "same_handle rule needs 'call' and 'from'");
      L.SameHandle.push_back({callSelector(E["call"]), handleSpec(E["from"])});
    }
  if (YAML::Node S = Seq("inherit"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "handle", "from_arg_type", "from_arg"},
                "inherit rule");
      if (!E["call"] || !E["handle"] || (!E["from_arg_type"] && !E["from_arg"]))
        fail(E, "inherit rule needs 'call', 'handle' and 'from_arg_type' or "
                "'from_arg'");
      InheritRule R;
      R.Match = callSelector(E["call"]);
      R.Handle = handleSpec(E["handle"]);
      if (E["from_arg_type"])
        R.FromArgType = scalar(E["from_arg_type"], "from_arg_type");
      if (E["from_arg"])
        R.FromArg = unsignedValue(E["from_arg"], "from_arg");
      L.Inherits.push_back(R);
    }
  if (YAML::Node S = Seq("resets"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "handle"}, "reset rule");
      if (!E["call"] || !E["handle"])
        fail(E, "reset rule needs 'call' and 'handle'");
      L.Resets.push_back({callSelector(E["call"]), handleSpec(E["handle"])});
    }
  if (YAML::Node S = Seq("tls_disabled"))
    for (const auto &E : S) {
      checkKeys(E,
                {"id", "name", "call", "when", "unless", "zero_arg",
                 "nonzero_arg", "target_arg", "fix"},
                "tls_disabled rule");
      if (!E["call"])
        fail(E, "tls_disabled rule needs 'call'");
      TlsRule R;
      R.Match = callSelector(E["call"], /*AllowFields=*/true);
      if (E["id"])
        R.Id = scalar(E["id"], "id");
      if (E["name"])
        R.Name = scalar(E["name"], "name");
      R.When = conditions(E["when"]);
      R.Unless = conditions(E["unless"]);
      if (E["zero_arg"])
        R.ZeroArg = unsignedValue(E["zero_arg"], "zero_arg");
      if (E["nonzero_arg"])
        R.NonZeroArg = unsignedValue(E["nonzero_arg"], "nonzero_arg");
      if (R.ZeroArg && R.NonZeroArg)
        fail(E,
             "tls_disabled rule takes 'zero_arg' or 'nonzero_arg', not both");
      if (E["target_arg"])
        R.TargetArg = unsignedValue(E["target_arg"], "target_arg");
      if (E["fix"])
        R.Fix = scalar(E["fix"], "fix");
      L.Tls.push_back(R);
    }
  if (YAML::Node S = Seq("methods"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "handle", "when", "method", "method_arg"},
                "methods rule");
      if (!E["call"] || (!E["method"] && !E["method_arg"]))
        fail(E, "methods rule needs 'call' and 'method' or 'method_arg'");
      MethodRule R;
      R.Match = callSelector(E["call"]);
      if (E["handle"])
        R.Handle = handleSpec(E["handle"]);
      R.When = conditions(E["when"]);
      if (E["method"])
        R.Method = scalar(E["method"], "method");
      if (E["method_arg"])
        R.MethodArg = unsignedValue(E["method_arg"], "method_arg");
      L.Methods.push_back(R);
    }
  if (N["non_idempotent_methods"])
    for (const std::string &M :
         stringList(N["non_idempotent_methods"], "non_idempotent_methods"))
      L.NonIdempotentMethods.push_back(llvm::StringRef(M).upper());
  if (YAML::Node S = Seq("config_sets"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "config", "key_arg", "value_arg", "pairs"},
                "config_sets rule");
      if (!E["call"] || !E["config"])
        fail(E, "config_sets rule needs 'call' and 'config'");
      ConfigSetRule R;
      R.Match = callSelector(E["call"]);
      R.Config = handleSpec(E["config"]);
      if (E["key_arg"])
        R.KeyArg = unsignedValue(E["key_arg"], "key_arg");
      if (E["value_arg"])
        R.ValueArg = unsignedValue(E["value_arg"], "value_arg");
      if (E["pairs"])
        R.Pairs = boolValue(E["pairs"], "pairs");
      if (!R.Pairs && !R.KeyArg)
        fail(E, "config_sets rule needs 'key_arg' or 'pairs: true'");
      L.ConfigSets.push_back(R);
    }
  auto ConfigValues = [&](const YAML::Node &V, const char *What) {
    std::vector<ConfigValue> Out;
    if (!V.IsSequence())
      fail(V, fmt::format("'{}' must be a list of {{key, value}}", What));
    for (const auto &E : V) {
      checkKeys(E, {"key", "value"}, What);
      if (!E["key"])
        fail(E, fmt::format("{} entry needs 'key'", What));
      ConfigValue C{scalar(E["key"], "key"), ""};
      if (E["value"])
        C.Value = scalar(E["value"], "value");
      Out.push_back(C);
    }
    return Out;
  };
  if (YAML::Node S = Seq("producers"))
    for (const auto &E : S) {
      checkKeys(E,
                {"id", "call", "when", "handle", "config", "idempotent_when",
                 "no_retry_when", "fix"},
                "producers rule");
      if (!E["call"] || !E["handle"] || !E["config"])
        fail(E, "producers rule needs 'call', 'handle' and 'config'");
      ProducerRule R;
      R.Match = callSelector(E["call"]);
      R.When = conditions(E["when"]);
      R.Handle = handleSpec(E["handle"]);
      R.Config = handleSpec(E["config"]);
      if (E["id"])
        R.Id = scalar(E["id"], "id");
      if (E["fix"])
        R.Fix = scalar(E["fix"], "fix");
      if (E["idempotent_when"])
        R.IdempotentWhen =
            ConfigValues(E["idempotent_when"], "idempotent_when");
      if (E["no_retry_when"])
        R.NoRetryWhen = ConfigValues(E["no_retry_when"], "no_retry_when");
      L.Producers.push_back(R);
    }
  if (YAML::Node S = Seq("produces"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "handle"}, "produces rule");
      if (!E["call"] || !E["handle"])
        fail(E, "produces rule needs 'call' and 'handle'");
      L.Produces.push_back({callSelector(E["call"]), handleSpec(E["handle"])});
    }
  if (YAML::Node S = Seq("retry_helpers"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "callable_arg", "bounded", "backoff", "jitter"},
                "retry_helpers rule");
      if (!E["call"])
        fail(E, "retry_helpers rule needs 'call'");
      RetryHelperRule R;
      R.Match = callSelector(E["call"]);
      if (E["callable_arg"])
        R.CallableArg = unsignedValue(E["callable_arg"], "callable_arg");
      retryShape(E, R.Bounded, R.Backoff, R.Jitter);
      L.RetryHelpers.push_back(R);
    }
  if (YAML::Node S = Seq("auto_retries"))
    for (const auto &E : S) {
      checkKeys(E,
                {"id", "name", "call", "enable_arg", "bounded", "backoff",
                 "jitter", "operation", "fix"},
                "auto_retries rule");
      if (!E["call"])
        fail(E, "auto_retries rule needs 'call'");
      AutoRetryRule R;
      R.Match = callSelector(E["call"], /*AllowFields=*/true);
      if (E["id"])
        R.Id = scalar(E["id"], "id");
      R.Name = E["name"] ? scalar(E["name"], "name") : "automatic retry";
      if (E["enable_arg"])
        R.EnableArg = unsignedValue(E["enable_arg"], "enable_arg");
      retryShape(E, R.Bounded, R.Backoff, R.Jitter);
      if (E["operation"])
        R.Operation = scalar(E["operation"], "operation");
      if (E["fix"])
        R.Fix = scalar(E["fix"], "fix");
      L.AutoRetries.push_back(R);
    }
  if (YAML::Node S = Seq("waits"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "delay_arg"}, "waits rule");
      if (!E["call"])
        fail(E, "waits rule needs 'call'");
      WaitRule R;
      R.Match = callSelector(E["call"]);
      if (E["delay_arg"])
        R.DelayArg = unsignedValue(E["delay_arg"], "delay_arg");
      L.Waits.push_back(R);
    }
  if (YAML::Node S = Seq("service_configs"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "when", "json_arg"}, "service_configs rule");
      if (!E["call"] || !E["json_arg"])
        fail(E, "service_configs rule needs 'call' and 'json_arg'");
      ServiceConfigRule R;
      R.Match = callSelector(E["call"]);
      R.When = conditions(E["when"]);
      R.JsonArg = unsignedValue(E["json_arg"], "json_arg");
      L.ServiceConfigs.push_back(R);
    }
  if (YAML::Node S = Seq("targets"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "when", "handle", "args"}, "targets rule");
      if (!E["call"] || !E["args"])
        fail(E, "targets rule needs 'call' and 'args'");
      TargetRule R;
      R.Match = callSelector(E["call"]);
      R.When = conditions(E["when"]);
      if (E["handle"])
        R.Handle = handleSpec(E["handle"]);
      R.Args = unsignedList(E["args"], "args");
      L.Targets.push_back(R);
    }
  if (YAML::Node S = Seq("auth"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "when", "handle", "kind"}, "auth rule");
      if (!E["call"] || !E["kind"])
        fail(E, "auth rule needs 'call' and 'kind'");
      AuthRule R;
      R.Match = callSelector(E["call"], /*AllowFields=*/true);
      R.When = conditions(E["when"]);
      if (E["handle"])
        R.Handle = handleSpec(E["handle"]);
      R.Kind = scalar(E["kind"], "kind");
      static const std::set<std::string> Kinds = {
          "bearer", "basic", "api-key", "mtls", "hmac", "password", "token"};
      if (!Kinds.count(R.Kind))
        fail(E["kind"], "kind must be bearer, basic, api-key, mtls, hmac, "
                        "password or token");
      L.Auth.push_back(R);
    }
  if (YAML::Node S = Seq("inbound"))
    for (const auto &E : S) {
      checkKeys(E,
                {"id", "call", "struct", "when", "unless", "operation",
                 "method_from_name", "method_arg", "method_call",
                 "default_method", "target_args", "handler_arg", "middleware"},
                "inbound rule");
      if (!E["call"] == !E["struct"])
        fail(E, "inbound rule needs 'call' or 'struct'");
      InboundRule R;
      if (E["call"])
        R.Match = callSelector(E["call"]);
      if (const YAML::Node St = E["struct"]) {
        checkKeys(St, {"type", "path", "method", "handler"}, "route struct");
        if (!St["type"] || !St["path"] || !St["handler"])
          fail(St, "route struct needs 'type', 'path' and 'handler'");
        R.StructType = scalar(St["type"], "type");
        R.PathField = scalar(St["path"], "path");
        R.HandlerField = scalar(St["handler"], "handler");
        if (St["method"])
          R.MethodField = scalar(St["method"], "method");
      }
      R.When = conditions(E["when"]);
      R.Unless = conditions(E["unless"]);
      if (E["id"])
        R.Id = scalar(E["id"], "id");
      if (E["operation"])
        R.Operation = scalar(E["operation"], "operation");
      if (E["method_from_name"])
        R.MethodFromName = boolValue(E["method_from_name"], "method_from_name");
      if (E["method_arg"])
        R.MethodArg = unsignedValue(E["method_arg"], "method_arg");
      if (E["method_call"])
        R.MethodCall = scalar(E["method_call"], "method_call");
      if (E["default_method"])
        R.DefaultMethod = scalar(E["default_method"], "default_method");
      if (E["target_args"])
        R.TargetArgs = unsignedList(E["target_args"], "target_args");
      if (E["handler_arg"])
        R.HandlerArg = unsignedValue(E["handler_arg"], "handler_arg");
      if (E["middleware"])
        R.Middleware = boolValue(E["middleware"], "middleware");
      L.Inbound.push_back(R);
    }
  if (YAML::Node S = Seq("handlers"))
    for (const auto &E : S) {
      checkKeys(E, {"override", "param_type"}, "handlers rule");
      HandlerRule R;
      if (const YAML::Node O = E["override"]) {
        checkKeys(O, {"class", "methods"}, "override");
        if (!O["class"] || !O["methods"])
          fail(O, "override needs 'class' and 'methods'");
        R.OverrideClasses = stringList(O["class"], "class");
        R.OverrideMethods = stringList(O["methods"], "methods");
      }
      if (E["param_type"])
        R.ParamType = scalar(E["param_type"], "param_type");
      if (R.OverrideClasses.empty() == R.ParamType.empty())
        fail(E, "handlers rule needs 'override' or 'param_type'");
      L.Handlers.push_back(R);
    }
  if (YAML::Node S = Seq("connections"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "kind", "handler_arg"}, "connections rule");
      if (!E["call"] || !E["kind"])
        fail(E, "connections rule needs 'call' and 'kind'");
      ConnectionRule R;
      R.Match = callSelector(E["call"]);
      R.Kind = scalar(E["kind"], "kind");
      if (R.Kind != "accept" && R.Kind != "reader" && R.Kind != "request-loop")
        fail(E["kind"], "kind must be accept, reader or request-loop");
      if (E["handler_arg"])
        R.HandlerArg = unsignedValue(E["handler_arg"], "handler_arg");
      if ((R.Kind == "reader") != R.HandlerArg.has_value())
        fail(E, "a reader (and only a reader) needs 'handler_arg'");
      L.Connections.push_back(R);
    }
  if (N["request_types"])
    L.RequestTypes = stringList(N["request_types"], "request_types");
  if (YAML::Node S = Seq("verifiers"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "kind", "output_arg"}, "verifiers rule");
      if (!E["call"] || !E["kind"])
        fail(E, "verifiers rule needs 'call' and 'kind'");
      VerifierRule R;
      R.Match = callSelector(E["call"]);
      R.Kind = scalar(E["kind"], "kind");
      if (R.Kind != "mac" && R.Kind != "verify" && R.Kind != "constant_time" &&
          R.Kind != "derive_key")
        fail(E["kind"],
             "kind must be mac, verify, constant_time or derive_key");
      if (E["output_arg"])
        R.OutputArg = unsignedValue(E["output_arg"], "output_arg");
      L.Verifiers.push_back(R);
    }
  if (YAML::Node S = Seq("breakers"))
    for (const auto &E : S) {
      checkKeys(E, {"call", "kind", "callable_arg", "key_arg", "option_field"},
                "breakers rule");
      if (!E["call"] || !E["kind"])
        fail(E, "breakers rule needs 'call' and 'kind'");
      BreakerRule R;
      R.Match = callSelector(E["call"]);
      R.Kind = scalar(E["kind"], "kind");
      if (R.Kind != "execute" && R.Kind != "admit" && R.Kind != "open" &&
          R.Kind != "check" && R.Kind != "enable")
        fail(E["kind"], "kind must be execute, admit, open, check or enable");
      if (E["option_field"])
        R.OptionField = scalar(E["option_field"], "option_field");
      if (E["callable_arg"])
        R.CallableArg = unsignedValue(E["callable_arg"], "callable_arg");
      if (E["key_arg"])
        R.KeyArg = unsignedValue(E["key_arg"], "key_arg");
      L.Breakers.push_back(R);
    }
  if (const YAML::Node R = N["require_breaker"]) {
    expectMap(R, "require_breaker");
    checkKeys(R, {"hosts", "wrappers", "libraries"}, "require_breaker");
    if (R["hosts"])
      L.RequiredBreakers.Hosts = stringList(R["hosts"], "hosts");
    if (R["wrappers"])
      L.RequiredBreakers.Wrappers = stringList(R["wrappers"], "wrappers");
    if (R["libraries"])
      L.RequiredBreakers.Libraries = stringList(R["libraries"], "libraries");
  }
  if (N["internal_hosts"])
    L.InternalHosts = stringList(N["internal_hosts"], "internal_hosts");
  auto CheckGlobs = [](const YAML::Node &At,
                       const std::vector<std::string> &Globs) {
    for (const std::string &G : Globs)
      if (auto P = llvm::GlobPattern::create(G); !P) {
        llvm::consumeError(P.takeError());
        fail(At, fmt::format("invalid host pattern '{}'", G));
      }
  };
  CheckGlobs(N["internal_hosts"], L.InternalHosts);
  if (N["require_breaker"])
    CheckGlobs(N["require_breaker"]["hosts"], L.RequiredBreakers.Hosts);
  // Rule ids named by `requires` must exist in the same library.
  std::set<std::string> Ids;
  for (const auto &T : L.Timeouts)
    if (!T.Id.empty())
      Ids.insert(T.Id);
  for (size_t I = 0; I < L.Timeouts.size(); ++I)
    for (const auto &Req : L.Timeouts[I].Requires)
      if (!Ids.count(Req))
        fail(N["timeouts"][I]["requires"],
             fmt::format("'requires' names unknown timeout id '{}'", Req));
  Into.Libraries.push_back(std::move(L));
}

} // namespace

bool parseModel(const std::string &Text, const std::string &FileName,
                Model &Into, ModelError &Err) {
  try {
    std::vector<YAML::Node> Docs = YAML::LoadAll(Text);
    Model Parsed;
    for (const auto &Doc : Docs) {
      if (Doc.IsNull())
        continue;
      if (Doc.IsMap() && Doc["libraries"]) {
        checkKeys(Doc, {"libraries"}, "model file");
        if (!Doc["libraries"].IsSequence())
          fail(Doc["libraries"], "'libraries' must be a list");
        for (const auto &L : Doc["libraries"])
          parseLibrary(L, FileName, Parsed);
      } else {
        parseLibrary(Doc, FileName, Parsed);
      }
    }
    for (auto &L : Parsed.Libraries)
      Into.Libraries.push_back(std::move(L));
    return true;
  } catch (const ModelFailure &F) {
    Err = {FileName, static_cast<unsigned>(F.Where.line + 1),
           static_cast<unsigned>(F.Where.column + 1), F.Message};
  } catch (const YAML::Exception &E) {
    Err = {FileName, static_cast<unsigned>(E.mark.line + 1),
           static_cast<unsigned>(E.mark.column + 1), E.msg};
  }
  return false;
}

bool loadModelFile(const std::string &Path, Model &Into, ModelError &Err) {
  std::ifstream In(Path);
  if (!In) {
    Err = {Path, 0, 0, "cannot open model file"};
    return false;
  }
  std::stringstream SS;
  SS << In.rdbuf();
  return parseModel(SS.str(), Path, Into, Err);
}

} // namespace faultline
