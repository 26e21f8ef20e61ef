//===--- Report.h - Findings detached from any SourceManager --------------===//
//
// The scanner keeps results of many translation units; these records carry
// plain paths and positions so they outlive each TU's AST.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_SCAN_REPORT_H
#define FAULTLINE_SCAN_REPORT_H

#include "Inventory/Points.h"
#include "Rules/Finding.h"

#include <map>
#include <string>
#include <vector>

namespace clang {
class SourceManager;
}

namespace faultline {

struct TextLocation {
  std::string File; // absolute, normalized
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  bool operator<(const TextLocation &O) const {
    return std::tie(File, Line, Column, EndLine, EndColumn) <
           std::tie(O.File, O.Line, O.Column, O.EndLine, O.EndColumn);
  }
  bool operator==(const TextLocation &O) const {
    return File == O.File && Line == O.Line && Column == O.Column &&
           EndLine == O.EndLine && EndColumn == O.EndColumn;
  }
};

struct ReportedNote {
  TextLocation Loc;
  std::string Message;
};

struct ReportedFinding {
  std::string Check;
  Severity Level = Severity::Warning;
  std::string Message;
  TextLocation Loc;
  TextLocation PointLoc; // see Finding; Line 0 when it is Loc
  std::vector<ReportedNote> Notes;
  std::map<std::string, std::string> Properties;
  std::string LineText;                 // the source line, for fingerprints
  bool Suppressed = false;              // by // NOLINT
  std::string MessageIfMissing;         // see Finding
  std::string HandleUSR;                // see Finding
  std::vector<std::string> OpenCallees; // see Finding
  std::vector<std::string> DroppedIfVerifies;          // see Finding
  std::vector<std::string> DroppedIfHandedOffVerifies; // see Finding
  std::string HandlerDefinitionUSR;                    // see Finding
  std::vector<std::string> KeptIfPlaceholders;         // see Finding
  std::string DroppedIfConstantTime;                   // see Finding
  std::string KeptIfUnsafeComparer;                    // see Finding
  std::string KeptIfComparerGivenSecrets;              // see Finding
  bool BreakerPending = false;                         // see Finding
  BreakerRecord Breaker;
  bool operator<(const ReportedFinding &O) const {
    return std::tie(Loc, Check, Message) < std::tie(O.Loc, O.Check, O.Message);
  }
};

/// An integration point, detached from its TU (see Inventory/Points.h).
struct ReportedPoint {
  TextLocation Loc;
  std::string Function, Library, Protocol, Direction, Operation, Target,
      Timeout, Retry, Breaker, Auth;
  bool TlsVerificationDisabled = false;
  std::string Webhook;
  std::string FunctionUSR; // for the whole-program join, not printed
  std::string Via;         // a call of this project wrapper reaches the library
  /// The checks reported about this point, with where each is reported
  /// (here, or at a route's handler).
  std::vector<std::pair<std::string, TextLocation>> Findings;
  bool operator<(const ReportedPoint &O) const {
    return std::tie(Loc, Library, Operation, Direction) <
           std::tie(O.Loc, O.Library, O.Operation, O.Direction);
  }
};

/// A problem with one input (a TU that does not parse, a missing file).
struct InputProblem {
  TextLocation Loc; // Line 0 when there is no position
  std::string Message;
};

struct TUReport {
  std::string File;
  std::vector<std::string> ConfiguredLibraries;
  std::vector<std::string> ConfiguredMembers;
  std::vector<std::string> BuiltMembers;
  std::vector<std::string> OutboundFunctions;
  std::vector<std::pair<std::string, std::string>> CallEdges;
  std::vector<std::string> VerifyingFunctions;
  std::vector<std::string> CheckingVerifiers;     // see TUAnalysis
  std::vector<std::string> PlaceholderVerifiers;  // see TUAnalysis
  std::vector<std::string> PageFunctions;         // see TUAnalysis
  std::vector<std::string> SafeComparers;         // see TUAnalysis
  std::vector<std::string> UnsafeComparers;       // see TUAnalysis
  std::vector<std::string> ComparersGivenSecrets; // see TUAnalysis
  /// The TU's own files (its main file and the project headers it
  /// includes): TUs that share one belong to the same program.
  std::vector<std::string> ProjectFiles;
  std::vector<ReportedFinding> Findings;
  std::vector<ReportedPoint> Points;
  std::vector<InputProblem> Problems;
  bool Failed = false;  // did not parse cleanly
  bool Skipped = false; // no modelled library reachable: not parsed
};

/// Converts a core integration point.
ReportedPoint toReported(const IntegrationPoint &P,
                         const clang::SourceManager &SM);

/// Converts a core finding, resolving locations and NOLINT comments.
ReportedFinding toReported(const Finding &F, const clang::SourceManager &SM);

/// The files of the TU that are not system headers, sorted.
std::vector<std::string> projectFilesOf(const clang::SourceManager &SM);

/// Whether \p Line (or the line before it, for NOLINTNEXTLINE, or an
/// enclosing NOLINTBEGIN/NOLINTEND block) suppresses \p Check.
bool isSuppressedByNolint(llvm::StringRef Buffer, unsigned Line,
                          llvm::StringRef Check);

} // namespace faultline

#endif
