//===--- Finding.h - What the rules report, before any front end ----------===//

#ifndef FAULTLINE_RULES_FINDING_H
#define FAULTLINE_RULES_FINDING_H

#include "clang/Basic/SourceLocation.h"

#include <map>
#include <string>
#include <vector>

namespace faultline {

enum class Severity { Note, Warning, Error };

const char *severityName(Severity S);

struct FindingNote {
  clang::SourceLocation Loc;
  std::string Message;
};

/// A call's part in the breaker join (Analyze/BreakerJoin.h): an outbound
/// call, or a call of a project function that calls out, with the systems
/// it reaches and whether a breaker guards it where it is made.
struct BreakerRecord {
  std::vector<std::string> Systems; // "libcurl|api.example.com", ...
  std::string Function;             // USR of the enclosing function
  std::string FunctionName;         // qualified, for the inventory
  std::string Callee;               // USR of the project function called
  std::string CalleeName;           // qualified, for messages
  std::string SystemName;           // "libcurl https://api.example.com/x"
  bool Guarded = false;
  bool Required = false; // `require_breaker` names it
  /// An edge from a virtual method to an override (Function calls Callee by
  /// dispatch): never reported itself.
  bool Dispatch = false;
  /// The call's target comes from its function's parameters: the function
  /// is a generic client (`post(url, body)`), not one system's wrapper.
  bool TargetFromParam = false;
  /// The callee is an interface's pure virtual method (`ILlmClient::Chat`)
  /// with no body: unless the join finds implementations (dispatch
  /// records), only a breaker around it says it calls out.
  bool CalleeOpaque = false;
  std::string GuardText; // "'CircuitBreaker::execute' at pay.cpp:42"
};

/// One result of one check, still tied to the translation unit's
/// SourceManager. Front ends turn it into a clang-tidy diagnostic or a SARIF
/// result.
struct Finding {
  std::string Check; // e.g. integration-call-without-timeout
  Severity Level = Severity::Warning;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  /// The integration point the finding is about, when it is reported
  /// elsewhere (a route's registration, for a finding at its handler).
  clang::SourceLocation PointLoc;
  std::string Message;
  std::vector<FindingNote> Notes;
  /// Machine-readable facts for SARIF `properties` (verdict, library, ...).
  std::map<std::string, std::string> Properties;
  /// For an unknown-handle finding: the message to use when a whole-program
  /// view shows that nothing configures the handle.
  std::string MessageIfMissing;
  /// For an unknown-handle finding on a data member: the member's USR.
  std::string HandleUSR;
  /// The finding stands only if one of these functions (or function-pointer
  /// members) calls out, which another TU may show. Empty: it stands.
  std::vector<std::string> OpenCallees;
  /// The finding is dropped if one of these functions verifies a signature,
  /// which another TU may show.
  std::vector<std::string> DroppedIfVerifies;
  /// The same for functions the handler hands the request to: the plugin
  /// reports the finding all the same.
  std::vector<std::string> DroppedIfHandedOffVerifies;
  /// A webhook handler found by its definition: dropped where another TU
  /// reports it at its registration (which names the route).
  std::string HandlerDefinitionUSR;
  /// A webhook verified only by calls of these functions, trusted by their
  /// names with no implementation in view: the finding stands only if
  /// another TU defines every one and each definition is a placeholder
  /// that never reads its arguments.
  std::vector<std::string> KeptIfPlaceholders;
  /// A comparison by a project function trusted by its name: dropped if
  /// another TU defines it with a constant-time body.
  std::string DroppedIfConstantTime;
  /// A comparison by a project function named like a check, with no body
  /// in view: kept only if another TU defines it comparing in variable
  /// time.
  std::string KeptIfUnsafeComparer;
  /// A comparison inside a comparer (its USR) named for secrets that no
  /// call in this TU hands one: kept only if another TU's call does.
  std::string KeptIfComparerGivenSecrets;
  /// A breaker record waiting for the join, which turns the unguarded ones
  /// that need a breaker into findings and drops the rest.
  bool BreakerPending = false;
  BreakerRecord Breaker;
};

} // namespace faultline

#endif
