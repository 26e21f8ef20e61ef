//===--- Scanner.cpp - Parallel LibTooling driver -------------------------===//

#include "Scan/Scanner.h"
#include "Analyze/AstQueries.h"
#include "Analyze/BreakerJoin.h"
#include "Analyze/WebhookAnalysis.h"
#include "Scan/IncludeFilter.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#ifndef FAULTLINE_CLANG_RESOURCE_DIR
#define FAULTLINE_CLANG_RESOURCE_DIR ""
#endif

using namespace clang;
using namespace clang::tooling;

namespace faultline {

std::string defaultResourceDir() {
  std::string Dir = FAULTLINE_CLANG_RESOURCE_DIR;
  if (!Dir.empty() && llvm::sys::fs::is_directory(Dir + "/include"))
    return Dir;
  return "";
}

static std::string dbPath(const std::string &BuildDir) {
  llvm::SmallString<256> P(BuildDir);
  if (llvm::StringRef(BuildDir).ends_with(".json") &&
      !llvm::sys::fs::is_directory(P))
    return BuildDir; // a path to the JSON file itself
  llvm::sys::path::append(P, "compile_commands.json");
  return std::string(P);
}

bool checkCompilationDatabase(const std::string &BuildDir, std::string &Error) {
  std::string Path = dbPath(BuildDir);
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf) {
    Error = Path + ": error: cannot read the compilation database: " +
            Buf.getError().message();
    return false;
  }
  llvm::Expected<llvm::json::Value> V = llvm::json::parse((*Buf)->getBuffer());
  if (!V) {
    // llvm::json reports "[line:col, byte=N]: message".
    std::string Msg = llvm::toString(V.takeError());
    std::string Pos;
    if (Msg.size() > 1 && Msg[0] == '[') {
      size_t Comma = Msg.find(',');
      size_t Close = Msg.find("]: ");
      if (Comma != std::string::npos && Close != std::string::npos) {
        Pos = Msg.substr(1, Comma - 1);
        Msg = Msg.substr(Close + 3);
      }
    }
    Error = Path + (Pos.empty() ? "" : ":" + Pos) +
            ": error: malformed compilation database: " + Msg;
    return false;
  }
  const llvm::json::Array *A = V->getAsArray();
  if (!A) {
    Error = Path + ":1:1: error: malformed compilation database: expected a "
                   "JSON array of commands";
    return false;
  }
  for (size_t I = 0; I < A->size(); ++I) {
    const llvm::json::Object *O = (*A)[I].getAsObject();
    if (!O || !O->getString("file") || !O->getString("directory") ||
        (!O->get("command") && !O->get("arguments"))) {
      Error = Path + ": error: malformed compilation database: entry " +
              std::to_string(I + 1) +
              " needs \"directory\", \"file\" and \"command\" or \"arguments\"";
      return false;
    }
  }
  return true;
}

namespace {

/// Keeps the first errors of a TU (with their positions) instead of
/// printing them: the scanner reports them as input problems.
class CollectingDiagConsumer : public DiagnosticConsumer {
public:
  explicit CollectingDiagConsumer(TUReport &Report) : Report(Report) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    Report.Failed = true;
    if (Report.Problems.size() >= 5)
      return;
    InputProblem P;
    llvm::SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    P.Message = std::string(Msg);
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc PL =
          SM.getPresumedLoc(SM.getExpansionLoc(Info.getLocation()));
      if (PL.isValid()) {
        llvm::SmallString<256> F(PL.getFilename());
        if (!llvm::sys::path::is_absolute(F))
          SM.getFileManager().getVirtualFileSystem().makeAbsolute(F);
        llvm::sys::path::remove_dots(F, true);
        P.Loc.File = std::string(F);
        P.Loc.Line = PL.getLine();
        P.Loc.Column = PL.getColumn();
        P.Loc.EndLine = P.Loc.Line;
        P.Loc.EndColumn = P.Loc.Column + 1;
      }
    }
    Report.Problems.push_back(std::move(P));
  }

private:
  TUReport &Report;
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const Model &M, const AnalysisOptions &Opts,
                   TUReport &Report)
      : M(M), Opts(Opts), Report(Report) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    TUAnalysis A = analyzeTranslationUnit(Ctx, M, Opts);
    for (const Finding &F : A.Findings)
      Report.Findings.push_back(toReported(F, Ctx.getSourceManager()));
    Report.ConfiguredLibraries = A.ConfiguredLibraries;
    Report.ConfiguredMembers = A.ConfiguredMembers;
    Report.BuiltMembers = A.BuiltMembers;
    Report.OutboundFunctions = A.OutboundFunctions;
    Report.CallEdges = A.CallEdges;
    Report.VerifyingFunctions = A.VerifyingFunctions;
    Report.CheckingVerifiers = A.CheckingVerifiers;
    Report.PlaceholderVerifiers = A.PlaceholderVerifiers;
    Report.PageFunctions = A.PageFunctions;
    Report.SafeComparers = A.SafeComparers;
    Report.UnsafeComparers = A.UnsafeComparers;
    Report.ComparersGivenSecrets = A.ComparersGivenSecrets;
    Report.ProjectFiles = projectFilesOf(Ctx.getSourceManager());
    for (const IntegrationPoint &P : A.Points)
      Report.Points.push_back(toReported(P, Ctx.getSourceManager()));
  }

private:
  const Model &M;
  const AnalysisOptions &Opts;
  TUReport &Report;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const Model &M, const AnalysisOptions &Opts, TUReport &Report)
      : M(M), Opts(Opts), Report(Report) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 llvm::StringRef) override {
    return std::make_unique<AnalysisConsumer>(M, Opts, Report);
  }

private:
  const Model &M;
  const AnalysisOptions &Opts;
  TUReport &Report;
};

class AnalysisActionFactory : public FrontendActionFactory {
public:
  AnalysisActionFactory(const Model &M, const AnalysisOptions &Opts,
                        TUReport &Report)
      : M(M), Opts(Opts), Report(Report) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(M, Opts, Report);
  }

private:
  const Model &M;
  const AnalysisOptions &Opts;
  TUReport &Report;
};

/// The user's models next to the code: the nearest `.faultline.yaml` above
/// a source file (like `.clang-tidy`), merged over the built-in models and
/// --model files. One load per file, shared by the TUs under it.
class ProjectModels {
public:
  explicit ProjectModels(const Model &Base) : Base(Base) {}

  /// The model for \p SourceFile, or null with \p Error when the nearest
  /// .faultline.yaml does not load.
  const Model *forFile(const std::string &SourceFile, ModelError &Error) {
    std::string Config = nearestConfig(SourceFile);
    if (Config.empty())
      return &Base;
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Loaded.find(Config);
    if (It == Loaded.end()) {
      auto E = std::make_unique<Entry>();
      E->M = Base;
      E->Ok = loadModelFile(Config, E->M, E->Error);
      E->Filter = std::make_unique<IncludeFilter>(E->M);
      It = Loaded.emplace(Config, std::move(E)).first;
    }
    if (!It->second->Ok) {
      Error = It->second->Error;
      return nullptr;
    }
    return &It->second->M;
  }

  /// The include pre-filter for a model forFile returned.
  const IncludeFilter *filterFor(const Model *M) {
    std::lock_guard<std::mutex> Lock(Mutex);
    for (auto &KV : Loaded)
      if (&KV.second->M == M)
        return KV.second->Filter.get();
    return nullptr;
  }

private:
  struct Entry {
    Model M;
    bool Ok = true;
    ModelError Error;
    std::unique_ptr<IncludeFilter> Filter;
  };
  const Model &Base;
  std::mutex Mutex;
  std::map<std::string, std::unique_ptr<Entry>> Loaded;

  static std::string nearestConfig(const std::string &File) {
    llvm::SmallString<256> Dir(llvm::sys::path::parent_path(File));
    while (!Dir.empty()) {
      llvm::SmallString<256> Candidate(Dir);
      llvm::sys::path::append(Candidate, ".faultline.yaml");
      if (llvm::sys::fs::exists(Candidate))
        return std::string(Candidate);
      llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
      if (Parent == Dir)
        break;
      Dir = Parent;
    }
    return "";
  }
};

bool underAny(const std::string &File, const std::vector<std::string> &Paths) {
  if (Paths.empty())
    return true;
  for (const auto &P : Paths) {
    if (File == P)
      return true;
    if (File.size() > P.size() && File.compare(0, P.size(), P) == 0 &&
        (P.back() == '/' || File[P.size()] == '/'))
      return true;
  }
  return false;
}

std::string absolutePath(llvm::StringRef P) {
  llvm::SmallString<256> S(P);
  llvm::sys::fs::make_absolute(S);
  llvm::sys::path::remove_dots(S, true);
  return std::string(S);
}

/// The identifier a USR names: "c:@F@telebot_get_updates" ->
/// "telebot_get_updates", "c:@S@db@FI@connect" -> "connect".
std::string nameInUSR(llvm::StringRef USR) {
  size_t Pos = std::max(
      USR.rfind("@F@") == llvm::StringRef::npos ? 0 : USR.rfind("@F@") + 3,
      USR.rfind("@FI@") == llvm::StringRef::npos ? 0 : USR.rfind("@FI@") + 4);
  if (Pos == 0)
    return "";
  llvm::StringRef Name = USR.substr(Pos);
  return Name.take_until([](char C) { return C == '#' || C == '@'; }).str();
}

/// Whether the file's text has an identifier \p Wanted accepts.
bool fileHasIdentifier(const std::string &File,
                       llvm::function_ref<bool(llvm::StringRef)> Wanted) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return false;
  llvm::StringRef Text = (*Buf)->getBuffer();
  auto IsIdent = [](char C) {
    return std::isalnum((unsigned char)C) || C == '_';
  };
  for (size_t I = 0; I < Text.size();) {
    if (!IsIdent(Text[I]) || std::isdigit((unsigned char)Text[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && IsIdent(Text[J]))
      ++J;
    if (Wanted(Text.substr(I, J - I)))
      return true;
    I = J;
  }
  return false;
}

/// Whether the file's text names one of \p Names as an identifier.
bool fileMentions(const std::string &File, const std::set<std::string> &Names) {
  return fileHasIdentifier(
      File, [&](llvm::StringRef Id) { return Names.count(Id.str()) > 0; });
}

/// Whether the file names a circuit breaker (`circuit_breaker_`,
/// `CircuitBreaker`), whose guarded calls tell which systems need one, or a
/// secret or webhook (`webhook_secret`, `verify_signature`, `hmac`,
/// `auth_token`, `password`), which a
/// hand-written server checks and compares, or a verifier (`verifyRequest`),
/// whose definition settles the handlers that call it, or speaks HTTP itself
/// (`"HTTP/1.0 200 OK"`: a server of its own): such a file is parsed even
/// where it includes no modelled library.
static bool macWord(llvm::StringRef Id);

bool fileMentionsBreakerOrSecret(const std::string &File) {
  return fileHasIdentifier(File, [](llvm::StringRef Id) {
    if (Id == "HTTP")
      return true;
    // A secret by the name the compare check uses (a WebSocket hello's
    // `auth_token`, an admin API's `password`) is compared anywhere.
    if (secretName(Id))
      return true;
    for (const char *Word : {"breaker", "circuit", "secret", "signature",
                             "hmac", "webhook", "verif"})
      if (Id.contains_insensitive(Word))
        return true;
    return macWord(Id);
  });
}

/// Whether a word of \p Id (split at `_` and at case changes) names a MAC
/// or an authenticator (`net_auth`, `confirm_val`, `generated_mic`,
/// `calcMac`): a project's own crypto code (a Bluetooth or 802.15.4 stack)
/// compares them without any modelled library. Whole words: `atomic` and
/// `macro` are none.
static bool macWord(llvm::StringRef Id) {
  std::vector<std::string> Words = nameWords(Id);
  return llvm::any_of(Words, [](llvm::StringRef W) {
    return W == "mac" || W == "mic" || W == "cmac" || W == "auth" ||
           W == "confirm" || W == "cfm" || W == "digest" || W == "otp" ||
           W == "totp" || W == "hotp";
  });
}

/// Whether the file's text holds a route literal whose path names a webhook
/// (`std::regex(R"(/travisci/(\w*))")`, `"/hooks/github"`): a route table
/// of the project's own registers it, maybe far from any library.
bool fileHasWebhookRoute(const std::string &File, const llvm::Regex &Webhook) {
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return false;
  llvm::StringRef Text = (*Buf)->getBuffer();
  for (size_t I = Text.find('"'); I != llvm::StringRef::npos;
       I = Text.find('"', I + 1)) {
    llvm::StringRef Rest = Text.substr(I + 1);
    // A raw string's delimiter: `R"(`.
    if (I > 0 && Text[I - 1] == 'R')
      Rest.consume_front("(");
    Rest.consume_front("^");
    if (!Rest.starts_with("/"))
      continue;
    llvm::StringRef Path = Rest.take_until(
        [](char C) { return C == '"' || C == '\n' || C == '?' || C == ' '; });
    if (Webhook.match(Path))
      return true;
  }
  return false;
}

} // namespace

bool scan(const ScanOptions &Opts, const Model &M, ScanResult &Out,
          std::string &Error) {
  if (!checkCompilationDatabase(Opts.BuildDir, Error))
    return false;
  std::string Path = dbPath(Opts.BuildDir);
  std::string LoadError;
  std::unique_ptr<CompilationDatabase> DB =
      JSONCompilationDatabase::loadFromFile(Path, LoadError,
                                            JSONCommandLineSyntax::AutoDetect);
  if (!DB) {
    Error = Path + ": error: " + LoadError;
    return false;
  }
  std::vector<std::string> Filters;
  for (const auto &P : Opts.Paths)
    Filters.push_back(absolutePath(P));

  std::vector<std::string> Files;
  std::set<std::string> Seen;
  for (const std::string &F : DB->getAllFiles()) {
    std::string Abs = absolutePath(F);
    if (underAny(Abs, Filters) && Seen.insert(Abs).second)
      Files.push_back(Abs);
  }
  std::sort(Files.begin(), Files.end());
  if (Opts.ShardCount > 1) {
    std::vector<std::string> Mine;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % Opts.ShardCount == Opts.ShardIndex - 1)
        Mine.push_back(Files[I]);
    Files = std::move(Mine);
  }
  if (!Filters.empty() && Files.empty()) {
    Error = "error: no file of " + Path + " matches the given paths";
    return false;
  }

  std::string ResourceDir =
      Opts.ResourceDir.empty() ? defaultResourceDir() : Opts.ResourceDir;
  Out.Units.assign(Files.size(), TUReport());
  IncludeFilter Filter(M);
  ProjectModels Models(M);
  AnalysisOptions Analysis = Opts.Analysis;
  Analysis.KeepUnknownForJoin = true;
  Analysis.KeepBreakersForJoin = true;
  // Round one parses the TUs that can reach a modelled library. A TU that
  // cannot may still call the project's own wrappers of one (a retry loop
  // around `telebot_get_updates`): later rounds parse the skipped TUs whose
  // text names a function that calls out, until none is left.
  std::vector<size_t> Round(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Round[I] = I;
  auto ParseOne = [&](size_t I, bool Prefiltered) {
    TUReport &Report = Out.Units[I];
    Report = TUReport();
    Report.File = Files[I];
    if (!llvm::sys::fs::exists(Files[I])) {
      Report.Failed = true;
      Report.Problems.push_back({{}, "file not found: " + Files[I]});
      return;
    }
    ModelError ModelProblem;
    const Model *FileModel = Models.forFile(Files[I], ModelProblem);
    if (!FileModel) {
      Report.Failed = true;
      Report.Problems.push_back(
          {{ModelProblem.File, ModelProblem.Line, ModelProblem.Column,
            ModelProblem.Line, ModelProblem.Column + 1},
           ModelProblem.Message});
      return;
    }
    const IncludeFilter *FileFilter =
        FileModel == &M ? &Filter : Models.filterFor(FileModel);
    if (Prefiltered) {
      std::vector<CompileCommand> Cmds = DB->getCompileCommands(Files[I]);
      if (!Cmds.empty() &&
          !FileFilter->mayReachLibrary(Files[I], Cmds.front().Directory,
                                       Cmds.front().CommandLine)) {
        Report.Skipped = true;
        return;
      }
    }
    // A physical file system of its own: the shared real one changes the
    // process's working directory, which parallel TUs would race on.
    ClangTool Tool(*DB, {Files[I]}, std::make_shared<PCHContainerOperations>(),
                   llvm::vfs::createPhysicalFileSystem());
    if (!ResourceDir.empty())
      Tool.appendArgumentsAdjuster(
          getInsertArgumentAdjuster(("-resource-dir=" + ResourceDir).c_str(),
                                    ArgumentInsertPosition::BEGIN));
    // Warnings are not ours to report, and errors are reported once, by the
    // scanner (no "N errors generated" lines either).
    Tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
        {"-w", "-fno-caret-diagnostics"}, ArgumentInsertPosition::END));
    Tool.setPrintErrorMessage(false); // reported once, by the scanner
    CollectingDiagConsumer Diags(Report);
    Tool.setDiagnosticConsumer(&Diags);
    AnalysisActionFactory Factory(*FileModel, Analysis, Report);
    int RC = 1;
    // A crash in one translation unit (a bug of ours, or of the parser on
    // odd input) must not lose the others: recover, report it, go on.
    llvm::CrashRecoveryContext Recovery;
    bool Survived = Recovery.RunSafely([&] {
      if (const char *Crash = std::getenv("FAULTLINE_TEST_CRASH_ON");
          Crash && *Crash && llvm::StringRef(Files[I]).ends_with(Crash))
        std::raise(SIGSEGV); // lets the test suite check the recovery
      RC = Tool.run(&Factory);
    });
    if (!Survived) {
      Report = TUReport();
      Report.File = Files[I];
      Report.Failed = true;
      Report.Problems.push_back(
          {{},
           "faultline crashed while analysing this file (an internal "
           "error: please report it); the other files were still analysed"});
      return;
    }
    if (RC != 0 && Report.Problems.empty()) {
      Report.Failed = true;
      Report.Problems.push_back(
          {{}, "the compiler could not process this file"});
    }
  };
  llvm::CrashRecoveryContext::Enable();
  auto RunRound = [&](const std::vector<size_t> &Todo, bool Prefiltered) {
    std::atomic<size_t> Next{0};
    auto Worker = [&] {
      for (size_t K = Next++; K < Todo.size(); K = Next++)
        ParseOne(Todo[K], Prefiltered);
    };
    unsigned Jobs = std::max(1u, std::min<unsigned>(Opts.Jobs, Todo.size()));
    std::vector<std::thread> Threads;
    for (unsigned J = 1; J < Jobs; ++J)
      Threads.emplace_back(Worker);
    Worker();
    for (auto &T : Threads)
      T.join();
  };
  RunRound(Round, Opts.Prefilter);
  std::set<std::string> Names;
  if (Opts.Prefilter && Opts.ShardCount > 1) {
    // A shard cannot see which functions other shards find calling out: it
    // parses every skipped TU (which adds nothing the join keeps unless an
    // unsharded scan would have parsed it too), so merged shards equal one
    // unsharded scan.
    std::vector<size_t> Todo;
    for (size_t I = 0; I < Files.size(); ++I)
      if (Out.Units[I].Skipped)
        Todo.push_back(I);
    RunRound(Todo, /*Prefiltered=*/false);
  }
  if (Opts.Prefilter && Opts.ShardCount == 1) {
    std::vector<size_t> Todo;
    llvm::Regex Webhook(Opts.Analysis.WebhookPathPattern.empty()
                            ? WebhookOptions().PathPattern
                            : Opts.Analysis.WebhookPathPattern,
                        llvm::Regex::IgnoreCase);
    for (size_t I = 0; I < Files.size(); ++I)
      if (Out.Units[I].Skipped && (fileMentionsBreakerOrSecret(Files[I]) ||
                                   fileHasWebhookRoute(Files[I], Webhook)))
        Todo.push_back(I);
    RunRound(Todo, /*Prefiltered=*/false);
  }
  for (int Pass = 0; Opts.Prefilter && Opts.ShardCount == 1 && Pass < 4;
       ++Pass) {
    size_t Before = Names.size();
    for (const TUReport &U : Out.Units) {
      for (const std::string &USR : U.OutboundFunctions)
        if (std::string N = nameInUSR(USR); !N.empty())
          Names.insert(N);
      // Interface methods called where a breaker is used (maybe under
      // it, through a caller): their other callers.
      bool UsesBreaker = false;
      for (const ReportedFinding &F : U.Findings)
        UsesBreaker |= F.BreakerPending && F.Breaker.Guarded;
      for (const ReportedFinding &F : U.Findings)
        if (UsesBreaker && F.BreakerPending && F.Breaker.CalleeOpaque)
          if (std::string N = nameInUSR(F.Breaker.Callee); !N.empty())
            Names.insert(N);
      // Comparison functions trusted by their names: their definitions.
      for (const ReportedFinding &F : U.Findings)
        for (const std::string *USR :
             {&F.DroppedIfConstantTime, &F.KeptIfUnsafeComparer,
              &F.KeptIfComparerGivenSecrets})
          if (std::string N = nameInUSR(*USR); !N.empty())
            Names.insert(N);
    }
    if (Names.size() == Before)
      break;
    std::vector<size_t> Todo;
    for (size_t I = 0; I < Files.size(); ++I)
      if (Out.Units[I].Skipped && fileMentions(Files[I], Names))
        Todo.push_back(I);
    if (Todo.empty())
      break;
    RunRound(Todo, /*Prefiltered=*/false);
  }

  SettledCalls Settled;
  Out.Findings =
      joinUnits(Out.Units, Opts.Analysis.ReportUnknownHandles, &Settled);
  Out.Points = joinPoints(Out.Units, Out.Findings, &Settled);
  return true;
}

std::vector<ReportedPoint>
joinPoints(const std::vector<TUReport> &Units,
           const std::vector<ReportedFinding> &Findings,
           const SettledCalls *Settled) {
  std::set<ReportedPoint> Unique;
  for (const TUReport &U : Units)
    Unique.insert(U.Points.begin(), U.Points.end());
  std::vector<ReportedPoint> Out(Unique.begin(), Unique.end());
  if (Settled)
    addWrapperPoints(Out, *Settled);
  std::map<std::tuple<std::string, unsigned, unsigned>,
           std::vector<const ReportedFinding *>>
      FindingsAt;
  for (const ReportedFinding &F : Findings)
    if (!F.Suppressed) {
      const TextLocation &At = F.PointLoc.Line ? F.PointLoc : F.Loc;
      FindingsAt[{At.File, At.Line, At.Column}].push_back(&F);
    }
  for (ReportedPoint &P : Out) {
    auto It = FindingsAt.find({P.Loc.File, P.Loc.Line, P.Loc.Column});
    if (It != FindingsAt.end())
      for (const ReportedFinding *F : It->second)
        P.Findings.push_back({F->Check, F->Loc});
  }
  return Out;
}

/// Groups the units into programs: two units belong to the same one when
/// they share a project file, directly or through others.
static std::vector<size_t> programsOf(const std::vector<TUReport> &Units) {
  std::vector<size_t> Parent(Units.size());
  for (size_t I = 0; I < Units.size(); ++I)
    Parent[I] = I;
  auto Find = [&](size_t X) {
    while (Parent[X] != X)
      X = Parent[X] = Parent[Parent[X]];
    return X;
  };
  std::map<std::string, size_t> FirstUnitOf;
  for (size_t I = 0; I < Units.size(); ++I) {
    std::vector<std::string> Files = Units[I].ProjectFiles;
    Files.push_back(Units[I].File);
    for (const std::string &F : Files) {
      auto [It, New] = FirstUnitOf.emplace(F, I);
      if (!New)
        Parent[Find(I)] = Find(It->second);
    }
  }
  std::vector<size_t> Out(Units.size());
  for (size_t I = 0; I < Units.size(); ++I)
    Out[I] = Find(I);
  return Out;
}

std::vector<ReportedFinding> joinUnits(const std::vector<TUReport> &Units,
                                       bool ReportUnknownHandles,
                                       SettledCalls *Settled) {
  // The whole-program join. A data member one TU cannot see configured is
  // settled by the TU that builds its object (by USR): configured there, or
  // missing when that TU saw every constructor and no timeout. Any other
  // unseen handle is missing when no TU sets a timeout for its library.
  // Libraries whose timeouts a program configures somewhere: a program is
  // the TUs that share a project file (one repository of several scanned
  // together keeps its own).
  std::vector<size_t> Program = programsOf(Units);
  std::map<size_t, std::set<std::string>> Configured;
  std::set<std::string> ConfiguredMembers, BuiltMembers;
  for (size_t I = 0; I < Units.size(); ++I) {
    const TUReport &U = Units[I];
    Configured[Program[I]].insert(U.ConfiguredLibraries.begin(),
                                  U.ConfiguredLibraries.end());
    ConfiguredMembers.insert(U.ConfiguredMembers.begin(),
                             U.ConfiguredMembers.end());
    BuiltMembers.insert(U.BuiltMembers.begin(), U.BuiltMembers.end());
  }
  // Functions that call out anywhere in the program: those that do in some
  // TU, then everything that reaches them across TUs (a fixed point).
  std::set<std::string> Outbound;
  std::map<std::string, std::vector<std::string>> Callers;
  for (const TUReport &U : Units) {
    Outbound.insert(U.OutboundFunctions.begin(), U.OutboundFunctions.end());
    for (const auto &E : U.CallEdges)
      Callers[E.second].push_back(E.first);
  }
  std::vector<std::string> Work(Outbound.begin(), Outbound.end());
  while (!Work.empty()) {
    std::string Callee = std::move(Work.back());
    Work.pop_back();
    for (const std::string &Caller : Callers[Callee])
      if (Outbound.insert(Caller).second)
        Work.push_back(Caller);
  }
  // Functions that verify a signature, in any TU: a webhook handler that
  // calls one (defined elsewhere) is verified.
  std::set<std::string> Verifying, Pages, SafeComparers, UnsafeComparers,
      GivenSecrets;
  for (const TUReport &U : Units) {
    GivenSecrets.insert(U.ComparersGivenSecrets.begin(),
                        U.ComparersGivenSecrets.end());
    Verifying.insert(U.VerifyingFunctions.begin(), U.VerifyingFunctions.end());
    Pages.insert(U.PageFunctions.begin(), U.PageFunctions.end());
    SafeComparers.insert(U.SafeComparers.begin(), U.SafeComparers.end());
    UnsafeComparers.insert(U.UnsafeComparers.begin(), U.UnsafeComparers.end());
  }
  // Functions named like verifiers, by what their definitions do: one that
  // reads its arguments anywhere checks something.
  std::set<std::string> CheckingVerifiers, PlaceholderVerifiers;
  for (const TUReport &U : Units) {
    CheckingVerifiers.insert(U.CheckingVerifiers.begin(),
                             U.CheckingVerifiers.end());
    PlaceholderVerifiers.insert(U.PlaceholderVerifiers.begin(),
                                U.PlaceholderVerifiers.end());
  }
  // A header's finding is seen by every TU that includes it: keep one.
  std::set<ReportedFinding> Unique;
  // Breaker records: one per call (a header's once), settled together.
  std::map<std::tuple<TextLocation, std::string, std::string>, ReportedFinding>
      BreakerRecords;
  for (const TUReport &U : Units)
    for (const ReportedFinding &F : U.Findings)
      if (F.BreakerPending)
        BreakerRecords.emplace(
            std::make_tuple(F.Loc, F.Breaker.Function, F.Breaker.Callee), F);
  if (!BreakerRecords.empty()) {
    std::vector<const BreakerRecord *> Records;
    for (const auto &KV : BreakerRecords)
      Records.push_back(&KV.second.Breaker);
    std::vector<BreakerVerdict> V = settleBreakers(Records, &Outbound);
    if (Settled) {
      for (const auto &KV : BreakerRecords)
        Settled->Records.push_back(KV.second);
      Settled->Verdicts = V;
    }
    size_t K = 0;
    for (auto &KV : BreakerRecords) {
      const BreakerVerdict &Verdict = V[K++];
      if (!Verdict.Report)
        continue;
      ReportedFinding F = KV.second;
      F.Message = breakerMessage(F.Breaker, Verdict);
      F.Properties["system"] = Verdict.SystemName;
      if (!Verdict.GuardedElsewhere.empty())
        F.Properties["guarded_elsewhere"] = Verdict.GuardedElsewhere;
      F.BreakerPending = false;
      Unique.insert(std::move(F));
    }
  }
  // Handlers registered by name in one TU and defined in another: the
  // registration reports them (it names the route), not the definition.
  std::set<std::string> RegisteredHandlers;
  for (const TUReport &U : Units)
    for (const ReportedFinding &F : U.Findings)
      RegisteredHandlers.insert(F.DroppedIfVerifies.begin(),
                                F.DroppedIfVerifies.end());
  for (size_t UnitIndex = 0; UnitIndex < Units.size(); ++UnitIndex)
    for (ReportedFinding F : Units[UnitIndex].Findings) {
      if (F.BreakerPending)
        continue;
      if (!F.HandlerDefinitionUSR.empty() &&
          RegisteredHandlers.count(F.HandlerDefinitionUSR))
        continue;
      if (!F.DroppedIfVerifies.empty() ||
          !F.DroppedIfHandedOffVerifies.empty()) {
        bool Verifies = false;
        // ... or answers with an HTML page: no webhook then.
        for (const auto *List :
             {&F.DroppedIfVerifies, &F.DroppedIfHandedOffVerifies})
          for (const std::string &C : *List)
            Verifies |= Verifying.count(C) > 0 || Pages.count(C) > 0;
        if (Verifies)
          continue;
        F.DroppedIfVerifies.clear();
        F.DroppedIfHandedOffVerifies.clear();
      }
      // Compared by a function another TU shows to be constant time.
      if (SafeComparers.count(F.DroppedIfConstantTime))
        continue;
      // Through a check defined elsewhere: only if it compares unsafely.
      if (!F.KeptIfUnsafeComparer.empty() &&
          !UnsafeComparers.count(F.KeptIfUnsafeComparer))
        continue;
      // Inside a comparer named for secrets: only if a call hands it one.
      if (!F.KeptIfComparerGivenSecrets.empty() &&
          !GivenSecrets.count(F.KeptIfComparerGivenSecrets))
        continue;
      if (!F.KeptIfPlaceholders.empty()) {
        // Trusted by its name unless every definition is a placeholder.
        bool Placeholders =
            llvm::all_of(F.KeptIfPlaceholders, [&](const std::string &USR) {
              return PlaceholderVerifiers.count(USR) &&
                     !CheckingVerifiers.count(USR);
            });
        if (!Placeholders)
          continue;
        F.KeptIfPlaceholders.clear();
      }
      if (!F.OpenCallees.empty()) {
        bool CallsOut = false;
        for (const std::string &C : F.OpenCallees)
          CallsOut |= Outbound.count(C) > 0;
        if (!CallsOut)
          continue;
        F.OpenCallees.clear();
      }
      auto V = F.Properties.find("verdict");
      if (V != F.Properties.end() && V->second == "unknown") {
        auto L = F.Properties.find("library");
        if (!F.HandleUSR.empty() && ConfiguredMembers.count(F.HandleUSR))
          continue; // configured in another TU
        bool MemberMissing =
            !F.HandleUSR.empty() && BuiltMembers.count(F.HandleUSR);
        bool LibraryNeverConfigured =
            L != F.Properties.end() &&
            !Configured[Program[UnitIndex]].count(L->second);
        if ((MemberMissing || LibraryNeverConfigured) &&
            !F.MessageIfMissing.empty()) {
          F.Level = Severity::Warning;
          F.Message = F.MessageIfMissing;
          V->second = "missing";
        } else if (!ReportUnknownHandles) {
          continue;
        }
      }
      Unique.insert(F);
    }
  return std::vector<ReportedFinding>(Unique.begin(), Unique.end());
}

} // namespace faultline
