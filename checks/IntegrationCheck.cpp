//===--- IntegrationCheck.cpp ---------------------------------------------===//

#include "IntegrationCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using namespace clang::ast_matchers;

namespace clang::tidy::integration {

// List options are `;`-separated, as clang-tidy's own list options are.
static std::vector<std::string> splitList(StringRef Text) {
  SmallVector<StringRef, 8> Parts;
  Text.split(Parts, ';', -1, false);
  std::vector<std::string> Items;
  for (StringRef Part : Parts)
    if (!Part.trim().empty())
      Items.push_back(Part.trim().str());
  return Items;
}

static void appendList(std::vector<std::string> &Into, StringRef Text) {
  for (std::string &Item : splitList(Text))
    Into.push_back(std::move(Item));
}

static std::string joinList(const std::vector<std::string> &Items) {
  std::string Text;
  for (const auto &Item : Items)
    Text += (Text.empty() ? "" : ";") + Item;
  return Text;
}

IntegrationCheck::IntegrationCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckName(Name),
      ModelFiles(Options.get("ModelFiles", "")) {
  // Options are read as strings: the templated getters are instantiated
  // inside clang-tidy, and their mangled names differ between compilers.
  int64_t Max = 0;
  StringRef MaxText = Options.get("MaxTimeoutMs", "120000");
  if (!MaxText.trim().getAsInteger(10, Max) && Max > 0)
    Analysis.MaxTimeoutMs = Max;
  else
    configurationDiag("invalid MaxTimeoutMs '%0': expected milliseconds")
        << MaxText;
  Analysis.ReportLibraryDefaults =
      parseBool(Options.get("ReportLibraryDefaults", "false"));
  Analysis.ReportUnknownHandles =
      parseBool(Options.get("ReportUnknownHandles", "false"));
  Analysis.ReportFixedBackoff =
      parseBool(Options.get("ReportFixedBackoff", "false"));
  Analysis.ReportMissingReplayProtection =
      parseBool(Options.get("ReportMissingReplayProtection", "false"));
  Analysis.IdempotentRpcPattern =
      Options.get("IdempotentRpcPattern", Analysis.IdempotentRpcPattern).str();
  std::string DefaultHeaders = joinList(Analysis.IdempotencyHeaders);
  Analysis.IdempotencyHeaders =
      splitList(Options.get("IdempotencyHeaders", DefaultHeaders));
  Analysis.WebhookPathPattern = Options.get("WebhookPathPattern", "").str();
  appendList(Analysis.SignatureHeaders, Options.get("SignatureHeaders", ""));
  Analysis.WebhookNamePattern = Options.get("WebhookNamePattern", "").str();
  appendList(Analysis.EventMarkers, Options.get("EventMarkers", ""));
  appendList(Analysis.InternalHosts, Options.get("InternalHosts", ""));
  std::string Error;
  if (!Analysis.WebhookPathPattern.empty() &&
      !llvm::Regex(Analysis.WebhookPathPattern).isValid(Error))
    configurationDiag("invalid WebhookPathPattern '%0': %1")
        << Analysis.WebhookPathPattern << Error;
  if (!Analysis.WebhookNamePattern.empty() &&
      !llvm::Regex(Analysis.WebhookNamePattern).isValid(Error))
    configurationDiag("invalid WebhookNamePattern '%0': %1")
        << Analysis.WebhookNamePattern << Error;
  if (!llvm::Regex(Analysis.IdempotentRpcPattern).isValid(Error))
    configurationDiag("invalid IdempotentRpcPattern '%0': %1")
        << Analysis.IdempotentRpcPattern << Error;
}

bool IntegrationCheck::parseBool(StringRef S) {
  S = S.trim();
  return S.equals_insensitive("true") || S == "1" ||
         S.equals_insensitive("yes");
}

void IntegrationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MaxTimeoutMs", std::to_string(Analysis.MaxTimeoutMs));
  Options.store(Opts, "ReportLibraryDefaults",
                Analysis.ReportLibraryDefaults ? "true" : "false");
  Options.store(Opts, "ReportUnknownHandles",
                Analysis.ReportUnknownHandles ? "true" : "false");
  Options.store(Opts, "ReportFixedBackoff",
                Analysis.ReportFixedBackoff ? "true" : "false");
  Options.store(Opts, "ReportMissingReplayProtection",
                Analysis.ReportMissingReplayProtection ? "true" : "false");
  Options.store(Opts, "IdempotentRpcPattern", Analysis.IdempotentRpcPattern);
  Options.store(Opts, "IdempotencyHeaders",
                joinList(Analysis.IdempotencyHeaders));
  Options.store(Opts, "WebhookPathPattern", Analysis.WebhookPathPattern);
  Options.store(Opts, "SignatureHeaders", joinList(Analysis.SignatureHeaders));
  Options.store(Opts, "WebhookNamePattern", Analysis.WebhookNamePattern);
  Options.store(Opts, "EventMarkers", joinList(Analysis.EventMarkers));
  Options.store(Opts, "InternalHosts", joinList(Analysis.InternalHosts));
  Options.store(Opts, "ModelFiles", ModelFiles);
}

const faultline::Model &IntegrationCheck::model() {
  if (ModelLoaded)
    return UserModel ? *UserModel : faultline::builtinModel();
  ModelLoaded = true;
  if (ModelFiles.empty())
    return faultline::builtinModel();
  faultline::Model M = faultline::builtinModel();
  SmallVector<StringRef, 4> Paths;
  StringRef(ModelFiles).split(Paths, ';', -1, false);
  for (StringRef P : Paths) {
    faultline::ModelError Err;
    if (!faultline::loadModelFile(P.trim().str(), M, Err)) {
      configurationDiag("%0") << Err.str();
      return faultline::builtinModel();
    }
  }
  UserModel = std::move(M);
  return *UserModel;
}

/// The nearest .faultline.yaml above the file, merged over the built-in
/// models and ModelFiles (as the scanner does).
const faultline::Model &IntegrationCheck::modelFor(StringRef MainFile) {
  const faultline::Model &Base = model();
  SmallString<256> Abs(MainFile);
  llvm::sys::fs::make_absolute(Abs);
  SmallString<256> Dir(llvm::sys::path::parent_path(Abs));
  std::string Config;
  while (!Dir.empty()) {
    SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ".faultline.yaml");
    if (llvm::sys::fs::exists(Candidate)) {
      Config = std::string(Candidate);
      break;
    }
    StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  if (Config.empty())
    return Base;
  auto It = ProjectModels.find(Config);
  if (It == ProjectModels.end()) {
    faultline::Model M = Base;
    faultline::ModelError Err;
    if (faultline::loadModelFile(Config, M, Err)) {
      It = ProjectModels.emplace(Config, std::move(M)).first;
    } else {
      configurationDiag("%0") << Err.str();
      It = ProjectModels.emplace(Config, std::nullopt).first;
    }
  }
  return It->second ? *It->second : Base;
}

/// Where clang-tidy shows \p Loc: a finding inside a system header's macro
/// (`XMEMCMP`, which <wolfssl/wolfcrypt/types.h> defines as memcmp) at the
/// macro's use, where the fix goes; clang-tidy drops a diagnostic spelled
/// in a system header.
static SourceLocation shownAt(const SourceManager &SM, SourceLocation Loc) {
  if (Loc.isMacroID() && SM.isInSystemHeader(SM.getSpellingLoc(Loc)))
    return SM.getExpansionLoc(Loc);
  return Loc;
}

void IntegrationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void IntegrationCheck::check(const MatchFinder::MatchResult &Result) {
  const SourceManager &SM = *Result.SourceManager;
  StringRef MainFile;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(SM.getMainFileID()))
    MainFile = FE->getName();
  faultline::TUAnalysis A = faultline::analyzeTranslationUnit(
      *Result.Context, modelFor(MainFile), Analysis);
  for (const faultline::Finding &F : A.Findings) {
    if (F.Check != CheckName)
      continue;
    // Settled only by a whole-program view (the scanner).
    if (!F.OpenCallees.empty() || !F.DroppedIfVerifies.empty() ||
        !F.KeptIfPlaceholders.empty() || !F.KeptIfUnsafeComparer.empty() ||
        !F.KeptIfComparerGivenSecrets.empty())
      continue;
    DiagnosticIDs::Level Level = F.Level == faultline::Severity::Note
                                     ? DiagnosticIDs::Remark
                                     : DiagnosticIDs::Warning;
    diag(shownAt(SM, F.Loc), "%0", Level) << F.Message << F.Range;
    for (const faultline::FindingNote &N : F.Notes)
      diag(shownAt(SM, N.Loc), "%0", DiagnosticIDs::Note) << N.Message;
  }
}

} // namespace clang::tidy::integration
