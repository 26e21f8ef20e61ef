//===--- CallWithoutTimeoutRule.cpp - Timeout verdicts -> findings --------===//

#include "Analyze/Members.h"
#include "Analyze/TimeoutAnalysis.h"
#include "Faultline.h"
#include "Rules/Rules.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

#include <fmt/format.h>

using namespace clang;

namespace faultline {

static std::string formatMs(int64_t Ms) {
  if (Ms % 60000 == 0 && Ms >= 60000)
    return fmt::format("{} min", Ms / 60000);
  if (Ms % 1000 == 0)
    return fmt::format("{} s", Ms / 1000);
  return fmt::format("{} ms", Ms);
}

static std::string settingName(const TimeoutEvent &E) {
  return E.Rule->Name.empty() ? E.Rule->Id : E.Rule->Name;
}

static SourceLocation declLoc(const HandleKey &K) {
  if (K.Root)
    return K.Root->getLocation();
  return SourceLocation();
}

void runCallWithoutTimeout(ASTContext &Ctx, const TUFacts &Facts,
                           const TimeoutAnalysis &TA,
                           const AnalysisOptions &Opts,
                           std::vector<Finding> &Out) {
  for (const Site &S : Facts.Sites) {
    if (!TA.isOutbound(S))
      continue;
    TimeoutResult R = TA.evaluate(S);
    if (R.Verdict == TimeoutVerdict::Present)
      continue;
    if (R.Verdict == TimeoutVerdict::Default && !Opts.ReportLibraryDefaults)
      continue;
    if (R.Verdict == TimeoutVerdict::Unknown && !Opts.ReportUnknownHandles &&
        !Opts.KeepUnknownForJoin)
      continue;

    const OutboundRule &O = *S.Rule;
    std::string Fix = O.Fix.empty() ? S.Lib->Fix : O.Fix;
    std::string HandleText;
    HandleKey Key;
    for (size_t I = 0; I < S.Keys.size(); ++I)
      if (!S.KeyTexts[I].empty()) {
        HandleText = S.KeyTexts[I];
        Key = S.Keys[I];
        break;
      }
    std::string Subject =
        HandleText.empty()
            ? fmt::format("'{}'", S.Callee)
            : fmt::format("'{}' on handle '{}'", S.Callee, HandleText);

    Finding F;
    F.Check = CallWithoutTimeoutCheck;
    F.Loc = S.Loc;
    F.Range = S.Range;
    F.Level = Severity::Warning;
    switch (R.Verdict) {
    case TimeoutVerdict::Missing: {
      std::string Why;
      if (!O.Why.empty())
        Why = fmt::format(" ({})", O.Why);
      else if (!R.PartialNames.empty()) {
        std::string Names;
        for (const auto &N : R.PartialNames)
          Names += (Names.empty() ? "" : ", ") + N;
        Why = fmt::format(" (only {} is set, which does not bound this call)",
                          Names);
      }
      F.Message = fmt::format("{} has no timeout{}; {}", Subject, Why, Fix);
      break;
    }
    case TimeoutVerdict::Infinite:
      F.Message =
          fmt::format("{} has an infinite timeout ({} turns the limit off); {}",
                      Subject, settingName(*R.Evidence), Fix);
      F.Notes.push_back(
          {R.Evidence->Loc, fmt::format("{} switches the timeout off here",
                                        settingName(*R.Evidence))});
      break;
    case TimeoutVerdict::Excessive:
      F.Message = fmt::format(
          "{} has a timeout of {}, above the limit of {} (MaxTimeoutMs)",
          Subject, formatMs(*R.ValueMs), formatMs(Opts.MaxTimeoutMs));
      F.Notes.push_back(
          {R.Evidence->Loc,
           fmt::format("{} is set here", settingName(*R.Evidence))});
      break;
    case TimeoutVerdict::Default:
      F.Level = Severity::Note;
      F.Message = fmt::format(
          "{} relies on the {} default timeout of {}; set it explicitly ({})",
          Subject, S.Lib->Name, formatMs(R.DefaultMs.value_or(0)), Fix);
      break;
    case TimeoutVerdict::Unknown:
      F.Level = Severity::Note;
      F.Message = fmt::format(
          "{}: no timeout is visible in this translation unit (the handle is "
          "configured elsewhere, if at all); {}",
          Subject, Fix);
      // A configuration built at run time is never taken as missing; nor
      // is a handle of a library with a finite default (cpprestsdk's 30 s
      // applies when nothing sets another).
      if (!S.Opaque && !R.DefaultMs && !R.SetByCallers)
        F.MessageIfMissing = fmt::format(
            "{} has no timeout (none reaches it anywhere in the scanned code); "
            "{}",
            Subject, Fix);
      break;
    case TimeoutVerdict::Present:
      break;
    }
    SourceLocation DeclAt = declLoc(Key);
    if (DeclAt.isValid() && (R.Verdict == TimeoutVerdict::Missing ||
                             R.Verdict == TimeoutVerdict::Unknown))
      F.Notes.push_back(
          {DeclAt, fmt::format("handle '{}' is declared here; no timeout "
                               "reaches it",
                               HandleText)});
    if (R.Verdict == TimeoutVerdict::Unknown &&
        isa_and_nonnull<FieldDecl>(Key.Root))
      F.HandleUSR = usrOf(Key.Root);
    F.Properties["library"] = S.Lib->Name;
    F.Properties["protocol"] = S.Lib->Protocol;
    F.Properties["verdict"] = verdictName(R.Verdict);
    F.Properties["operation"] = O.Operation;
    F.Properties["callee"] = S.Callee;
    if (!HandleText.empty())
      F.Properties["handle"] = HandleText;
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
