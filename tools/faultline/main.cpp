//===--- main.cpp - The faultline command line ----------------------------===//
//
// Command-line handling only: the scan, the analysis and the emitters live
// in lib/.
//
//===----------------------------------------------------------------------===//

#include "Emit/Sarif.h"
#include "Model/Model.h"
#include "Rules/RuleCatalog.h"
#include "Scan/Scanner.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
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
                           gRPC methods safe to retry (default: ^(Get|List|Read|Watch|Check))
  --idempotency-header <name>
                           a header that carries an idempotency key (repeatable;
                           default: Idempotency-Key, X-Idempotency-Key, Idempotency_Key)
  --include-suppressed     keep NOLINT-suppressed results in SARIF (with `suppressions`)
  --resource-dir <dir>     clang's builtin headers (default: found automatically)
  --no-prefilter           parse every TU, even those whose #include lines reach
                           no modelled library (by default they are skipped)
  -q, --quiet              print only the summary line
  paths...                 scan only these files or directories of the database

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

int runScan(const std::vector<std::string> &Args) {
  ScanOptions Opts;
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

  Root = absolute(Root.empty() ? "." : Root);
  ScanResult Result;
  std::string Error;
  if (!scan(Opts, M, Result, Error)) {
    llvm::errs() << "faultline: " << Error << "\n";
    return ExitUsage;
  }

  auto Shown = [&](const std::string &File) { return relativeUri(File, Root); };
  unsigned Counts[3] = {0, 0, 0}, Suppressed = 0, Failed = 0, Skipped = 0;
  for (const TUReport &U : Result.Units)
    Skipped += U.Skipped;
  bool Reached = false;
  for (const ReportedFinding &F : Result.Findings) {
    if (F.Suppressed) {
      ++Suppressed;
      continue;
    }
    ++Counts[levelRank(F.Level)];
    Reached |= levelRank(F.Level) >= FailOn;
    if (Quiet)
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

  if (!SarifPath.empty()) {
    SarifOptions SO;
    SO.Root = Root;
    SO.IncludeSuppressed = IncludeSuppressed;
    SO.ToolVersion = FAULTLINE_VERSION;
    std::ofstream Out(SarifPath, std::ios::binary);
    if (!Out) {
      llvm::errs() << "faultline: error: cannot write " << SarifPath << "\n";
      return ExitUsage;
    }
    Out << writeSarif(Result, SO);
  }

  llvm::outs() << fmt::format(
      "faultline: {} translation unit{} scanned{}, {} warning{}, {} note{}, {} "
      "error{}, {} suppressed by NOLINT{}\n",
      Result.Units.size(), Result.Units.size() == 1 ? "" : "s",
      Skipped ? fmt::format(" ({} include no modelled library)", Skipped) : "",
      Counts[1], Counts[1] == 1 ? "" : "s", Counts[0],
      Counts[0] == 1 ? "" : "s", Counts[2], Counts[2] == 1 ? "" : "s",
      Suppressed, Failed ? fmt::format("; {} failed to parse", Failed) : "");
  llvm::outs().flush();
  if (Failed)
    return ExitUsage;
  return Reached ? ExitFindings : ExitClean;
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
    return usageError("missing command (scan, check-model, rules)");
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
    return runScan(Args);
  if (Cmd == "check-model")
    return runCheckModel(Args);
  if (Cmd == "rules")
    return runRules();
  return usageError("unknown command '" + Cmd + "'");
}
