//===--- TidyCompat.h - clang-tidy API differences between LLVM majors ----===//
//
// The module registry moved from ClangTidyModuleRegistry.h into
// ClangTidyModule.h in LLVM 22 (the old header warns, and goes in 24).

#ifndef FAULTLINE_CHECKS_TIDYCOMPAT_H
#define FAULTLINE_CHECKS_TIDYCOMPAT_H

#include "llvm/Config/llvm-config.h"

#include "clang-tidy/ClangTidyModule.h"
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#endif
