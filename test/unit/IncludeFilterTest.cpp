#include "Scan/IncludeFilter.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

using namespace faultline;

namespace {

class IncludeFilterTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("faultline-filter", Dir));
    llvm::sys::fs::create_directories(Dir + "/inc/net");
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  std::string write(const std::string &Rel, const std::string &Text) {
    std::string Path = (Dir + "/" + Rel).str();
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << Text;
    return Path;
  }
  llvm::SmallString<128> Dir;
};

TEST_F(IncludeFilterTest, DirectAndThroughProjectHeaders) {
  IncludeFilter F(builtinModel());
  std::string D(Dir);
  EXPECT_TRUE(F.mayReachLibrary(write("a.c", "#include <curl/curl.h>\n"), D, {}));
  EXPECT_FALSE(F.mayReachLibrary(write("b.c", "#include <stdio.h>\nint x;\n"), D, {}));
  // A project header (found through -I) that brings in gRPC.
  write("inc/net/client.h", "#pragma once\n#include <grpcpp/grpcpp.h>\n");
  std::string C = write("c.cpp", "#include \"net/client.h\"\n");
  EXPECT_TRUE(F.mayReachLibrary(C, D, {"clang++", "-Iinc", "-c", "c.cpp"}));
  EXPECT_FALSE(F.mayReachLibrary(C, D, {"clang++", "-c", "c.cpp"}));
  // Sockets reached through <netdb.h>; an #include of a macro is "cannot tell".
  EXPECT_TRUE(F.mayReachLibrary(write("d.c", "#include <netdb.h>\n"), D, {}));
  EXPECT_TRUE(F.mayReachLibrary(write("e.c", "#include HEADER\n"), D, {}));
  EXPECT_TRUE(F.mayReachLibrary(write("f.cpp", "#include <QtNetwork>\n"), D, {}));
}

} // namespace
