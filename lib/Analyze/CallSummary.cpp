//===--- CallSummary.cpp --------------------------------------------------===//

#include "Analyze/CallSummary.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"

using namespace clang;

namespace faultline {

CallSummary::CallSummary(const TUFacts &F) : Facts(F) {
  for (const FunctionDecl *FD : Facts.Bodies) {
    Defined.insert(FD->getCanonicalDecl());
    // A template is read through one instantiation: it stands for all.
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern()) {
      Defined.insert(Pattern->getCanonicalDecl());
      ReadAs[Pattern->getCanonicalDecl()] = FD->getCanonicalDecl();
    }
  }
  for (const Site &S : Facts.Sites)
    if (S.Func && Facts.clientSite(S))
      DirectSites[S.Func->getCanonicalDecl()].push_back(&S);
  for (const ProjectCall &PC : Facts.ProjectCalls)
    if (PC.Func)
      Calls[PC.Func->getCanonicalDecl()].push_back(&PC);
  for (const auto &FT : Facts.FieldTargets)
    FieldTargets[FT.first].push_back(FT.second);
}

void CallSummary::reach(const FunctionDecl *FD,
                        llvm::DenseSet<const FunctionDecl *> &Seen,
                        std::vector<const Site *> *Sites,
                        std::set<std::string> *Open) const {
  FD = FD->getCanonicalDecl();
  if (!Seen.insert(FD).second)
    return;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    if (Pattern->getCanonicalDecl() != FD)
      reach(Pattern, Seen, Sites, Open);
  if (auto It = ReadAs.find(FD); It != ReadAs.end())
    reach(It->second, Seen, Sites, Open);
  auto DS = DirectSites.find(FD);
  if (DS != DirectSites.end() && Sites)
    Sites->insert(Sites->end(), DS->second.begin(), DS->second.end());
  if (DS != DirectSites.end() && !Sites && !Open) {
    Memo[FD] = 1;
    return;
  }
  auto CI = Calls.find(FD);
  if (CI == Calls.end())
    return;
  for (const ProjectCall *PC : CI->second) {
    if (PC->Callee) {
      if (Defined.count(PC->Callee) ||
          Defined.count(templateOrSelf(PC->Callee)->getCanonicalDecl()))
        reach(PC->Callee, Seen, Sites, Open);
      else if (Open)
        Open->insert(usrOf(PC->Callee));
    } else if (PC->ViaField) {
      auto FT = FieldTargets.find(PC->ViaField);
      if (FT != FieldTargets.end())
        for (const FunctionDecl *T : FT->second)
          if (Defined.count(T))
            reach(T, Seen, Sites, Open);
      if (Open)
        Open->insert(usrOf(PC->ViaField));
    }
  }
}

bool CallSummary::callsOut(const FunctionDecl *FD) const {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  auto It = Memo.find(FD);
  if (It != Memo.end())
    return It->second;
  llvm::DenseSet<const FunctionDecl *> Seen;
  std::vector<const Site *> Sites;
  reach(FD, Seen, &Sites, nullptr);
  Memo[FD] = !Sites.empty();
  return !Sites.empty();
}

std::vector<const Site *> CallSummary::sitesOf(const FunctionDecl *FD) const {
  llvm::DenseSet<const FunctionDecl *> Seen;
  std::vector<const Site *> Sites;
  if (FD)
    reach(FD, Seen, &Sites, nullptr);
  return Sites;
}

std::set<std::string> CallSummary::openCallees(const FunctionDecl *FD) const {
  llvm::DenseSet<const FunctionDecl *> Seen;
  std::set<std::string> Open;
  if (FD)
    reach(FD, Seen, nullptr, &Open);
  Open.erase("");
  return Open;
}

bool CallSummary::callsOut(const ProjectCall &PC) const {
  if (PC.Callee)
    return callsOut(PC.Callee);
  auto FT = FieldTargets.find(PC.ViaField);
  if (FT != FieldTargets.end())
    for (const FunctionDecl *T : FT->second)
      if (callsOut(T))
        return true;
  return false;
}

std::set<std::string> CallSummary::openCallees(const ProjectCall &PC) const {
  std::set<std::string> Open;
  if (PC.Callee) {
    if (hasBody(PC.Callee))
      return openCallees(PC.Callee);
    Open.insert(usrOf(PC.Callee));
  } else if (PC.ViaField) {
    Open.insert(usrOf(PC.ViaField));
  }
  Open.erase("");
  return Open;
}

void CallSummary::exportSummary(
    std::vector<std::string> &OutboundFunctions,
    std::vector<std::pair<std::string, std::string>> &Edges) const {
  for (const FunctionDecl *FD : Facts.Bodies) {
    std::string From = usrOf(FD);
    if (From.empty())
      continue;
    if (callsOut(FD)) {
      OutboundFunctions.push_back(From);
      continue;
    }
    for (const std::string &To : openCallees(FD))
      Edges.push_back({From, To});
  }
  for (const auto &FT : Facts.FieldTargets) {
    std::string Field = usrOf(FT.first), Fn = usrOf(FT.second);
    if (Field.empty() || Fn.empty())
      continue;
    if (callsOut(FT.second))
      OutboundFunctions.push_back(Field);
    else
      Edges.push_back({Field, Fn});
  }
}

} // namespace faultline
