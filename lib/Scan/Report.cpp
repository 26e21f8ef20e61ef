//===--- Report.cpp - Locations, NOLINT -----------------------------------===//

#include "Scan/Report.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <set>

using namespace clang;

namespace faultline {

static std::string normalizedPath(const SourceManager &SM, FileID FID) {
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
  if (!FE)
    return "";
  // Relative to the compile command's directory (the tool's virtual working
  // directory), not to this process's: TUs run in parallel.
  llvm::SmallString<256> P(FE->getName());
  if (!llvm::sys::path::is_absolute(P))
    SM.getFileManager().getVirtualFileSystem().makeAbsolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

static TextLocation textLocation(const SourceManager &SM, SourceLocation Loc,
                                 SourceRange Range) {
  TextLocation T;
  if (Loc.isInvalid())
    return T;
  SourceLocation L = SM.getExpansionLoc(Loc);
  T.File = normalizedPath(SM, SM.getFileID(L));
  T.Line = SM.getExpansionLineNumber(L);
  T.Column = SM.getExpansionColumnNumber(L);
  T.EndLine = T.Line;
  T.EndColumn = T.Column + 1;
  if (Range.isValid()) {
    SourceLocation B = SM.getExpansionLoc(Range.getBegin());
    SourceLocation E = SM.getExpansionRange(Range.getEnd()).getEnd();
    // The region starts at the callee's name and runs to the call's end.
    if (SM.getFileID(B) == SM.getFileID(L) &&
        SM.getFileID(E) == SM.getFileID(L) &&
        !SM.isBeforeInTranslationUnit(E, L)) {
      T.EndLine = SM.getExpansionLineNumber(E);
      T.EndColumn = SM.getExpansionColumnNumber(E) + 1;
    }
  }
  return T;
}

ReportedPoint toReported(const IntegrationPoint &P, const SourceManager &SM) {
  ReportedPoint R;
  R.Loc = textLocation(SM, P.Loc, SourceRange());
  R.Function = P.Function;
  R.FunctionUSR = P.FunctionUSR;
  R.Library = P.Library;
  R.Protocol = P.Protocol;
  R.Direction = P.Direction;
  R.Operation = P.Operation;
  R.Target = P.Target;
  R.Timeout = P.Timeout;
  R.Retry = P.Retry;
  R.Breaker = P.Breaker;
  R.Auth = P.Auth;
  R.TlsVerificationDisabled = P.TlsVerificationDisabled;
  R.Webhook = P.Webhook;
  return R;
}

ReportedFinding toReported(const Finding &F, const SourceManager &SM) {
  ReportedFinding R;
  R.Check = F.Check;
  R.Level = F.Level;
  R.Message = F.Message;
  R.MessageIfMissing = F.MessageIfMissing;
  R.HandleUSR = F.HandleUSR;
  R.OpenCallees = F.OpenCallees;
  R.DroppedIfVerifies = F.DroppedIfVerifies;
  R.HandlerDefinitionUSR = F.HandlerDefinitionUSR;
  R.KeptIfPlaceholders = F.KeptIfPlaceholders;
  R.DroppedIfHandedOffVerifies = F.DroppedIfHandedOffVerifies;
  R.DroppedIfConstantTime = F.DroppedIfConstantTime;
  R.KeptIfUnsafeComparer = F.KeptIfUnsafeComparer;
  R.KeptIfComparerGivenSecrets = F.KeptIfComparerGivenSecrets;
  R.BreakerPending = F.BreakerPending;
  R.Breaker = F.Breaker;
  R.Properties = F.Properties;
  R.Loc = textLocation(SM, F.Loc, F.Range);
  if (F.PointLoc.isValid())
    R.PointLoc = textLocation(SM, F.PointLoc, SourceRange());
  for (const FindingNote &N : F.Notes)
    if (N.Loc.isValid())
      R.Notes.push_back({textLocation(SM, N.Loc, SourceRange()), N.Message});
  if (F.Loc.isValid()) {
    SourceLocation L = SM.getExpansionLoc(F.Loc);
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(L), &Invalid);
    if (!Invalid) {
      R.Suppressed = isSuppressedByNolint(Buffer, R.Loc.Line, R.Check);
      llvm::SmallVector<llvm::StringRef, 0> Lines;
      unsigned Line = R.Loc.Line;
      size_t Start = 0;
      for (unsigned I = 1; I < Line && Start != llvm::StringRef::npos; ++I) {
        Start = Buffer.find('\n', Start);
        if (Start != llvm::StringRef::npos)
          ++Start;
      }
      if (Start != llvm::StringRef::npos) {
        size_t End = Buffer.find('\n', Start);
        R.LineText = Buffer.slice(Start, End).str();
      }
    }
  }
  return R;
}

/// NOLINT, NOLINT(check,...) with globs like integration-*.
static bool nolintCovers(llvm::StringRef Text, llvm::StringRef Marker,
                         llvm::StringRef Check) {
  size_t Pos = 0;
  while ((Pos = Text.find(Marker, Pos)) != llvm::StringRef::npos) {
    llvm::StringRef Rest = Text.substr(Pos + Marker.size());
    Pos += Marker.size();
    // NOLINT must not match NOLINTNEXTLINE/NOLINTBEGIN when looking for NOLINT.
    if (!Rest.empty() && llvm::isAlpha(Rest.front()))
      continue;
    if (!Rest.starts_with("("))
      return true;
    llvm::StringRef List = Rest.drop_front().split(')').first;
    llvm::SmallVector<llvm::StringRef, 4> Items;
    List.split(Items, ',');
    for (llvm::StringRef Item : Items) {
      Item = Item.trim();
      if (Item == "*" || Item == Check)
        return true;
      if (Item.ends_with("*") && Check.starts_with(Item.drop_back()))
        return true;
    }
  }
  return false;
}

bool isSuppressedByNolint(llvm::StringRef Buffer, unsigned Line,
                          llvm::StringRef Check) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Buffer.split(Lines, '\n');
  if (Line == 0 || Line > Lines.size())
    return false;
  if (nolintCovers(Lines[Line - 1], "NOLINT", Check))
    return true;
  if (Line >= 2 && nolintCovers(Lines[Line - 2], "NOLINTNEXTLINE", Check))
    return true;
  int Depth = 0;
  for (unsigned I = 0; I + 1 < Line; ++I) {
    if (nolintCovers(Lines[I], "NOLINTBEGIN", Check))
      ++Depth;
    if (nolintCovers(Lines[I], "NOLINTEND", Check) && Depth > 0)
      --Depth;
  }
  return Depth > 0;
}

std::vector<std::string> projectFilesOf(const SourceManager &SM) {
  std::set<std::string> Files;
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
    const SrcMgr::SLocEntry &E = SM.getLocalSLocEntry(I);
    if (!E.isFile() || SrcMgr::isSystem(E.getFile().getFileCharacteristic()))
      continue;
    FileID FID =
        SM.getFileID(SourceLocation::getFromRawEncoding(E.getOffset()));
    std::string P = normalizedPath(SM, FID);
    // A library's headers reached through `-I/usr/include/postgresql` are
    // not system headers to clang, but they are no project's either.
    llvm::StringRef Path(P);
    if (!P.empty() && !Path.starts_with("/usr/include/") &&
        !Path.starts_with("/usr/local/include/") &&
        !Path.starts_with("/usr/lib/"))
      Files.insert(std::move(P));
  }
  return std::vector<std::string>(Files.begin(), Files.end());
}

} // namespace faultline
