//===--- Shard.cpp --------------------------------------------------------===//

#include "Scan/Shard.h"

using namespace llvm;
using llvm::json::Array;
using llvm::json::Object;

namespace faultline {

namespace {

json::Value loc(const TextLocation &L) {
  return Array{L.File, L.Line, L.Column, L.EndLine, L.EndColumn};
}

bool readLoc(const json::Value *V, TextLocation &L) {
  const Array *A = V ? V->getAsArray() : nullptr;
  if (!A || A->size() != 5)
    return false;
  auto S = (*A)[0].getAsString();
  auto N1 = (*A)[1].getAsInteger(), N2 = (*A)[2].getAsInteger(),
       N3 = (*A)[3].getAsInteger(), N4 = (*A)[4].getAsInteger();
  if (!S || !N1 || !N2 || !N3 || !N4)
    return false;
  L = {S->str(), unsigned(*N1), unsigned(*N2), unsigned(*N3), unsigned(*N4)};
  return true;
}

Array strings(const std::vector<std::string> &V) {
  Array A;
  for (const auto &S : V)
    A.push_back(S);
  return A;
}

bool readStrings(const json::Value *V, std::vector<std::string> &Out) {
  const Array *A = V ? V->getAsArray() : nullptr;
  if (!A)
    return false;
  for (const json::Value &E : *A) {
    auto S = E.getAsString();
    if (!S)
      return false;
    Out.push_back(S->str());
  }
  return true;
}

std::string str(const Object &O, StringRef Key) {
  auto S = O.getString(Key);
  return S ? S->str() : "";
}

} // namespace

json::Value unitsToJson(const std::vector<TUReport> &Units) {
  Array Out;
  for (const TUReport &U : Units) {
    Array Findings, Points, Problems, Edges;
    for (const ReportedFinding &F : U.Findings) {
      Array Notes;
      for (const ReportedNote &N : F.Notes)
        Notes.push_back(Object{{"loc", loc(N.Loc)}, {"message", N.Message}});
      Object Props;
      for (const auto &KV : F.Properties)
        Props[KV.first] = KV.second;
      const BreakerRecord &B = F.Breaker;
      Object Breaker{{"pending", F.BreakerPending},
                     {"systems", strings(B.Systems)},
                     {"function", B.Function},
                     {"function_name", B.FunctionName},
                     {"callee", B.Callee},
                     {"callee_name", B.CalleeName},
                     {"system_name", B.SystemName},
                     {"guarded", B.Guarded},
                     {"required", B.Required},
                     {"dispatch", B.Dispatch},
                     {"target_from_param", B.TargetFromParam},
                     {"callee_opaque", B.CalleeOpaque},
                     {"guard_text", B.GuardText}};
      Findings.push_back(
          Object{{"check", F.Check},
                 {"level", int64_t(F.Level)},
                 {"message", F.Message},
                 {"loc", loc(F.Loc)},
                 {"point_loc", loc(F.PointLoc)},
                 {"notes", std::move(Notes)},
                 {"properties", std::move(Props)},
                 {"line_text", F.LineText},
                 {"suppressed", F.Suppressed},
                 {"message_if_missing", F.MessageIfMissing},
                 {"handle_usr", F.HandleUSR},
                 {"open_callees", strings(F.OpenCallees)},
                 {"dropped_if_verifies", strings(F.DroppedIfVerifies)},
                 {"handler_definition", F.HandlerDefinitionUSR},
                 {"kept_if_placeholders", strings(F.KeptIfPlaceholders)},
                 {"dropped_if_handed_off_verifies",
                  strings(F.DroppedIfHandedOffVerifies)},
                 {"dropped_if_constant_time", F.DroppedIfConstantTime},
                 {"kept_if_unsafe_comparer", F.KeptIfUnsafeComparer},
                 {"kept_if_given_secrets", F.KeptIfComparerGivenSecrets},
                 {"breaker", std::move(Breaker)}});
    }
    for (const ReportedPoint &P : U.Points)
      Points.push_back(Object{{"loc", loc(P.Loc)},
                              {"function", P.Function},
                              {"function_usr", P.FunctionUSR},
                              {"via", P.Via},
                              {"library", P.Library},
                              {"protocol", P.Protocol},
                              {"direction", P.Direction},
                              {"operation", P.Operation},
                              {"target", P.Target},
                              {"timeout", P.Timeout},
                              {"retry", P.Retry},
                              {"breaker", P.Breaker},
                              {"auth", P.Auth},
                              {"tls_off", P.TlsVerificationDisabled},
                              {"webhook", P.Webhook}});
    for (const InputProblem &P : U.Problems)
      Problems.push_back(Object{{"loc", loc(P.Loc)}, {"message", P.Message}});
    for (const auto &E : U.CallEdges)
      Edges.push_back(Array{E.first, E.second});
    Out.push_back(
        Object{{"file", U.File},
               {"configured_libraries", strings(U.ConfiguredLibraries)},
               {"configured_members", strings(U.ConfiguredMembers)},
               {"built_members", strings(U.BuiltMembers)},
               {"outbound_functions", strings(U.OutboundFunctions)},
               {"verifying_functions", strings(U.VerifyingFunctions)},
               {"checking_verifiers", strings(U.CheckingVerifiers)},
               {"placeholder_verifiers", strings(U.PlaceholderVerifiers)},
               {"page_functions", strings(U.PageFunctions)},
               {"safe_comparers", strings(U.SafeComparers)},
               {"unsafe_comparers", strings(U.UnsafeComparers)},
               {"comparers_given_secrets", strings(U.ComparersGivenSecrets)},
               {"project_files", strings(U.ProjectFiles)},
               {"call_edges", std::move(Edges)},
               {"findings", std::move(Findings)},
               {"points", std::move(Points)},
               {"problems", std::move(Problems)},
               {"failed", U.Failed},
               {"skipped", U.Skipped}});
  }
  return Out;
}

bool unitsFromJson(const json::Value &V, std::vector<TUReport> &Units,
                   std::string &Error) {
  const Array *A = V.getAsArray();
  if (!A) {
    Error = "the shard units are not a list";
    return false;
  }
  for (const json::Value &UV : *A) {
    const Object *O = UV.getAsObject();
    if (!O) {
      Error = "a shard unit is not an object";
      return false;
    }
    TUReport U;
    U.File = str(*O, "file");
    bool Ok =
        readStrings(O->get("configured_libraries"), U.ConfiguredLibraries) &&
        readStrings(O->get("configured_members"), U.ConfiguredMembers) &&
        readStrings(O->get("built_members"), U.BuiltMembers) &&
        readStrings(O->get("outbound_functions"), U.OutboundFunctions) &&
        readStrings(O->get("verifying_functions"), U.VerifyingFunctions) &&
        readStrings(O->get("checking_verifiers"), U.CheckingVerifiers) &&
        readStrings(O->get("placeholder_verifiers"), U.PlaceholderVerifiers) &&
        readStrings(O->get("page_functions"), U.PageFunctions) &&
        readStrings(O->get("safe_comparers"), U.SafeComparers);
    // Older shards did not list them: no comparison is kept by them then.
    if (O->get("unsafe_comparers"))
      Ok = Ok && readStrings(O->get("unsafe_comparers"), U.UnsafeComparers);
    if (O->get("comparers_given_secrets"))
      Ok = Ok && readStrings(O->get("comparers_given_secrets"),
                             U.ComparersGivenSecrets);
    // Older shards did not list them: each unit is then its own program.
    if (O->get("project_files"))
      Ok = Ok && readStrings(O->get("project_files"), U.ProjectFiles);
    if (const Array *Edges = O->getArray("call_edges"))
      for (const json::Value &E : *Edges) {
        std::vector<std::string> Pair;
        Ok &= readStrings(&E, Pair) && Pair.size() == 2;
        if (Pair.size() == 2)
          U.CallEdges.push_back({Pair[0], Pair[1]});
      }
    if (const Array *Fs = O->getArray("findings"))
      for (const json::Value &FV : *Fs) {
        const Object *F = FV.getAsObject();
        if (!F) {
          Ok = false;
          break;
        }
        ReportedFinding R;
        R.Check = str(*F, "check");
        R.Level = Severity(F->getInteger("level").value_or(1));
        R.Message = str(*F, "message");
        Ok &= readLoc(F->get("loc"), R.Loc);
        Ok &= readLoc(F->get("point_loc"), R.PointLoc);
        if (const Array *Ns = F->getArray("notes"))
          for (const json::Value &NV : *Ns)
            if (const Object *N = NV.getAsObject()) {
              ReportedNote RN;
              Ok &= readLoc(N->get("loc"), RN.Loc);
              RN.Message = str(*N, "message");
              R.Notes.push_back(RN);
            }
        if (const Object *Props = F->getObject("properties"))
          for (const auto &KV : *Props)
            if (auto S = KV.second.getAsString())
              R.Properties[KV.first.str()] = S->str();
        R.LineText = str(*F, "line_text");
        R.Suppressed = F->getBoolean("suppressed").value_or(false);
        R.MessageIfMissing = str(*F, "message_if_missing");
        R.HandleUSR = str(*F, "handle_usr");
        Ok &= readStrings(F->get("open_callees"), R.OpenCallees);
        Ok &= readStrings(F->get("dropped_if_verifies"), R.DroppedIfVerifies);
        R.HandlerDefinitionUSR = str(*F, "handler_definition");
        Ok &= readStrings(F->get("kept_if_placeholders"), R.KeptIfPlaceholders);
        Ok &= readStrings(F->get("dropped_if_handed_off_verifies"),
                          R.DroppedIfHandedOffVerifies);
        R.DroppedIfConstantTime = str(*F, "dropped_if_constant_time");
        R.KeptIfUnsafeComparer = str(*F, "kept_if_unsafe_comparer");
        R.KeptIfComparerGivenSecrets = str(*F, "kept_if_given_secrets");
        if (const Object *B = F->getObject("breaker")) {
          R.BreakerPending = B->getBoolean("pending").value_or(false);
          Ok &= readStrings(B->get("systems"), R.Breaker.Systems);
          R.Breaker.Function = str(*B, "function");
          R.Breaker.FunctionName = str(*B, "function_name");
          R.Breaker.Callee = str(*B, "callee");
          R.Breaker.CalleeName = str(*B, "callee_name");
          R.Breaker.SystemName = str(*B, "system_name");
          R.Breaker.Guarded = B->getBoolean("guarded").value_or(false);
          R.Breaker.Required = B->getBoolean("required").value_or(false);
          R.Breaker.Dispatch = B->getBoolean("dispatch").value_or(false);
          R.Breaker.TargetFromParam =
              B->getBoolean("target_from_param").value_or(false);
          R.Breaker.CalleeOpaque =
              B->getBoolean("callee_opaque").value_or(false);
          R.Breaker.GuardText = str(*B, "guard_text");
        }
        U.Findings.push_back(std::move(R));
      }
    if (const Array *Ps = O->getArray("points"))
      for (const json::Value &PV : *Ps) {
        const Object *P = PV.getAsObject();
        if (!P) {
          Ok = false;
          break;
        }
        ReportedPoint R;
        Ok &= readLoc(P->get("loc"), R.Loc);
        R.Function = str(*P, "function");
        R.FunctionUSR = str(*P, "function_usr");
        R.Via = str(*P, "via");
        R.Library = str(*P, "library");
        R.Protocol = str(*P, "protocol");
        R.Direction = str(*P, "direction");
        R.Operation = str(*P, "operation");
        R.Target = str(*P, "target");
        R.Timeout = str(*P, "timeout");
        R.Retry = str(*P, "retry");
        R.Breaker = str(*P, "breaker");
        R.Auth = str(*P, "auth");
        R.TlsVerificationDisabled = P->getBoolean("tls_off").value_or(false);
        R.Webhook = str(*P, "webhook");
        U.Points.push_back(std::move(R));
      }
    if (const Array *Ps = O->getArray("problems"))
      for (const json::Value &PV : *Ps)
        if (const Object *P = PV.getAsObject()) {
          InputProblem IP;
          Ok &= readLoc(P->get("loc"), IP.Loc);
          IP.Message = str(*P, "message");
          U.Problems.push_back(IP);
        }
    U.Failed = O->getBoolean("failed").value_or(false);
    U.Skipped = O->getBoolean("skipped").value_or(false);
    if (!Ok || U.File.empty()) {
      Error = "malformed shard unit '" + U.File + "'";
      return false;
    }
    Units.push_back(std::move(U));
  }
  return true;
}

bool parseShard(const std::string &Text, unsigned &K, unsigned &N) {
  StringRef T(Text);
  auto Parts = T.split('/');
  if (Parts.first.getAsInteger(10, K) || Parts.second.getAsInteger(10, N))
    return false;
  return N >= 1 && K >= 1 && K <= N;
}

} // namespace faultline
