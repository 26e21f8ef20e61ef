//===--- main.cpp - The faultline command line ----------------------------===//
//
// Command-line handling only: the scan, the analysis and the emitters live
// in lib/.
//
//===----------------------------------------------------------------------===//

#include "Emit/Inventory.h"
#include "Emit/Sarif.h"
#include "Model/Model.h"
#include "Rules/RuleCatalog.h"
#include "Scan/Scanner.h"
#include "Scan/Shard.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#ifndef FAULTLINE_VERSION
#define FAULTLINE_VERSION "0.0.0"
#endif

using namespace faultline;

namespace {

constexpr int ExitClean = 0, ExitFindings = 1, ExitUsage = 2;

const char *Usage =
    R"(faultline - finds integration points that will not survive failure

USAGE
  faultline scan -p <build-dir> [options] [paths...]
  faultline inventory -p <build-dir> -o <file.json|.md|.html|.csv> [options] [paths...]
  faultline merge [--sarif <file>] [--inventory <file>]... [--root <dir>]
                  [--fail-on <level>] [--baseline <file>] <shard.sarif>...
  faultline check-model <file.yaml>...
  faultline rules
  faultline --help | --version

SCAN OPTIONS
  -p <dir|file>            build directory holding compile_commands.json (or the file)
  -j <N>                   translation units analysed in parallel (default: all cores)
  --sarif <file>           write SARIF 2.1.0 results to <file>
  --root <dir>             make SARIF and terminal paths relative to <dir>
                           (default: the current directory)
  --fail-on <level>        exit 1 when a finding reaches <level>:
                           note | warning | error | never (default: warning)
  --model <file.yaml>      add a library model (repeatable; merged over the built-in ones)
  --max-timeout-ms <N>     a timeout above N ms is reported as excessive (default 120000)
  --report-library-defaults  also report calls bounded only by a library default (notes)
  --report-unknown-handles   also report calls whose handle is configured out of sight (notes)
  --report-fixed-backoff   also report retries whose wait does not grow or has
                           no jitter (notes)
  --idempotent-rpc-pattern <regex>
                           gRPC methods safe to retry (default: ^(Get|List|Read|Watch|Check|Delete|Describe|Lookup|Search|Query))
  --idempotency-header <name>
                           a header that carries an idempotency key (repeatable;
                           default: Idempotency-Key, X-Idempotency-Key, Idempotency_Key)
  --inventory <file>       write the integration inventory; the format follows the
                           extension: .json, .md, .html, .csv (repeatable)
  --baseline <old.sarif>   report only results that are not in <old.sarif>
                           (matched by fingerprint, so moved code stays known)
  --shard <K/N>            scan only the K-th of N deterministic slices of the TUs;
                           its SARIF carries what `faultline merge` needs
  --automation-id <id>     SARIF runAutomationDetails.id (default: faultline/)
  --webhook-path-pattern <regex>
                           route paths that name a webhook (default: webhook, hook,
                           callback, notify, ipn, events and provider names)
  --webhook-name-pattern <regex>
                           names around a route whose path is set at run time
                           (function, class, file) that make it a webhook
                           (default: hook and provider names)
  --signature-header <name>
                           a header that carries a webhook signature (repeatable;
                           replaces the default list)
  --event-marker <name>    a header or body key only a provider's event carries
                           (X-GitHub-Event, callback_query; repeatable; replaces
                           the default list)
  --internal-host <glob>   a host that is part of the system itself: calls to it
                           never need a circuit breaker (repeatable; default:
                           localhost, 127.*, ::1, 0.0.0.0)
  --report-missing-replay-protection
                           also report verified webhook handlers with no
                           timestamp or event-id check (notes)
  --include-suppressed     keep NOLINT-suppressed results in SARIF (with `suppressions`)
  --resource-dir <dir>     clang's builtin headers (default: found automatically)
  --no-prefilter           parse every TU, even those whose #include lines reach
                           no modelled library (by default they are skipped)
  -q, --quiet              print only the summary line
  paths...                 scan only these files or directories of the database

INVENTORY
  `faultline inventory -p DIR -o FILE` scans like `scan` and writes only the
  inventory (exit 0 unless the inputs are bad). docs/inventory.md has the format.

MERGE
  `faultline merge` combines the SARIF files of `scan --shard K/N` runs into the
  SARIF and inventories one unsharded scan writes. docs/ci.md shows a CI matrix.

EXIT STATUS
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage or input error: bad arguments, unreadable or malformed
     compile_commands.json or model, or a translation unit that did not parse
     (its problems are reported; every other unit's results are still written)
)";

int usageError(const std::string &Msg) {
  llvm::errs() << "faultline: error: " << Msg << "\n"
               << "Try 'faultline --help'.\n";
  return ExitUsage;
}

bool parseLevel(llvm::StringRef S, int &Out) {
  if (S == "note")
    Out = 0;
  else if (S == "warning")
    Out = 1;
  else if (S == "error")
    Out = 2;
  else if (S == "never")
    Out = 3;
  else
    return false;
  return true;
}

int levelRank(Severity S) {
  return S == Severity::Note ? 0 : S == Severity::Warning ? 1 : 2;
}

std::string absolute(llvm::StringRef P) {
  llvm::SmallString<256> S(P);
  llvm::sys::fs::make_absolute(S);
  llvm::sys::path::remove_dots(S, true);
  return std::string(S);
}

/// What to write once results exist (a scan, or merged shards).
struct OutputOptions {
  std::string SarifPath, Root, BaselinePath, AutomationId = "faultline/";
  std::vector<std::string> InventoryPaths;
  int FailOn = 1;
  bool Quiet = false, IncludeSuppressed = false, Shard = false;
};

int writeOutputs(const ScanResult &Result, const OutputOptions &O);

int runScan(const std::vector<std::string> &Args, bool InventoryOnly) {
  ScanOptions Opts;
  OutputOptions Out;
  Opts.Jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string SarifPath, Root;
  std::vector<std::string> ModelFiles;
  int FailOn = 1;
  bool Quiet = false, IncludeSuppressed = false, CustomHeaders = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    auto Value = [&](std::string &Into) {
      if (I + 1 >= Args.size())
        return false;
      Into = Args[++I];
      return true;
    };
    std::string V;
    if (A == "-p") {
      if (!Value(Opts.BuildDir))
        return usageError("-p needs a build directory");
    } else if (A.rfind("-p", 0) == 0 && A.size() > 2 && A[2] != '-') {
      Opts.BuildDir = A.substr(2);
    } else if (A == "-j") {
      if (!Value(V) || V.empty() ||
          V.find_first_not_of("0123456789") != std::string::npos || V == "0")
        return usageError("-j needs a positive number");
      Opts.Jobs = static_cast<unsigned>(std::stoul(V));
    } else if (A.rfind("-j", 0) == 0 && A.size() > 2) {
      V = A.substr(2);
      if (V.find_first_not_of("0123456789") != std::string::npos || V == "0")
        return usageError("-j needs a positive number");
      Opts.Jobs = static_cast<unsigned>(std::stoul(V));
    } else if (A == "--sarif") {
      if (!Value(SarifPath))
        return usageError("--sarif needs a file name");
    } else if (A == "--root") {
      if (!Value(Root))
        return usageError("--root needs a directory");
    } else if (A == "--fail-on") {
      if (!Value(V) || !parseLevel(V, FailOn))
        return usageError("--fail-on needs note, warning, error or never");
    } else if (A == "--model") {
      if (!Value(V))
        return usageError("--model needs a YAML file");
      ModelFiles.push_back(V);
    } else if (A == "--max-timeout-ms") {
      if (!Value(V) || V.empty() ||
          V.find_first_not_of("0123456789") != std::string::npos)
        return usageError("--max-timeout-ms needs a number of milliseconds");
      Opts.Analysis.MaxTimeoutMs = std::stoll(V);
    } else if (A == "--report-library-defaults") {
      Opts.Analysis.ReportLibraryDefaults = true;
    } else if (A == "--report-unknown-handles") {
      Opts.Analysis.ReportUnknownHandles = true;
    } else if (A == "--webhook-path-pattern") {
      std::string Err;
      if (!Value(V) || !llvm::Regex(V).isValid(Err))
        return usageError("--webhook-path-pattern needs a valid regular "
                          "expression" +
                          (Err.empty() ? "" : ": " + Err));
      Opts.Analysis.WebhookPathPattern = V;
    } else if (A == "--webhook-name-pattern") {
      std::string Err;
      if (!Value(V) || !llvm::Regex(V).isValid(Err))
        return usageError("--webhook-name-pattern needs a valid regular "
                          "expression" +
                          (Err.empty() ? "" : ": " + Err));
      Opts.Analysis.WebhookNamePattern = V;
    } else if (A == "--event-marker") {
      if (!Value(V) || V.empty())
        return usageError("--event-marker needs a header or key name");
      Opts.Analysis.EventMarkers.push_back(V);
    } else if (A == "--signature-header") {
      if (!Value(V) || V.empty())
        return usageError("--signature-header needs a header name");
      Opts.Analysis.SignatureHeaders.push_back(V);
    } else if (A == "--internal-host") {
      if (!Value(V) || V.empty())
        return usageError("--internal-host needs a host pattern");
      if (auto P = llvm::GlobPattern::create(V); !P) {
        llvm::consumeError(P.takeError());
        return usageError("--internal-host needs a valid glob pattern");
      }
      Opts.Analysis.InternalHosts.push_back(V);
    } else if (A == "--report-missing-replay-protection") {
      Opts.Analysis.ReportMissingReplayProtection = true;
    } else if (A == "--report-fixed-backoff") {
      Opts.Analysis.ReportFixedBackoff = true;
    } else if (A == "--idempotent-rpc-pattern") {
      std::string Err;
      if (!Value(V) || !llvm::Regex(V).isValid(Err))
        return usageError("--idempotent-rpc-pattern needs a valid regular "
                          "expression" +
                          (Err.empty() ? "" : ": " + Err));
      Opts.Analysis.IdempotentRpcPattern = V;
    } else if (A == "--idempotency-header") {
      if (!Value(V) || V.empty())
        return usageError("--idempotency-header needs a header name");
      if (!CustomHeaders)
        Opts.Analysis.IdempotencyHeaders.clear();
      CustomHeaders = true;
      Opts.Analysis.IdempotencyHeaders.push_back(V);
    } else if (A == "--include-suppressed") {
      IncludeSuppressed = true;
    } else if (A == "--inventory" || (InventoryOnly && A == "-o")) {
      InventoryFormat F;
      if (!Value(V) || !inventoryFormatFor(V, F))
        return usageError(A + " needs a file ending in .json, .md, .html or "
                              ".csv");
      Out.InventoryPaths.push_back(V);
    } else if (A == "--baseline") {
      if (!Value(Out.BaselinePath))
        return usageError("--baseline needs a SARIF file");
    } else if (A == "--shard") {
      if (!Value(V) || !parseShard(V, Opts.ShardIndex, Opts.ShardCount))
        return usageError("--shard needs K/N with 1 <= K <= N");
      Out.Shard = Opts.ShardCount > 1;
    } else if (A == "--automation-id") {
      if (!Value(Out.AutomationId) || Out.AutomationId.empty())
        return usageError("--automation-id needs an id");
    } else if (A == "--resource-dir") {
      if (!Value(Opts.ResourceDir))
        return usageError("--resource-dir needs a directory");
    } else if (A == "--no-prefilter") {
      Opts.Prefilter = false;
    } else if (A == "-q" || A == "--quiet") {
      Quiet = true;
    } else if (!A.empty() && A[0] == '-') {
      return usageError("unknown option '" + A + "'");
    } else {
      Opts.Paths.push_back(A);
    }
  }
  if (Opts.BuildDir.empty())
    return usageError("scan needs -p <build-dir> (the directory holding "
                      "compile_commands.json)");

  Model M = builtinModel();
  for (const auto &F : ModelFiles) {
    ModelError Err;
    if (!loadModelFile(F, M, Err)) {
      llvm::errs() << Err.str() << "\n";
      return ExitUsage;
    }
  }

  if (InventoryOnly && Out.InventoryPaths.empty())
    return usageError("inventory needs -o <file.json|.md|.html|.csv>");
  Opts.Analysis.CollectPoints = !Out.InventoryPaths.empty() || Out.Shard;
  ScanResult Result;
  std::string Error;
  if (!scan(Opts, M, Result, Error)) {
    llvm::errs() << "faultline: " << Error << "\n";
    return ExitUsage;
  }
  Out.SarifPath = SarifPath;
  Out.Root = absolute(Root.empty() ? "." : Root);
  Out.FailOn = InventoryOnly ? 3 : FailOn;
  Out.Quiet = Quiet || InventoryOnly;
  Out.IncludeSuppressed = IncludeSuppressed;
  return writeOutputs(Result, Out);
}

bool writeFile(const std::string &Path, const std::string &Text) {
  std::ofstream F(Path, std::ios::binary);
  if (!F) {
    llvm::errs() << "faultline: error: cannot write " << Path << "\n";
    return false;
  }
  F << Text;
  return true;
}

int writeOutputs(const ScanResult &Result, const OutputOptions &O) {
  const std::string &Root = O.Root;
  auto Shown = [&](const std::string &File) { return relativeUri(File, Root); };
  std::set<std::string> Baseline;
  if (!O.BaselinePath.empty()) {
    std::string Error;
    if (!readBaseline(O.BaselinePath, Baseline, Error)) {
      llvm::errs() << Error << "\n";
      return ExitUsage;
    }
  }
  unsigned Counts[3] = {0, 0, 0}, Suppressed = 0, Failed = 0, Skipped = 0,
           Known = 0;
  for (const TUReport &U : Result.Units)
    Skipped += U.Skipped;
  // The same occurrence numbering as the SARIF fingerprints.
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  bool Reached = false;
  for (const ReportedFinding &F : Result.Findings) {
    unsigned &Occ = Seen[{F.Loc.File, F.Check, F.LineText}];
    ++Occ;
    if (F.Suppressed) {
      ++Suppressed;
      continue;
    }
    if (Baseline.count(F.Check + "|" + lineHash(F.Check, F.LineText, Occ))) {
      ++Known;
      continue;
    }
    ++Counts[levelRank(F.Level)];
    Reached |= levelRank(F.Level) >= O.FailOn;
    if (O.Quiet)
      continue;
    llvm::outs() << fmt::format("{}:{}:{}: {}: {} [{}]\n", Shown(F.Loc.File),
                                F.Loc.Line, F.Loc.Column, severityName(F.Level),
                                F.Message, F.Check);
    for (const ReportedNote &N : F.Notes)
      llvm::outs() << fmt::format("{}:{}:{}: note: {}\n", Shown(N.Loc.File),
                                  N.Loc.Line, N.Loc.Column, N.Message);
  }
  for (const TUReport &U : Result.Units) {
    if (!U.Failed)
      continue;
    ++Failed;
    for (const InputProblem &P : U.Problems) {
      if (P.Loc.Line)
        llvm::errs() << fmt::format("{}:{}:{}: error: {}\n", Shown(P.Loc.File),
                                    P.Loc.Line, P.Loc.Column, P.Message);
      else
        llvm::errs() << fmt::format("{}: error: {}\n", Shown(U.File),
                                    P.Message);
    }
  }

  if (!O.SarifPath.empty()) {
    SarifOptions SO;
    SO.Root = Root;
    SO.IncludeSuppressed = O.IncludeSuppressed;
    SO.ToolVersion = FAULTLINE_VERSION;
    SO.AutomationId = O.AutomationId;
    SO.Baseline = Baseline;
    SO.EmbedUnits = O.Shard;
    if (!writeFile(O.SarifPath, writeSarif(Result, SO)))
      return ExitUsage;
  }
  if (!O.InventoryPaths.empty()) {
    Inventory Inv = buildInventory(Result.Points, Root);
    InventoryOptions IO{Root, FAULTLINE_VERSION};
    for (const std::string &Path : O.InventoryPaths) {
      InventoryFormat F = InventoryFormat::Json;
      inventoryFormatFor(Path, F);
      if (!writeFile(Path, writeInventory(Inv, F, IO)))
        return ExitUsage;
    }
    if (!O.Quiet || O.FailOn == 3)
      llvm::outs() << fmt::format(
          "faultline: inventory of {} integration "
          "point{} with {} system{}\n",
          Inv.Points.size(), Inv.Points.size() == 1 ? "" : "s",
          Inv.Systems.size(), Inv.Systems.size() == 1 ? "" : "s");
  }

  llvm::outs() << fmt::format(
      "faultline: {} translation unit{} scanned{}, {} warning{}, {} note{}, {} "
      "error{}, {} suppressed by NOLINT{}{}\n",
      Result.Units.size(), Result.Units.size() == 1 ? "" : "s",
      Skipped ? fmt::format(" ({} include no modelled library)", Skipped) : "",
      Counts[1], Counts[1] == 1 ? "" : "s", Counts[0],
      Counts[0] == 1 ? "" : "s", Counts[2], Counts[2] == 1 ? "" : "s",
      Suppressed, Known ? fmt::format(", {} in the baseline", Known) : "",
      Failed ? fmt::format("; {} failed to parse", Failed) : "");
  llvm::outs().flush();
  if (Failed)
    return ExitUsage;
  return Reached ? ExitFindings : ExitClean;
}

int runMerge(const std::vector<std::string> &Args) {
  OutputOptions Out;
  std::vector<std::string> Inputs;
  bool ReportUnknown = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    std::string V;
    auto Value = [&](std::string &Into) {
      if (I + 1 >= Args.size())
        return false;
      Into = Args[++I];
      return true;
    };
    if (A == "--sarif") {
      if (!Value(Out.SarifPath))
        return usageError("--sarif needs a file");
    } else if (A == "--inventory") {
      InventoryFormat F;
      if (!Value(V) || !inventoryFormatFor(V, F))
        return usageError("--inventory needs a file ending in .json, .md, "
                          ".html or .csv");
      Out.InventoryPaths.push_back(V);
    } else if (A == "--root") {
      if (!Value(Out.Root))
        return usageError("--root needs a directory");
    } else if (A == "--fail-on") {
      if (!Value(V) || !parseLevel(V, Out.FailOn))
        return usageError("--fail-on needs note, warning, error or never");
    } else if (A == "--baseline") {
      if (!Value(Out.BaselinePath))
        return usageError("--baseline needs a SARIF file");
    } else if (A == "--automation-id") {
      if (!Value(Out.AutomationId))
        return usageError("--automation-id needs an id");
    } else if (A == "--include-suppressed") {
      Out.IncludeSuppressed = true;
    } else if (A == "--report-unknown-handles") {
      ReportUnknown = true;
    } else if (A == "-q" || A == "--quiet") {
      Out.Quiet = true;
    } else if (!A.empty() && A[0] == '-') {
      return usageError("unknown option '" + A + "'");
    } else {
      Inputs.push_back(A);
    }
  }
  if (Inputs.empty())
    return usageError("merge needs the SARIF files of `scan --shard K/N`");
  ScanResult Result;
  for (const std::string &Path : Inputs) {
    auto Buf = llvm::MemoryBuffer::getFile(Path);
    if (!Buf) {
      llvm::errs() << Path
                   << ": error: cannot read: " << Buf.getError().message()
                   << "\n";
      return ExitUsage;
    }
    auto Doc = llvm::json::parse((*Buf)->getBuffer());
    if (!Doc) {
      llvm::errs() << Path
                   << ": error: not JSON: " << llvm::toString(Doc.takeError())
                   << "\n";
      return ExitUsage;
    }
    const llvm::json::Value *Units = nullptr;
    if (const auto *Root = Doc->getAsObject())
      if (const auto *Runs = Root->getArray("runs"))
        if (!Runs->empty())
          if (const auto *Run = (*Runs)[0].getAsObject())
            if (const auto *Props = Run->getObject("properties"))
              Units = Props->get(ShardUnitsProperty);
    std::string Error;
    if (!Units) {
      llvm::errs() << Path << ": error: not the SARIF of a `scan --shard K/N` "
                   << "run (no " << ShardUnitsProperty << ")\n";
      return ExitUsage;
    }
    if (!unitsFromJson(*Units, Result.Units, Error)) {
      llvm::errs() << Path << ": error: " << Error << "\n";
      return ExitUsage;
    }
  }
  // The order of one unsharded scan: by file.
  std::stable_sort(
      Result.Units.begin(), Result.Units.end(),
      [](const TUReport &A, const TUReport &B) { return A.File < B.File; });
  SettledCalls Settled;
  Result.Findings = joinUnits(Result.Units, ReportUnknown, &Settled);
  Result.Points = joinPoints(Result.Units, Result.Findings, &Settled);
  Out.Root = absolute(Out.Root.empty() ? "." : Out.Root);
  return writeOutputs(Result, Out);
}

int runCheckModel(const std::vector<std::string> &Args) {
  if (Args.empty())
    return usageError("check-model needs at least one YAML file");
  int RC = ExitClean;
  for (const auto &F : Args) {
    Model M;
    ModelError Err;
    if (!loadModelFile(F, M, Err)) {
      llvm::errs() << Err.str() << "\n";
      RC = ExitUsage;
    } else {
      llvm::outs() << F << ": ok (" << M.Libraries.size() << " librar"
                   << (M.Libraries.size() == 1 ? "y" : "ies") << ")\n";
    }
  }
  return RC;
}

int runRules() {
  for (const RuleInfo &R : ruleCatalog())
    llvm::outs() << R.Id << "\t" << R.ShortDescription << "\n";
  return ExitClean;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> Args(argv + 1, argv + argc);
  if (Args.empty())
    return usageError("missing command (scan, inventory, merge, check-model, "
                      "rules)");
  std::string Cmd = Args.front();
  Args.erase(Args.begin());
  if (Cmd == "--help" || Cmd == "-h" || Cmd == "help") {
    llvm::outs() << Usage;
    return ExitClean;
  }
  if (Cmd == "--version") {
    llvm::outs() << "faultline " << FAULTLINE_VERSION << "\n";
    return ExitClean;
  }
  for (const auto &A : Args)
    if (A == "--help" || A == "-h") {
      llvm::outs() << Usage;
      return ExitClean;
    }
  if (Cmd == "scan")
    return runScan(Args, /*InventoryOnly=*/false);
  if (Cmd == "inventory")
    return runScan(Args, /*InventoryOnly=*/true);
  if (Cmd == "merge")
    return runMerge(Args);
  if (Cmd == "check-model")
    return runCheckModel(Args);
  if (Cmd == "rules")
    return runRules();
  return usageError("unknown command '" + Cmd + "'");
}
