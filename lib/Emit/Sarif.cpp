//===--- Sarif.cpp - SARIF 2.1.0 ------------------------------------------===//

#include "Emit/Sarif.h"
#include "Rules/RuleCatalog.h"
#include "Scan/Shard.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <map>

namespace faultline {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

std::string relativeUri(const std::string &File, const std::string &Root) {
  if (!Root.empty()) {
    std::string R = Root;
    if (R.back() != '/')
      R += '/';
    if (File.compare(0, R.size(), R) == 0)
      return File.substr(R.size());
  }
  return File;
}

// FNV-1a: stable across platforms and LLVM versions.
static uint64_t fnv1a(llvm::StringRef S) {
  uint64_t H = 1469598103934665603ULL;
  for (unsigned char C : S) {
    H ^= C;
    H *= 1099511628211ULL;
  }
  return H;
}

std::string lineHash(const std::string &Check, const std::string &LineText,
                     unsigned Occurrence) {
  std::string Norm;
  for (char C : LineText)
    if (!llvm::isSpace(C))
      Norm += C;
  return fmt::format("{:016x}:{}", fnv1a(Check + "\n" + Norm), Occurrence);
}

static Object region(const TextLocation &L) {
  Object R{{"startLine", L.Line}, {"startColumn", L.Column}};
  R["endLine"] = L.EndLine ? L.EndLine : L.Line;
  R["endColumn"] = L.EndColumn ? L.EndColumn : L.Column + 1;
  return R;
}

static Object physical(const TextLocation &L, const std::string &Root) {
  std::string Uri = relativeUri(L.File, Root);
  Object Artifact{{"uri", Uri}};
  if (Uri != L.File)
    Artifact["uriBaseId"] = "SRCROOT";
  else if (!Uri.empty() && Uri[0] == '/')
    Artifact["uri"] = "file://" + Uri; // outside --root: an absolute URI
  Object P{{"artifactLocation", std::move(Artifact)}};
  if (L.Line)
    P["region"] = region(L);
  return P;
}

static std::string withPeriod(std::string S) {
  if (!S.empty() && S.back() != '.' && S.back() != '!' && S.back() != '?')
    S += '.';
  return S;
}

static const char *sarifLevel(Severity S) {
  switch (S) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

std::string writeSarif(const ScanResult &R, const SarifOptions &Opts) {
  const auto &Catalog = ruleCatalog();
  std::map<std::string, size_t> RuleIndex;
  Array Rules;
  for (size_t I = 0; I < Catalog.size(); ++I) {
    const RuleInfo &Info = Catalog[I];
    RuleIndex[Info.Id] = I;
    Array Tags;
    for (const auto &T : Info.Tags)
      Tags.push_back(T);
    Object Props{{"tags", std::move(Tags)},
                 {"precision", Info.Precision},
                 {"problem.severity", Info.ProblemSeverity}};
    if (!Info.SecuritySeverity.empty())
      Props["security-severity"] = Info.SecuritySeverity;
    Rules.push_back(Object{
        {"id", Info.Id},
        {"name", Info.Name},
        {"shortDescription", Object{{"text", Info.ShortDescription}}},
        {"fullDescription", Object{{"text", Info.FullDescription}}},
        {"help", Object{{"text", Info.Help}, {"markdown", Info.HelpMarkdown}}},
        {"defaultConfiguration", Object{{"level", Info.DefaultLevel}}},
        {"properties", std::move(Props)}});
  }

  Array Results;
  // Occurrence index of identical (rule, line text) pairs per file.
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  for (const ReportedFinding &F : R.Findings) {
    if (F.Suppressed && !Opts.IncludeSuppressed)
      continue;
    Object Res{{"ruleId", F.Check},
               {"level", sarifLevel(F.Level)},
               {"message", Object{{"text", withPeriod(F.Message)}}}};
    auto RI = RuleIndex.find(F.Check);
    if (RI != RuleIndex.end())
      Res["ruleIndex"] = static_cast<int64_t>(RI->second);
    Res["locations"] =
        Array{Object{{"physicalLocation", physical(F.Loc, Opts.Root)}}};
    if (!F.Notes.empty()) {
      Array Related;
      int64_t Id = 1;
      for (const ReportedNote &N : F.Notes)
        Related.push_back(
            Object{{"id", Id++},
                   {"physicalLocation", physical(N.Loc, Opts.Root)},
                   {"message", Object{{"text", withPeriod(N.Message)}}}});
      Res["relatedLocations"] = std::move(Related);
    }
    unsigned &Occ = Seen[{F.Loc.File, F.Check, F.LineText}];
    std::string Hash = lineHash(F.Check, F.LineText, ++Occ);
    if (Opts.Baseline.count(F.Check + "|" + Hash))
      continue; // known before: only new results are reported
    Res["partialFingerprints"] = Object{{"primaryLocationLineHash", Hash}};
    if (F.Suppressed)
      Res["suppressions"] = Array{Object{{"kind", "inSource"}}};
    Object Props;
    for (const auto &KV : F.Properties)
      Props[KV.first] = KV.second;
    if (!Props.empty())
      Res["properties"] = std::move(Props);
    Results.push_back(std::move(Res));
  }

  Array Notifications;
  bool AllOk = true;
  for (const TUReport &U : R.Units) {
    if (!U.Failed)
      continue;
    AllOk = false;
    for (const InputProblem &P : U.Problems) {
      Object N{{"level", "error"},
               {"message", Object{{"text", withPeriod(P.Message)}}},
               {"descriptor", Object{{"id", "faultline-parse-error"}}}};
      TextLocation L = P.Loc;
      if (L.File.empty())
        L.File = U.File;
      N["locations"] =
          Array{Object{{"physicalLocation", physical(L, Opts.Root)}}};
      Notifications.push_back(std::move(N));
    }
  }

  Object Driver{{"name", "faultline"},
                {"fullName", "Faultline integration resilience analyzer"},
                {"version", Opts.ToolVersion},
                {"semanticVersion", Opts.ToolVersion},
                {"rules", std::move(Rules)}};
  Object Invocation{{"executionSuccessful", AllOk}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  Object Run{{"tool", Object{{"driver", std::move(Driver)}}},
             {"invocations", Array{std::move(Invocation)}},
             {"results", std::move(Results)},
             {"columnKind", "utf16CodeUnits"},
             {"automationDetails", Object{{"id", Opts.AutomationId}}}};
  if (Opts.EmbedUnits)
    Run["properties"] = Object{{ShardUnitsProperty, unitsToJson(R.Units)}};
  if (!Opts.Root.empty()) {
    std::string RootUri = "file://" + Opts.Root;
    if (RootUri.back() != '/')
      RootUri += '/';
    Run["originalUriBaseIds"] = Object{{"SRCROOT", Object{{"uri", RootUri}}}};
  }
  Object Doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Array{std::move(Run)}}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", Value(std::move(Doc)));
  OS << "\n";
  OS.flush();
  return Out;
}

bool readBaseline(const std::string &Path, std::set<std::string> &Out,
                  std::string &Error) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf) {
    Error =
        Path + ": error: cannot read the baseline: " + Buf.getError().message();
    return false;
  }
  auto Doc = llvm::json::parse((*Buf)->getBuffer());
  if (!Doc) {
    Error = Path + ": error: the baseline is not JSON: " +
            llvm::toString(Doc.takeError());
    return false;
  }
  const Object *Root = Doc->getAsObject();
  const Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs) {
    Error = Path + ": error: the baseline is not SARIF (no 'runs')";
    return false;
  }
  for (const Value &RunV : *Runs)
    if (const Object *Run = RunV.getAsObject())
      if (const Array *Results = Run->getArray("results"))
        for (const Value &ResV : *Results)
          if (const Object *Res = ResV.getAsObject()) {
            auto Rule = Res->getString("ruleId");
            const Object *FP = Res->getObject("partialFingerprints");
            auto Hash =
                FP ? FP->getString("primaryLocationLineHash") : std::nullopt;
            if (Rule && Hash)
              Out.insert(Rule->str() + "|" + Hash->str());
          }
  return true;
}

} // namespace faultline
