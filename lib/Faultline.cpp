//===--- Faultline.cpp - Recognize, analyze, report one TU ----------------===//

#include "Faultline.h"
#include "Analyze/CallSummary.h"
#include "Analyze/Members.h"
#include "Analyze/RetryAnalysis.h"
#include "Analyze/TimeoutAnalysis.h"
#include "Analyze/WebhookAnalysis.h"
#include "Recognize/Facts.h"
#include "Rules/Redact.h"
#include "Rules/Rules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>

namespace faultline {

namespace {
/// A webhook handler's integration point: its route's registration, also
/// when the finding is reported at the handler's definition.
clang::SourceLocation pointOf(const WebhookHandler &H) {
  return H.PointLoc.isValid() ? H.PointLoc : H.Loc;
}
} // namespace

TUAnalysis analyzeTranslationUnit(clang::ASTContext &Ctx, const Model &M,
                                  const AnalysisOptions &Opts) {
  TUFacts Facts = recognize(Ctx, M);
  TUAnalysis Result;
  std::vector<Finding> &Out = Result.Findings;
  // One timeout analysis for the rule, the breakers and the inventory.
  TimeoutAnalysis TA(Ctx, Facts, Opts.MaxTimeoutMs);
  runCallWithoutTimeout(Ctx, Facts, TA, Opts, Out);
  runTlsVerificationDisabled(Facts, Out);
  CallSummary Calls(Facts);
  RetryOptions RO;
  RO.IdempotentRpcPattern = Opts.IdempotentRpcPattern;
  RO.IdempotencyHeaders = Opts.IdempotencyHeaders;
  std::vector<RetryPoint> Retries = findRetries(Ctx, Facts, Calls, RO);
  runNonIdempotentRetry(Retries, Out);
  runUnsafeRetry(Retries, Opts, Out);
  Calls.exportSummary(Result.OutboundFunctions, Result.CallEdges);
  WebhookOptions WO;
  if (!Opts.WebhookPathPattern.empty())
    WO.PathPattern = Opts.WebhookPathPattern;
  if (!Opts.SignatureHeaders.empty())
    WO.SignatureHeaders = Opts.SignatureHeaders;
  if (!Opts.WebhookNamePattern.empty())
    WO.NamePattern = Opts.WebhookNamePattern;
  if (!Opts.EventMarkers.empty())
    WO.EventMarkers = Opts.EventMarkers;
  for (const LibraryModel &L : M.Libraries) {
    for (const HandlerRule &H : L.Handlers)
      if (!H.ParamType.empty())
        WO.RequestTypes.push_back(H.ParamType);
    llvm::append_range(WO.RequestTypes, L.RequestTypes);
    llvm::append_range(WO.LibraryNamespaces, L.Namespaces);
  }
  WebhookResult Webhooks = analyzeWebhooks(Ctx, Facts, WO);
  runUnverifiedWebhook(Webhooks, Opts, Out);
  runTimingUnsafeCompare(Webhooks, Out);
  Result.VerifyingFunctions = Webhooks.VerifyingFunctions;
  Result.CheckingVerifiers = Webhooks.CheckingVerifiers;
  Result.PlaceholderVerifiers = Webhooks.PlaceholderVerifiers;
  Result.PageFunctions = Webhooks.PageFunctions;
  Result.SafeComparers = Webhooks.SafeComparers;
  Result.UnsafeComparers = Webhooks.UnsafeComparers;
  Result.ComparersGivenSecrets = Webhooks.ComparersGivenSecrets;
  BreakerOptions BO;
  // The user's internal hosts add to loopback.
  BO.InternalHosts.insert(BO.InternalHosts.end(), Opts.InternalHosts.begin(),
                          Opts.InternalHosts.end());
  BreakerAnalysis Breakers(Ctx, Facts, M, Calls, TA, BO);
  runMissingCircuitBreaker(Breakers, Out);
  if (!Opts.KeepBreakersForJoin)
    settleBreakerFindings(Out);
  if (Opts.CollectPoints) {
    Result.Points = collectPoints(Ctx, Facts, TA, Retries, &Breakers);
    for (IntegrationPoint &P : Result.Points)
      P.Target = redactSecrets(P.Target);
  }
  // Handlers found by their definition (Poco, Beast, route tables) are
  // inbound points too.
  if (Opts.CollectPoints)
    for (const WebhookHandler &H : Webhooks.Handlers) {
      bool Known = false;
      for (const IntegrationPoint &P : Result.Points)
        Known |= P.Direction == "inbound" && P.Loc == pointOf(H);
      if (Known)
        continue;
      IntegrationPoint P;
      P.Loc = pointOf(H);
      // The innermost function whose body holds the handler's location.
      const clang::SourceManager &SM = Ctx.getSourceManager();
      const clang::FunctionDecl *Around = nullptr;
      for (const clang::FunctionDecl *F : Facts.Bodies) {
        clang::SourceRange R = F->getSourceRange();
        if (R.isValid() && P.Loc.isValid() &&
            !SM.isBeforeInTranslationUnit(P.Loc, R.getBegin()) &&
            !SM.isBeforeInTranslationUnit(R.getEnd(), P.Loc) &&
            (!Around || SM.isBeforeInTranslationUnit(
                            Around->getSourceRange().getBegin(), R.getBegin())))
          Around = F;
      }
      if (Around) {
        P.Function = Around->getQualifiedNameAsString();
        P.FunctionUSR = usrOf(Around->getCanonicalDecl());
      }
      P.Library = H.Library;
      P.Protocol = "HTTP";
      P.Direction = "inbound";
      P.Operation = H.Method.empty() ? "handler" : H.Method;
      P.Target = H.Route;
      P.Timeout = P.Retry = P.Breaker = "n/a";
      P.Auth = "none";
      Result.Points.push_back(std::move(P));
    }
  // Webhook routes in the inventory: verified or not, and by what.
  for (IntegrationPoint &P : Result.Points)
    for (const WebhookHandler &H : Webhooks.Handlers)
      if (H.Webhook && P.Direction == "inbound" && P.Loc == pointOf(H)) {
        bool Verified = H.Verified || H.VerifiedByMiddleware;
        P.Webhook = Verified      ? "verified"
                    : H.Delegated ? "left to a callback"
                                  : "unverified";
        if (Verified)
          P.Auth = P.Auth == "none" ? "hmac" : P.Auth + ", hmac";
      }

  // Messages quote source text (handles, URLs): no secret leaves the tool.
  for (Finding &F : Out) {
    F.Message = redactSecrets(F.Message);
    F.MessageIfMissing = redactSecrets(F.MessageIfMissing);
    for (FindingNote &N : F.Notes)
      N.Message = redactSecrets(N.Message);
    for (auto &KV : F.Properties)
      KV.second = redactSecrets(KV.second);
  }
  for (const TimeoutEvent &E : Facts.Timeouts)
    if (std::find(Result.ConfiguredLibraries.begin(),
                  Result.ConfiguredLibraries.end(),
                  E.Lib->Name) == Result.ConfiguredLibraries.end())
      Result.ConfiguredLibraries.push_back(E.Lib->Name);
  std::sort(Result.ConfiguredLibraries.begin(),
            Result.ConfiguredLibraries.end());
  for (const TimeoutEvent &E : Facts.Timeouts)
    if (const auto *FD = llvm::dyn_cast_or_null<clang::FieldDecl>(E.Key.Root))
      Result.ConfiguredMembers.push_back(usrOf(FD));
  // Every member of a class whose constructors are all defined here.
  for (const clang::CXXRecordDecl *RD : Facts.ConstructedRecords) {
    bool AnyCtor = false;
    if (constructorsDefinedHere(RD, AnyCtor))
      for (const clang::FieldDecl *FD : RD->fields())
        Result.BuiltMembers.push_back(usrOf(FD));
  }
  for (auto *V : {&Result.ConfiguredMembers, &Result.BuiltMembers}) {
    std::sort(V->begin(), V->end());
    V->erase(std::unique(V->begin(), V->end()), V->end());
  }
  // Source order, so every front end reports in the same, stable order.
  const clang::SourceManager &SM = Ctx.getSourceManager();
  std::stable_sort(Out.begin(), Out.end(),
                   [&](const Finding &A, const Finding &B) {
                     return SM.isBeforeInTranslationUnit(
                         SM.getExpansionLoc(A.Loc), SM.getExpansionLoc(B.Loc));
                   });
  return Result;
}

} // namespace faultline
