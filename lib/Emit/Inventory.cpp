//===--- Inventory.cpp ----------------------------------------------------===//

#include "Emit/Inventory.h"
#include "Emit/Sarif.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace faultline {

namespace {

std::string shortHash(llvm::StringRef Text) {
  uint64_t H = 1469598103934665603ULL; // FNV-1a
  for (unsigned char C : Text) {
    H ^= C;
    H *= 1099511628211ULL;
  }
  return llvm::utohexstr(H, /*LowerCase=*/true).substr(0, 12);
}

std::string moduleOf(const std::string &RelFile) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(RelFile);
  return Dir.empty() ? "." : Dir.str();
}

std::vector<std::string> sortedUnique(std::vector<std::string> V) {
  std::sort(V.begin(), V.end());
  V.erase(std::unique(V.begin(), V.end()), V.end());
  return V;
}

bool timeoutCovered(const std::string &T) {
  return T != "missing" && T != "infinite" && T != "unknown" &&
         T.find("excessive") == std::string::npos;
}

} // namespace

std::string systemOf(const std::string &Target) {
  llvm::StringRef T(Target);
  if (T.empty() || T == "?" || T.starts_with("?"))
    return "(unknown)";
  size_t Scheme = T.find("://");
  if (Scheme != llvm::StringRef::npos)
    T = T.drop_front(Scheme + 3);
  // Credentials never name a system (and are redacted anyway).
  size_t At = T.find('@');
  size_t Slash = T.find('/');
  if (At != llvm::StringRef::npos &&
      (Slash == llvm::StringRef::npos || At < Slash))
    T = T.drop_front(At + 1);
  T = T.take_until([](char C) { return C == '/' || C == '?' || C == '#'; });
  if (T.starts_with("dns:///"))
    T = T.drop_front(7);
  return T.empty() ? "(unknown)" : T.str();
}

Inventory buildInventory(const std::vector<ReportedPoint> &Points,
                         const std::string &Root) {
  Inventory Inv;
  std::map<std::string, InventorySystem> Systems;
  for (const ReportedPoint &RP : Points) {
    InventoryPoint P;
    P.File = relativeUri(RP.Loc.File, Root);
    P.Line = RP.Loc.Line;
    P.Column = RP.Loc.Column;
    P.Module = moduleOf(P.File);
    P.Function = RP.Function;
    P.Library = RP.Library;
    P.Protocol = RP.Protocol;
    P.Direction = RP.Direction;
    P.Operation = RP.Operation;
    P.Target = RP.Target;
    P.System = RP.Direction == "inbound" ? "(clients of this service)"
                                         : systemOf(RP.Target);
    P.Timeout = RP.Timeout;
    P.Retry = RP.Retry;
    P.Breaker = RP.Breaker;
    P.Auth = RP.Auth;
    P.TlsVerificationDisabled = RP.TlsVerificationDisabled;
    P.Webhook = RP.Webhook;
    P.Via = RP.Via;
    for (const auto &[Check, At] : RP.Findings)
      P.Findings.push_back(fmt::format("{}@{}:{}:{}", Check,
                                       relativeUri(At.File, Root), At.Line,
                                       At.Column));
    P.Findings = sortedUnique(P.Findings);
    P.Id = "p-" +
           shortHash(fmt::format("{}:{}:{}:{}:{}:{}", P.File, P.Line, P.Column,
                                 P.Library, P.Direction, P.Operation));
    InventorySystem &S = Systems[P.System];
    S.Name = P.System;
    S.Protocols.push_back(P.Protocol);
    S.Directions.push_back(P.Direction);
    S.Modules.push_back(P.Module);
    S.Points.push_back(P.Id);
    Inv.Points.push_back(std::move(P));
  }
  for (auto &KV : Systems) {
    InventorySystem S = KV.second;
    S.Id = "s-" + shortHash(S.Name);
    S.Protocols = sortedUnique(S.Protocols);
    S.Directions = sortedUnique(S.Directions);
    S.Modules = sortedUnique(S.Modules);
    Inv.Systems.push_back(std::move(S));
  }
  for (const InventoryPoint &P : Inv.Points) {
    if (!P.Webhook.empty()) {
      ++Inv.VerifiedWebhooks.Total;
      Inv.VerifiedWebhooks.Covered += P.Webhook == "verified";
    }
    if (P.Direction != "outbound")
      continue;
    ++Inv.Timeouts.Total;
    Inv.Timeouts.Covered += timeoutCovered(P.Timeout);
    ++Inv.Breakers.Total;
    Inv.Breakers.Covered += P.Breaker != "none" && P.Breaker != "n/a";
    bool Retried = P.Retry != "none" && P.Retry != "n/a" &&
                   !llvm::StringRef(P.Retry).starts_with("library");
    if (Retried) {
      ++Inv.RetryBackoff.Total;
      Inv.RetryBackoff.Covered +=
          P.Retry.find("backoff") != std::string::npos ||
          P.Retry.find("server-directed") != std::string::npos;
    }
    bool KeyMissing = false;
    for (const std::string &F : P.Findings)
      KeyMissing |=
          llvm::StringRef(F).starts_with("integration-non-idempotent-retry@");
    bool HasKey = P.Retry.find("idempotency key") != std::string::npos ||
                  P.Retry == "library: idempotent";
    if (KeyMissing || HasKey) {
      ++Inv.Idempotency.Total;
      Inv.Idempotency.Covered += HasKey && !KeyMissing;
    }
  }
  return Inv;
}

bool inventoryFormatFor(const std::string &Path, InventoryFormat &F) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  if (Ext.equals_insensitive(".json"))
    F = InventoryFormat::Json;
  else if (Ext.equals_insensitive(".md") || Ext.equals_insensitive(".markdown"))
    F = InventoryFormat::Markdown;
  else if (Ext.equals_insensitive(".html") || Ext.equals_insensitive(".htm"))
    F = InventoryFormat::Html;
  else if (Ext.equals_insensitive(".csv"))
    F = InventoryFormat::Csv;
  else
    return false;
  return true;
}

namespace {

llvm::json::Array strings(const std::vector<std::string> &V) {
  llvm::json::Array A;
  for (const auto &S : V)
    A.push_back(S);
  return A;
}

llvm::json::Object coverage(const Coverage &C) {
  return llvm::json::Object{{"covered", C.Covered}, {"total", C.Total}};
}

llvm::json::Value toJson(const Inventory &Inv, const InventoryOptions &Opts) {
  llvm::json::Array Points, Systems;
  unsigned Outbound = 0, Inbound = 0;
  for (const InventoryPoint &P : Inv.Points) {
    (P.Direction == "inbound" ? Inbound : Outbound)++;
    Points.push_back(llvm::json::Object{
        {"id", P.Id},
        {"file", P.File},
        {"line", P.Line},
        {"column", P.Column},
        {"function", P.Function},
        {"module", P.Module},
        {"library", P.Library},
        {"protocol", P.Protocol},
        {"direction", P.Direction},
        {"operation", P.Operation},
        {"via", P.Via},
        {"target", P.Target},
        {"system", P.System},
        {"timeout", P.Timeout},
        {"retry", P.Retry},
        {"breaker", P.Breaker},
        {"auth", P.Auth},
        {"tls_verification", P.TlsVerificationDisabled ? "disabled" : "on"},
        {"webhook", P.Webhook.empty() ? "no" : P.Webhook},
        {"findings", strings(P.Findings)},
    });
  }
  for (const InventorySystem &S : Inv.Systems)
    Systems.push_back(llvm::json::Object{{"id", S.Id},
                                         {"name", S.Name},
                                         {"protocols", strings(S.Protocols)},
                                         {"directions", strings(S.Directions)},
                                         {"modules", strings(S.Modules)},
                                         {"points", strings(S.Points)}});
  return llvm::json::Object{
      {"schema", "faultline-inventory"},
      {"version", InventorySchemaVersion},
      {"tool", llvm::json::Object{{"name", "faultline"},
                                  {"version", Opts.ToolVersion}}},
      {"summary",
       llvm::json::Object{
           {"points", Inv.Points.size()},
           {"outbound", Outbound},
           {"inbound", Inbound},
           {"systems", Inv.Systems.size()},
           {"coverage",
            llvm::json::Object{
                {"timeouts", coverage(Inv.Timeouts)},
                {"retries_with_backoff", coverage(Inv.RetryBackoff)},
                {"idempotency", coverage(Inv.Idempotency)},
                {"breakers", coverage(Inv.Breakers)},
                {"verified_webhooks", coverage(Inv.VerifiedWebhooks)}}}}},
      {"systems", std::move(Systems)},
      {"points", std::move(Points)},
  };
}

std::string mdCell(const std::string &S) {
  std::string Out;
  for (char C : S) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n')
      Out += ' ';
    else
      Out += C;
  }
  return Out.empty() ? "—" : Out;
}

std::string figure(const Coverage &C) {
  if (C.Total == 0)
    return "n/a (none in the code)";
  return fmt::format("{}/{} ({}%)", C.Covered, C.Total,
                     C.Covered * 100 / C.Total);
}

std::string mermaidLabel(const std::string &S) {
  std::string Out;
  for (char C : S)
    Out += C == '"' ? '\'' : C;
  return Out;
}

std::string toMarkdown(const Inventory &Inv, const InventoryOptions &Opts) {
  std::string Out;
  unsigned Inbound = 0;
  for (const auto &P : Inv.Points)
    Inbound += P.Direction == "inbound";
  Out += "# Integration inventory\n\n";
  Out += fmt::format("Written by faultline {} from the code. {} integration "
                     "points ({} outbound, {} inbound) with {} systems.\n\n",
                     Opts.ToolVersion, Inv.Points.size(),
                     Inv.Points.size() - Inbound, Inbound, Inv.Systems.size());
  Out += "## Resilience coverage\n\n| measure | coverage |\n|---|---|\n";
  Out += "| outbound calls with a timeout | " + figure(Inv.Timeouts) + " |\n";
  Out += "| retries with backoff | " + figure(Inv.RetryBackoff) + " |\n";
  Out += "| retried mutations with an idempotency key | " +
         figure(Inv.Idempotency) + " |\n";
  Out += "| outbound calls behind a circuit breaker | " + figure(Inv.Breakers) +
         " |\n";
  Out += "| verified webhooks | " + figure(Inv.VerifiedWebhooks) + " |\n\n";

  Out += "## Systems\n\n| system | protocols | direction | modules | points "
         "|\n|---|---|---|---|---|\n";
  for (const InventorySystem &S : Inv.Systems)
    Out += fmt::format("| {} | {} | {} | {} | {} |\n", mdCell(S.Name),
                       mdCell(llvm::join(S.Protocols, ", ")),
                       mdCell(llvm::join(S.Directions, ", ")),
                       mdCell(llvm::join(S.Modules, ", ")), S.Points.size());

  Out += "\n## Data flow\n\n```mermaid\ngraph LR\n";
  std::map<std::string, std::string> ModuleIds, SystemIds;
  for (const InventoryPoint &P : Inv.Points)
    ModuleIds.emplace(P.Module, "");
  unsigned N = 0;
  for (auto &KV : ModuleIds)
    KV.second = "m" + std::to_string(N++);
  N = 0;
  for (const InventorySystem &S : Inv.Systems)
    SystemIds[S.Name] = "s" + std::to_string(N++);
  for (const auto &KV : ModuleIds)
    Out += fmt::format("  {}[\"{}\"]\n", KV.second, mermaidLabel(KV.first));
  for (const auto &KV : SystemIds)
    Out += fmt::format("  {}((\"{}\"))\n", KV.second, mermaidLabel(KV.first));
  std::set<std::string> Edges;
  for (const InventoryPoint &P : Inv.Points) {
    std::string M = ModuleIds[P.Module], S = SystemIds[P.System];
    Edges.insert(
        P.Direction == "inbound"
            ? fmt::format("  {} -->|{}| {}\n", S, mermaidLabel(P.Protocol), M)
            : fmt::format("  {} -->|{}| {}\n", M, mermaidLabel(P.Protocol), S));
  }
  for (const std::string &E : Edges)
    Out += E;
  Out += "```\n\n## Integration points\n\n| id | location | function | "
         "library | protocol | direction | operation | target | timeout | "
         "retry | breaker | auth | findings |\n"
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const InventoryPoint &P : Inv.Points) {
    std::string Auth = P.Auth;
    if (P.TlsVerificationDisabled)
      Auth += "; TLS verification disabled";
    std::string Findings;
    for (const auto &F : P.Findings)
      Findings += (Findings.empty() ? "" : ", ") + F.substr(0, F.find('@'));
    Out += fmt::format(
        "| {} | {}:{} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} "
        "|\n",
        P.Id, mdCell(P.File), P.Line, mdCell(P.Function), mdCell(P.Library),
        mdCell(P.Protocol), P.Direction,
        mdCell(P.Via.empty() ? P.Operation
                             : P.Operation + " via " + P.Via + "()"),
        mdCell(P.Target), mdCell(P.Timeout), mdCell(P.Retry), mdCell(P.Breaker),
        mdCell(Auth), mdCell(Findings));
  }
  return Out;
}

std::string csvField(const std::string &S) {
  if (S.find_first_of(",\"\n\r") == std::string::npos)
    return S;
  std::string Out = "\"";
  for (char C : S)
    Out += C == '"' ? std::string("\"\"") : std::string(1, C);
  return Out + "\"";
}

std::string toCsv(const Inventory &Inv) {
  std::string Out = "id,file,line,column,function,module,library,protocol,"
                    "direction,operation,target,system,timeout,retry,breaker,"
                    "auth,tls_verification,findings,via\r\n";
  for (const InventoryPoint &P : Inv.Points) {
    std::vector<std::string> Row = {P.Id,
                                    P.File,
                                    std::to_string(P.Line),
                                    std::to_string(P.Column),
                                    P.Function,
                                    P.Module,
                                    P.Library,
                                    P.Protocol,
                                    P.Direction,
                                    P.Operation,
                                    P.Target,
                                    P.System,
                                    P.Timeout,
                                    P.Retry,
                                    P.Breaker,
                                    P.Auth,
                                    P.TlsVerificationDisabled ? "disabled"
                                                              : "on",
                                    llvm::join(P.Findings, " "),
                                    P.Via};
    for (size_t I = 0; I < Row.size(); ++I)
      Out += (I ? "," : "") + csvField(Row[I]);
    Out += "\r\n";
  }
  return Out;
}

std::string htmlEscape(const std::string &S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

/// Modules on the left, systems on the right, one line per flow.
std::string svgGraph(const Inventory &Inv) {
  std::vector<std::string> Modules;
  for (const InventoryPoint &P : Inv.Points)
    Modules.push_back(P.Module);
  Modules = sortedUnique(Modules);
  std::vector<std::string> Systems;
  for (const InventorySystem &S : Inv.Systems)
    Systems.push_back(S.Name);
  const int RowH = 36, BoxW = 260, Gap = 220;
  size_t Rows = std::max<size_t>(1, std::max(Modules.size(), Systems.size()));
  int H = static_cast<int>(Rows) * RowH + 20, W = 2 * BoxW + Gap + 20;
  std::string Out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"graph\" width=\"{}\" "
      "height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"modules "
      "and the systems they talk to\">\n",
      W, H, W, H);
  auto Y = [&](size_t I) { return 10 + static_cast<int>(I) * RowH; };
  auto Index = [](const std::vector<std::string> &V, const std::string &S) {
    return static_cast<size_t>(std::lower_bound(V.begin(), V.end(), S) -
                               V.begin());
  };
  std::set<std::pair<size_t, size_t>> Lines;
  for (const InventoryPoint &P : Inv.Points)
    Lines.insert({Index(Modules, P.Module), Index(Systems, P.System)});
  for (auto [M, S] : Lines)
    Out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" "
                       "stroke=\"#888\"/>\n",
                       10 + BoxW, Y(M) + 13, 10 + BoxW + Gap, Y(S) + 13);
  for (size_t I = 0; I < Modules.size(); ++I)
    Out += fmt::format("<g class=\"module\"><rect x=\"10\" y=\"{}\" "
                       "width=\"{}\" height=\"26\" rx=\"4\" fill=\"#e8f0fe\" "
                       "stroke=\"#4a6fa5\"/><text x=\"18\" y=\"{}\" "
                       "font-size=\"12\">{}</text></g>\n",
                       Y(I), BoxW, Y(I) + 17, htmlEscape(Modules[I]));
  for (size_t I = 0; I < Systems.size(); ++I)
    Out += fmt::format("<g class=\"system\"><rect x=\"{}\" y=\"{}\" "
                       "width=\"{}\" height=\"26\" rx=\"13\" fill=\"#fdf1e6\" "
                       "stroke=\"#b5651d\"/><text x=\"{}\" y=\"{}\" "
                       "font-size=\"12\">{}</text></g>\n",
                       10 + BoxW + Gap, Y(I), BoxW, 18 + BoxW + Gap, Y(I) + 17,
                       htmlEscape(Systems[I]));
  return Out + "</svg>\n";
}

const char *HtmlScript = R"JS(
(function () {
  var data = JSON.parse(document.getElementById('inventory-data').textContent);
  var cols = ['id', 'file', 'line', 'function', 'library', 'protocol',
              'direction', 'operation', 'via', 'target', 'system', 'timeout',
              'retry', 'breaker', 'auth', 'tls_verification', 'findings'];
  var state = {sort: 'file', desc: false, filter: ''};
  var params = new URLSearchParams(location.hash.slice(1));
  if (params.get('sort') && cols.indexOf(params.get('sort')) >= 0)
    state.sort = params.get('sort');
  state.desc = params.get('desc') === '1';
  state.filter = params.get('filter') || '';
  var input = document.getElementById('filter');
  input.value = state.filter;
  var head = document.querySelector('#points thead tr');
  cols.forEach(function (c) {
    var th = document.createElement('th');
    th.textContent = c;
    th.dataset.col = c;
    th.addEventListener('click', function () {
      state.desc = state.sort === c ? !state.desc : false;
      state.sort = c;
      render();
    });
    head.appendChild(th);
  });
  function text(p, c) {
    var v = p[c];
    return Array.isArray(v) ? v.join(' ') : String(v);
  }
  function render() {
    var body = document.querySelector('#points tbody');
    body.textContent = '';
    var f = state.filter.toLowerCase();
    var rows = data.points.filter(function (p) {
      return !f || cols.some(function (c) {
        return text(p, c).toLowerCase().indexOf(f) >= 0;
      });
    });
    rows.sort(function (a, b) {
      var x = a[state.sort], y = b[state.sort];
      var r = (typeof x === 'number' && typeof y === 'number')
          ? x - y : text(a, state.sort).localeCompare(text(b, state.sort));
      if (r === 0) r = text(a, 'file').localeCompare(text(b, 'file')) || a.line - b.line;
      return state.desc ? -r : r;
    });
    rows.forEach(function (p) {
      var tr = document.createElement('tr');
      tr.className = 'point';
      tr.dataset.id = p.id;
      if (p.findings.length) tr.classList.add('has-findings');
      cols.forEach(function (c) {
        var td = document.createElement('td');
        td.textContent = text(p, c);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById('shown').textContent =
        rows.length + ' of ' + data.points.length + ' points';
    document.querySelectorAll('#points th').forEach(function (th) {
      th.className = th.dataset.col === state.sort ? (state.desc ? 'desc' : 'asc') : '';
    });
  }
  input.addEventListener('input', function () { state.filter = input.value; render(); });
  render();
})();
)JS";

std::string toHtml(const Inventory &Inv, const InventoryOptions &Opts) {
  std::string Json;
  llvm::raw_string_ostream OS(Json);
  OS << toJson(Inv, Opts);
  OS.flush();
  // Inside <script>, "</" would end the element.
  std::string SafeJson;
  for (size_t I = 0; I < Json.size(); ++I) {
    if (Json[I] == '<')
      SafeJson += "\\u003c";
    else
      SafeJson += Json[I];
  }
  std::string Out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
      "charset=\"utf-8\">\n<title>Integration inventory</title>\n<style>\n"
      "body{font-family:sans-serif;margin:1.5em;color:#222}\n"
      "table{border-collapse:collapse;font-size:13px}\n"
      "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;"
      "vertical-align:top}\n"
      "th{background:#f3f3f3;cursor:pointer;user-select:none}\n"
      "th.asc::after{content:' \\25B2'}th.desc::after{content:' \\25BC'}\n"
      "tr.has-findings td:first-child{border-left:4px solid #c0392b}\n"
      "#filter{width:30em;padding:4px;margin:0.5em 0}\n"
      "</style>\n</head>\n<body>\n<h1>Integration inventory</h1>\n";
  Out += fmt::format("<p>Written by faultline {} from the code: {} "
                     "integration points, {} systems.</p>\n",
                     htmlEscape(Opts.ToolVersion), Inv.Points.size(),
                     Inv.Systems.size());
  Out += "<h2>Resilience coverage</h2>\n<table id=\"coverage\">\n";
  auto Row = [&](const char *Name, const Coverage &C) {
    Out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", Name,
                       htmlEscape(figure(C)));
  };
  Row("outbound calls with a timeout", Inv.Timeouts);
  Row("retries with backoff", Inv.RetryBackoff);
  Row("retried mutations with an idempotency key", Inv.Idempotency);
  Row("outbound calls behind a circuit breaker", Inv.Breakers);
  Row("verified webhooks", Inv.VerifiedWebhooks);
  Out += "</table>\n<h2>Data flow</h2>\n" + svgGraph(Inv);
  Out += "<h2>Integration points</h2>\n<input id=\"filter\" type=\"search\" "
         "placeholder=\"filter: library, target, file, finding...\">\n"
         "<p id=\"shown\"></p>\n<table id=\"points\"><thead><tr></tr></thead>"
         "<tbody></tbody></table>\n";
  Out += "<script type=\"application/json\" id=\"inventory-data\">" + SafeJson +
         "</script>\n<script>" + HtmlScript + "</script>\n</body>\n</html>\n";
  return Out;
}

} // namespace

std::string writeInventory(const Inventory &Inv, InventoryFormat F,
                           const InventoryOptions &Opts) {
  switch (F) {
  case InventoryFormat::Json: {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    OS << llvm::formatv("{0:2}", toJson(Inv, Opts)) << "\n";
    return OS.str();
  }
  case InventoryFormat::Markdown:
    return toMarkdown(Inv, Opts);
  case InventoryFormat::Html:
    return toHtml(Inv, Opts);
  case InventoryFormat::Csv:
    return toCsv(Inv);
  }
  return "";
}

} // namespace faultline
