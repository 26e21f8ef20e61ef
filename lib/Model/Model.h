//===--- Model.h - Library models: what calls out, what bounds it ---------===//
//
// Library knowledge is data: YAML files (lib/models/*.yaml, the user's
// .faultline.yaml) loaded into these structures. docs/model.md is the
// reference for the schema; keep the two in step.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_MODEL_MODEL_H
#define FAULTLINE_MODEL_MODEL_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace faultline {

/// Which expression of a call is the handle that carries configuration.
struct HandleSpec {
  // ParamTyped: the argument bound to the selector's param_type parameter.
  // ArgOfType: the first argument whose type is Type ("type:ns::T").
  // ResultAfter: the call's result, which may be bounded after the call (a
  // Qt reply that a timer aborts).
  enum KindType {
    None,
    This,
    Arg,
    Result,
    Call,
    ParamTyped,
    ArgOfType,
    ResultAfter
  } Kind = None;
  unsigned Index = 0; // for Arg
  std::string Type;   // for ArgOfType

  bool isSet() const { return Kind != None; }
  std::string str() const;
};

/// Selects calls: free functions by qualified name, methods or constructors
/// of a class (and of classes derived from it), or any call with a parameter
/// of a given type.
struct CallSelector {
  std::vector<std::string> Functions; // "ns::f"; a leading "::" = global only
  std::vector<std::string> Classes;   // qualified, template arguments dropped
  std::vector<std::string> Methods;   // with Classes
  bool Constructor = false;           // with Classes
  std::string ParamType;              // e.g. "grpc::ClientContext"
  std::vector<std::string> ExcludeNamespaces;
  /// "Record::field": an assignment of a constant to the field, whose value
  /// stands as argument 0 (C option structs: paho's `automaticReconnect`).
  std::vector<std::string> Fields;
};

/// A condition on the arguments of a matched call (`when:`).
struct ArgCondition {
  std::optional<unsigned> Arg;
  std::vector<std::string> Is;       // enumerator, variable or macro names
  std::vector<std::string> Contains; // a string literal in the argument
  std::string ArgType;               // some argument has this type
  /// Argument Arg is (true) or is not (false) a parameter of the function
  /// the call is in: what a caller or a signal handed over.
  std::optional<bool> Param;
  /// The object the method is called on is what a call of one of these
  /// methods returned (directly or through the variable it initialised):
  /// paho's `cli.connect(opts)->wait()`.
  std::vector<std::string> ObjectFrom;
};

/// How a timeout's value is read from the call.
struct ValueSpec {
  std::optional<unsigned> Arg; // no Arg: the value is not known
  double MillisPerUnit = 1;
  std::vector<int64_t> Infinite; // raw values that mean "never"
};

/// A call that sets a timeout (or a timer) on a handle.
struct TimeoutRule {
  std::string Id;
  CallSelector Match;
  HandleSpec Handle;
  std::vector<ArgCondition> When;
  std::vector<ArgCondition> Unless; // none may hold
  ValueSpec Value;
  std::vector<std::string> Bounds; // scopes: total, connect, read, stall, ...
  bool Timer = false;    // re-armed per operation: the latest one wins
  bool Infinite = false; // always means "never" (Beast expires_never)
  std::vector<std::string> Requires; // ids that must also reach the handle
  std::string Name;                  // how messages name it
};

/// A call that goes out to another system.
struct OutboundRule {
  std::string Id;
  CallSelector Match;
  std::vector<HandleSpec> Handles;    // configuration on any of them counts
  std::vector<std::string> CoveredBy; // timeout scopes that bound this call
  std::vector<ArgCondition> When;     // all must hold for the call to count
  std::vector<ArgCondition> Unless;   // none may hold
  /// A connection string the program builds at run time cannot be read: when
  /// this argument holds no string literal, the verdict is unknown.
  std::optional<unsigned> OpaqueArg;
  bool Connects = false;     // establishes the connection of its handle
  bool NeedsConnect = false; // counts only where its handle is connected
  std::string Operation;     // short name for messages/inventory
  std::string Fix;           // overrides the library's fix text
  std::string Why;           // extra explanation for messages
  std::optional<int64_t> DefaultTimeoutMs; // overrides the library default
  bool NoDefault = false;                  // the library default does not apply
  /// Arguments that name the target (a URL, a path, a host and a port),
  /// joined for the inventory.
  std::vector<unsigned> TargetArgs;
};

/// A call that sets where a handle goes (`CURLOPT_URL`, `Client(host)`).
struct TargetRule {
  CallSelector Match;
  std::vector<ArgCondition> When;
  HandleSpec Handle;
  std::vector<unsigned> Args; // joined with ':' (host, port)
};

/// A call that adds credentials to a handle or a request: bearer, basic,
/// api-key, mtls, hmac.
struct AuthRule {
  CallSelector Match;
  std::vector<ArgCondition> When;
  HandleSpec Handle; // unset: the calls of the same function
  std::string Kind;
};

/// An inbound integration point: a route, a listening port, a service.
struct InboundRule {
  std::string Id;
  CallSelector Match;
  std::vector<ArgCondition> When;
  std::string Operation;       // fixed, or
  bool MethodFromName = false; // Server::Post -> POST
  std::optional<unsigned> MethodArg;
  /// The route object's method that names its verbs (Crow's
  /// `.methods("POST"_method)`), and the verb when it is not called.
  std::string MethodCall, DefaultMethod;
  std::vector<unsigned> TargetArgs;
  std::optional<unsigned> HandlerArg; // the route's handler
  bool Middleware = false;            // runs before every route of its server
  std::vector<ArgCondition> Unless;   // the rule does not apply when one holds
  /// A route described by a struct rather than a call (ESP-IDF's
  /// `httpd_uri_t{.uri, .method, .handler}`): every initializer of the type
  /// is a route, with its path, verb and handler in these fields.
  std::string StructType, PathField, MethodField, HandlerField;
};

/// Request handlers recognised by their definition: an override of a
/// library's handler method (Poco `handleRequest`), or a function taking
/// the library's request type (Boost.Beast `http::request`).
struct HandlerRule {
  std::vector<std::string> OverrideClasses, OverrideMethods;
  std::string ParamType;
};

/// Calls through which a server gets its clients when no route names them:
/// `accept` returns an accepted connection (POSIX `accept`, the Arduino
/// cores' `WiFiServer::available`), `reader` registers the callback that
/// reads a connection's bytes (libuv's `uv_read_start`), `request-loop`
/// waits for the next request, which the calling function answers
/// (FastCGI's `FCGI_Accept`). What the server does with them says whether
/// it speaks HTTP and which routes it serves.
struct ConnectionRule {
  CallSelector Match;
  std::string Kind;
  std::optional<unsigned> HandlerArg; // reader: the callback
};

/// Cryptographic calls the webhook checks look for: `mac` computes a MAC or
/// signature (its output is compared later), `verify` checks one and
/// returns the verdict, `constant_time` compares in constant time.
struct VerifierRule {
  CallSelector Match;
  std::string Kind;
  std::optional<unsigned> OutputArg; // the MAC is written here
  /// Not from a model: a project function trusted by its name
  /// (`verify_signature`), which another TU may show checks nothing.
  bool FromName = false;
};

/// A call whose result is the same handle as one of its inputs
/// (`get_lowest_layer(s)`, `s.next_layer()`).
struct SameHandleRule {
  CallSelector Match;
  HandleSpec From;
};

/// A handle that takes the configuration of another object handed to it
/// (`http_client(url, config)`).
struct InheritRule {
  CallSelector Match;
  HandleSpec Handle;
  std::string FromArgType; // the configuration object's type
  std::optional<unsigned> FromArg;
};

/// A call that clears every option of a handle (`curl_easy_reset`).
struct ResetRule {
  CallSelector Match;
  HandleSpec Handle;
};

/// A call that turns TLS certificate verification off.
struct TlsRule {
  std::string Id;
  std::string Name; // how messages name it
  CallSelector Match;
  std::vector<ArgCondition> When;
  std::vector<ArgCondition> Unless;
  std::optional<unsigned> ZeroArg;    // only when this argument is 0/false
  std::optional<unsigned> NonZeroArg; // only when it is a non-zero constant
  std::optional<unsigned> TargetArg;  // not when this target is loopback
  std::string Fix;
};

/// A call that tells the request's method (`Post`, `CURLOPT_POST`,
/// `verb::post`): fixed by the rule, or read from an argument.
struct MethodRule {
  CallSelector Match;
  HandleSpec Handle; // the request it marks; unset = the call itself
  std::vector<ArgCondition> When;
  std::string Method;                // fixed: "POST"
  std::optional<unsigned> MethodArg; // or read: literal, enumerator, macro
};

/// A key/value setting of a producer configuration (`rd_kafka_conf_set`,
/// `Conf::set`, a `Configuration` built from {key, value} pairs).
struct ConfigSetRule {
  CallSelector Match;
  HandleSpec Config;
  std::optional<unsigned> KeyArg, ValueArg;
  bool Pairs = false; // the arguments are {key, value} initializer pairs
};

struct ConfigValue {
  std::string Key;
  std::string Value; // empty: any value
};

/// A call that creates a message producer that retries on its own.
struct ProducerRule {
  std::string Id;
  CallSelector Match;
  std::vector<ArgCondition> When;
  HandleSpec Handle;                       // the producer
  HandleSpec Config;                       // the configuration it is built from
  std::vector<ConfigValue> IdempotentWhen; // any of these makes it safe
  std::vector<ConfigValue> NoRetryWhen;    // any of these turns retries off
  std::string Fix;
};

/// A call that sends a message through a producer.
struct ProduceRule {
  CallSelector Match;
  HandleSpec Handle;
};

/// A project or library function that re-runs the callable it is given.
struct RetryHelperRule {
  CallSelector Match;
  unsigned CallableArg = 0;
  bool Bounded = true;
  std::string Backoff = "exponential"; // none, fixed, exponential
  bool Jitter = false;
};

/// A call that hands a gRPC service config (JSON, maybe with a
/// retryPolicy) to a channel.
struct ServiceConfigRule {
  CallSelector Match;
  std::vector<ArgCondition> When;
  unsigned JsonArg = 0;
};

/// A call (or an option field) that turns on the library's own repeating
/// of a failed connection: paho's automatic reconnect.
struct AutoRetryRule {
  std::string Id;
  std::string Name; // how messages name it
  CallSelector Match;
  /// When this argument is a bool parameter, only a constant true turns the
  /// repeating on; other overloads (intervals) always do.
  std::optional<unsigned> EnableArg;
  bool Bounded = false;
  std::string Backoff = "exponential"; // none, fixed, exponential
  bool Jitter = false;
  std::string Operation = "connect";
  std::string Fix;
};

/// A call that waits (backoff between attempts).
struct WaitRule {
  CallSelector Match;
  std::optional<unsigned> DelayArg;
};

/// A circuit breaker's API, declared: `execute` runs the callable it is
/// handed under the breaker; `admit` returns true when a call may go ahead
/// (`allow()`); `open` returns true when it must not (`is_open()`); `check`
/// throws (or aborts) when it must not; `enable` equips the object it is
/// called on with a breaker for all its calls (brpc's `Channel::Init` with
/// `ChannelOptions::enable_circuit_breaker`), when `option_field` is set on
/// an argument, or always.
struct BreakerRule {
  CallSelector Match;
  std::string Kind;
  std::string OptionField; // enable: a bool field of an argument set true
  std::optional<unsigned> CallableArg; // execute: the callable
  std::optional<unsigned> KeyArg;      // the service the breaker is for
};

/// Systems whose calls must go through a breaker even when no breaker
/// guards them anywhere (`require_breaker`).
struct RequireBreaker {
  std::vector<std::string> Hosts;     // glob patterns over the target's host
  std::vector<std::string> Wrappers;  // qualified project functions
  std::vector<std::string> Libraries; // model names: every call of them
};

struct SourceRef {
  std::string File;
  unsigned Line = 0, Column = 0;
};

struct LibraryModel {
  std::string Name;
  std::string Protocol;
  std::vector<std::string> Headers; // include names that bring the library in
  /// Outermost namespaces of the library's own code: a copy vendored beside
  /// the sources (`httplib.h`, `json.hpp`) is still the library's.
  std::vector<std::string> Namespaces;
  std::string Fix;
  std::optional<int64_t> DefaultTimeoutMs; // finite library default
  std::vector<OutboundRule> Outbound;
  std::vector<TimeoutRule> Timeouts;
  std::vector<SameHandleRule> SameHandle;
  std::vector<InheritRule> Inherits;
  std::vector<ResetRule> Resets;
  std::vector<TlsRule> Tls;
  std::vector<MethodRule> Methods;
  /// Operations a repeat carries out twice (upper case); empty: POST and
  /// PATCH, the HTTP verbs that are not idempotent.
  std::vector<std::string> NonIdempotentMethods;
  std::vector<ConfigSetRule> ConfigSets;
  std::vector<ProducerRule> Producers;
  std::vector<ProduceRule> Produces;
  std::vector<RetryHelperRule> RetryHelpers;
  std::vector<AutoRetryRule> AutoRetries;
  std::vector<WaitRule> Waits;
  std::vector<ServiceConfigRule> ServiceConfigs;
  std::vector<TargetRule> Targets;
  std::vector<AuthRule> Auth;
  std::vector<InboundRule> Inbound;
  std::vector<HandlerRule> Handlers;
  std::vector<ConnectionRule> Connections;
  /// Types through which a handler reads the request without being one
  /// itself (libmicrohttpd's `MHD_Connection`, Mongoose's
  /// `mg_http_message`): a helper taking one reads the request too.
  std::vector<std::string> RequestTypes;
  std::vector<VerifierRule> Verifiers;
  std::vector<BreakerRule> Breakers;
  RequireBreaker RequiredBreakers;
  /// Glob patterns of hosts that belong to the system itself: calls to them
  /// are never reported for a missing breaker.
  std::vector<std::string> InternalHosts;
  SourceRef Origin;
};

struct Model {
  std::vector<LibraryModel> Libraries;
};

/// A model problem with the place it was found.
struct ModelError {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Message;
  std::string str() const;
};

/// Parses one YAML document. On error returns false and fills \p Err.
bool parseModel(const std::string &Text, const std::string &FileName,
                Model &Into, ModelError &Err);

/// Loads a YAML model file from disk (merged into \p Into).
bool loadModelFile(const std::string &Path, Model &Into, ModelError &Err);

/// The models shipped with Faultline (lib/models/*.yaml, embedded).
const Model &builtinModel();

/// Every built-in model file as (name, text).
const std::vector<std::pair<std::string, std::string>> &builtinModelTexts();

} // namespace faultline

#endif
