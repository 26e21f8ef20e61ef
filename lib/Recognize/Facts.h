//===--- Facts.h - What the recognizer finds in one translation unit ------===//
//
// The recognizer walks the AST once and records, per handle, every fact the
// analyses need: outbound calls, timeout settings, resets, handles handed to
// helpers, handles initialized from calls, configuration objects. The
// analyses then answer questions over these facts without walking the AST
// again.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_RECOGNIZE_FACTS_H
#define FAULTLINE_RECOGNIZE_FACTS_H

#include "Model/Model.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace faultline {

/// The identity of a handle: a variable, a parameter, a data member (one
/// handle whatever object reaches it), or, when nothing names it, the
/// expression itself.
struct HandleKey {
  const clang::ValueDecl *Root = nullptr; // VarDecl, ParmVarDecl, FieldDecl
  const clang::Expr *Temp = nullptr;      // unnamed value

  bool valid() const { return Root || Temp; }
  bool operator<(const HandleKey &O) const {
    return std::tie(Root, Temp) < std::tie(O.Root, O.Temp);
  }
  bool operator==(const HandleKey &O) const {
    return Root == O.Root && Temp == O.Temp;
  }
};

struct TimeoutEvent {
  HandleKey Key;
  const LibraryModel *Lib = nullptr;
  const TimeoutRule *Rule = nullptr;
  clang::SourceLocation Loc;
  const clang::FunctionDecl *Func = nullptr;
  std::optional<int64_t> ValueMs;
  bool Infinite = false;
};

/// A handle handed to a function of the project (a possible helper).
struct PassEvent {
  HandleKey Key;
  const clang::FunctionDecl *Callee = nullptr; // canonical declaration
  unsigned Param = 0;
  clang::SourceLocation Loc;
  const clang::FunctionDecl *Func = nullptr;
};

/// A handle variable initialized from, or assigned, the value of a call.
struct InitEvent {
  HandleKey Key;
  const clang::Expr *Init = nullptr;
  clang::SourceLocation Loc;
};

/// A handle built with a configuration object (`http_client(url, cfg)`).
struct InheritEvent {
  HandleKey Key;
  HandleKey From;
  clang::SourceLocation Loc;
};

struct ResetEvent {
  HandleKey Key;
  clang::SourceLocation Loc;
};

/// An outbound call.
struct Site {
  const clang::Expr *Call = nullptr;
  const LibraryModel *Lib = nullptr;
  const OutboundRule *Rule = nullptr;
  std::vector<HandleKey> Keys;
  std::vector<std::string> KeyTexts; // how the source spells each handle
  std::vector<bool> KeyAfterCall;    // bounded by settings after the call too
  bool Opaque = false; // configuration built at run time: verdict unknown
  const clang::FunctionDecl *Func = nullptr;
  clang::SourceLocation Loc; // the callee's name
  clang::SourceRange Range;
  std::string Callee; // as messages name it: curl_easy_perform, Client::Get
  std::vector<const clang::Expr *> TargetExprs; // the call's own target
};

/// Where a handle goes: `curl_easy_setopt(h, CURLOPT_URL, url)`.
struct TargetEvent {
  const LibraryModel *Lib = nullptr;
  HandleKey Key; // invalid: any call of the library in this TU
  std::vector<const clang::Expr *> Args;
  clang::SourceLocation Loc;
};

/// Credentials put on a handle, or (no key) in a function.
struct AuthEvent {
  HandleKey Key;
  std::string Kind;
  const clang::FunctionDecl *Func = nullptr;
  clang::SourceLocation Loc;
};

/// A route, a listening port, a registered service.
struct InboundEvent {
  const LibraryModel *Lib = nullptr;
  const InboundRule *Rule = nullptr;
  std::string Operation;
  std::vector<const clang::Expr *> TargetExprs;
  clang::SourceLocation Loc;
  const clang::FunctionDecl *Func = nullptr;
  const clang::Expr *Handler = nullptr; // the route's handler, if any
};

/// A request handler recognised by its definition (Poco, Beast).
struct HandlerDef {
  const LibraryModel *Lib = nullptr;
  const clang::FunctionDecl *Func = nullptr;
};

/// A call through which a server gets a client (see ConnectionRule).
struct ConnectionEvent {
  const LibraryModel *Lib = nullptr;
  const ConnectionRule *Rule = nullptr;
  const clang::CallExpr *Call = nullptr;
};

/// A cryptographic call (see VerifierRule).
struct CryptoEvent {
  const VerifierRule *Rule = nullptr;
  const clang::Expr *Call = nullptr;
  const clang::Expr *Output = nullptr;
};

/// A call that turns TLS verification off.
struct TlsEvent {
  const LibraryModel *Lib = nullptr;
  const TlsRule *Rule = nullptr;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
};

/// The method of a request (`POST`), on a handle or on the call itself.
struct MethodEvent {
  HandleKey Key; // invalid: the call itself is the request
  const clang::Expr *Call = nullptr;
  std::string Method; // upper case
  clang::SourceLocation Loc;
};

/// One key of a producer configuration.
struct ConfigSetEvent {
  HandleKey Config;
  std::string Key, Value;
  bool KeyKnown = true; // false: the key is computed at run time
  clang::SourceLocation Loc;
  const clang::FunctionDecl *Func = nullptr;
};

/// A message producer that retries on its own (librdkafka).
struct ProducerEvent {
  const LibraryModel *Lib = nullptr;
  const ProducerRule *Rule = nullptr;
  const clang::Expr *Call = nullptr;
  HandleKey Handle, Config;
  std::string HandleText;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  const clang::FunctionDecl *Func = nullptr;
};

struct ProduceEvent {
  const LibraryModel *Lib = nullptr;
  HandleKey Handle;
  clang::SourceLocation Loc;
  const clang::Expr *Call = nullptr;
};

/// A call to a retry helper the model declares.
struct HelperCall {
  const LibraryModel *Lib = nullptr;
  const RetryHelperRule *Rule = nullptr;
  const clang::Expr *Call = nullptr;
  const clang::Expr *Callable = nullptr;
};

/// A call of a circuit breaker the model declares.
struct BreakerCallFact {
  const BreakerRule *Rule = nullptr;
  const clang::Expr *Call = nullptr;
};

/// A gRPC service config handed to a channel.
/// The library's own repeating of failed connections switched on.
struct AutoRetryEvent {
  const LibraryModel *Lib = nullptr;
  const AutoRetryRule *Rule = nullptr;
  const clang::FunctionDecl *Func = nullptr;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
};

struct ServiceConfigEvent {
  const clang::Expr *Call = nullptr;
  std::string Json; // the literal text, "" when built at run time
  clang::SourceLocation Loc;
};

/// A call into the project's own code, directly or through a function
/// pointer held in a data member (`(*dbc->connect)(dbc)`).
struct ProjectCall {
  const clang::Expr *Call = nullptr;
  const clang::FunctionDecl *Callee = nullptr; // canonical, or null
  const clang::FieldDecl *ViaField = nullptr;
  const clang::FunctionDecl *Func = nullptr;
};

/// A `return` of a handle.
struct ReturnFact {
  HandleKey Key;
  clang::SourceLocation Loc;
};

struct TUFacts {
  std::vector<Site> Sites;
  /// Outbound methods named, not called: `&Publisher::Stub::Publish` handed
  /// to a helper that calls it through a member pointer. Kept apart from
  /// Sites: the helper, not this expression, makes the call.
  std::vector<Site> MethodRefs;
  std::vector<TimeoutEvent> Timeouts;
  std::vector<PassEvent> Passes;
  std::vector<InitEvent> Inits;
  /// `_handle = curl;`: a member (or global) given a local handle pointer
  /// shares every setting made through the local, before or after.
  std::vector<InheritEvent> Aliases;
  std::vector<InheritEvent> Inherits;
  std::vector<ResetEvent> Resets;
  std::vector<TlsEvent> TlsDisabled;
  std::vector<AutoRetryEvent> AutoRetries;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<ReturnFact>> Returns;
  /// Handles (by key) that a `connects` rule connects, per library.
  std::map<HandleKey, std::vector<const LibraryModel *>> Connected;
  /// Classes with a constructor defined in this TU.
  std::vector<const clang::CXXRecordDecl *> ConstructedRecords;
  std::vector<MethodEvent> Methods;
  std::vector<ConfigSetEvent> ConfigSets;
  std::vector<ProducerEvent> Producers;
  std::vector<ProduceEvent> Produces;
  /// Members whose timeout settings come from callers through a method
  /// that hands its parameter on as the option (`CurlHandle::setopt(key,
  /// value)`): whoever calls it, maybe elsewhere, configures them.
  llvm::SmallPtrSet<const clang::FieldDecl *, 4> ForwardedMembers;
  std::vector<HelperCall> HelperCalls;
  std::vector<BreakerCallFact> BreakerCalls;
  std::vector<ServiceConfigEvent> ServiceConfigs;
  std::vector<TargetEvent> Targets;
  std::vector<AuthEvent> Auth;
  std::vector<InboundEvent> Inbound;
  std::vector<HandlerDef> HandlerDefs;
  std::vector<ConnectionEvent> Connections;
  std::vector<CryptoEvent> Crypto;
  /// Calls that wait, with the argument that holds the delay (or null).
  llvm::DenseMap<const clang::Expr *, const clang::Expr *> Waits;
  std::vector<ProjectCall> ProjectCalls;
  /// Function bodies of the project's own code, in source order.
  std::vector<const clang::FunctionDecl *> Bodies;
  /// Function-pointer members and the functions stored in them.
  std::vector<std::pair<const clang::FieldDecl *, const clang::FunctionDecl *>>
      FieldTargets;
  /// Libraries that connect anything in this TU.
  std::vector<const LibraryModel *> ConnectingLibs;

  /// Whether \p S is a client's call: a rule that counts only on a
  /// connected handle (POSIX `recv`) does not count on a server's accepted
  /// connection.
  bool clientSite(const Site &S) const;
};

/// Walks the translation unit's own code (not system headers, not
/// generated files) and records the facts.
TUFacts recognize(clang::ASTContext &Ctx, const Model &M);

} // namespace faultline

#endif
