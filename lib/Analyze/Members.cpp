//===--- Members.cpp ------------------------------------------------------===//

#include "Analyze/Members.h"

#include "clang/AST/DeclCXX.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallString.h"

namespace faultline {

bool constructorsDefinedHere(const clang::CXXRecordDecl *RD,
                             bool &AnyUserCtor) {
  AnyUserCtor = false;
  if (!RD)
    return true;
  bool All = true;
  for (const clang::CXXConstructorDecl *CD : RD->ctors())
    if (!CD->isImplicit() && !CD->isDefaulted() && !CD->isDeleted()) {
      AnyUserCtor = true;
      All &= CD->hasBody();
    }
  return All;
}

std::string usrOf(const clang::Decl *D) {
  llvm::SmallString<128> USR;
  if (!D || clang::index::generateUSRForDecl(D, USR))
    return "";
  return std::string(USR);
}

} // namespace faultline
