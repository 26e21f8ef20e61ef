//===--- IncludeFilter.cpp ------------------------------------------------===//

#include "Scan/IncludeFilter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <set>

namespace faultline {

// System headers through which programs commonly reach sockets without
// naming <sys/socket.h> themselves.
static const char *const GatewayHeaders[] = {
    "netdb.h",  "arpa/inet.h", "netinet/in.h", "netinet/tcp.h",
    "sys/un.h", "poll.h",      "sys/select.h"};

IncludeFilter::IncludeFilter(const Model &M) {
  for (const LibraryModel &L : M.Libraries)
    for (const std::string &H : L.Headers)
      Headers.push_back(H);
  for (const char *G : GatewayHeaders)
    Headers.push_back(G);
}

bool IncludeFilter::matches(const std::string &Name) const {
  llvm::StringRef N(Name);
  for (const std::string &H : Headers) {
    llvm::StringRef HR(H);
    if (HR.ends_with("/")) {
      // A directory of the library: <boost/asio/ip/tcp.hpp>, <QtNetwork>.
      if (N.starts_with(HR) || N.contains("/" + H) || N == HR.drop_back())
        return true;
    } else if (N == HR || N.ends_with("/" + H)) {
      return true;
    }
  }
  return false;
}

bool IncludeFilter::mayReachLibrary(
    const std::string &File, const std::string &Directory,
    const std::vector<std::string> &Args) const {
  std::vector<std::string> SearchDirs;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A(Args[I]);
    for (llvm::StringRef Flag : {"-I", "-iquote", "-isystem", "-idirafter"}) {
      if (!A.starts_with(Flag))
        continue;
      std::string Dir = A.size() > Flag.size() ? A.substr(Flag.size()).str()
                        : I + 1 < Args.size()  ? Args[I + 1]
                                               : "";
      if (Dir.empty())
        continue;
      llvm::SmallString<256> P(Dir);
      if (!llvm::sys::path::is_absolute(P)) {
        P = Directory;
        llvm::sys::path::append(P, Dir);
      }
      SearchDirs.push_back(std::string(P));
    }
  }

  std::set<std::string> Seen;
  std::vector<std::string> Work{File};
  while (!Work.empty()) {
    std::string Current = Work.back();
    Work.pop_back();
    if (!Seen.insert(Current).second || Seen.size() > 2000)
      continue;
    auto Buf = llvm::MemoryBuffer::getFile(Current);
    if (!Buf)
      return true; // cannot tell: parse it
    llvm::StringRef Text = (*Buf)->getBuffer();
    llvm::StringRef CurrentDir = llvm::sys::path::parent_path(Current);
    while (!Text.empty()) {
      llvm::StringRef Line;
      std::tie(Line, Text) = Text.split('\n');
      Line = Line.ltrim();
      if (!Line.consume_front("#"))
        continue;
      Line = Line.ltrim();
      if (!Line.consume_front("include") && !Line.consume_front("import"))
        continue;
      Line = Line.ltrim();
      if (Line.empty())
        continue;
      char Open = Line.front();
      if (Open != '"' && Open != '<')
        return true; // #include MACRO: cannot tell
      size_t Close = Line.find(Open == '"' ? '"' : '>', 1);
      if (Close == llvm::StringRef::npos)
        continue;
      std::string Name = Line.slice(1, Close).str();
      if (matches(Name))
        return true;
      // Follow the project's own headers; system headers are the libraries'.
      std::vector<std::string> Candidates;
      if (Open == '"')
        Candidates.push_back((CurrentDir + "/" + Name).str());
      for (const auto &D : SearchDirs)
        Candidates.push_back(D + "/" + Name);
      for (const auto &C : Candidates) {
        if (llvm::StringRef(C).starts_with("/usr/"))
          continue;
        if (llvm::sys::fs::is_regular_file(C)) {
          llvm::SmallString<256> P(C);
          llvm::sys::path::remove_dots(P, true);
          Work.push_back(std::string(P));
          break;
        }
      }
    }
  }
  return false;
}

} // namespace faultline
