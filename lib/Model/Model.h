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
};

/// A condition on the arguments of a matched call (`when:`).
struct ArgCondition {
  std::optional<unsigned> Arg;
  std::vector<std::string> Is;       // enumerator, variable or macro names
  std::vector<std::string> Contains; // a string literal in the argument
  std::string ArgType;               // some argument has this type
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
  std::optional<unsigned> ZeroArg;   // only when this argument is 0/false
  std::optional<unsigned> TargetArg; // not when this target is loopback
  std::string Fix;
};

struct SourceRef {
  std::string File;
  unsigned Line = 0, Column = 0;
};

struct LibraryModel {
  std::string Name;
  std::string Protocol;
  std::vector<std::string> Headers; // include names that bring the library in
  std::string Fix;
  std::optional<int64_t> DefaultTimeoutMs; // finite library default
  std::vector<OutboundRule> Outbound;
  std::vector<TimeoutRule> Timeouts;
  std::vector<SameHandleRule> SameHandle;
  std::vector<InheritRule> Inherits;
  std::vector<ResetRule> Resets;
  std::vector<TlsRule> Tls;
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
