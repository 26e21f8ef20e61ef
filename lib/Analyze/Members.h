//===--- Members.h - Facts about data members shared by analyses ----------===//

#ifndef FAULTLINE_ANALYZE_MEMBERS_H
#define FAULTLINE_ANALYZE_MEMBERS_H

#include <string>

namespace clang {
class CXXRecordDecl;
class Decl;
} // namespace clang

namespace faultline {

/// Whether every user-declared constructor of \p RD has its body in this TU
/// (the object is built here). \p AnyUserCtor tells whether there is one.
bool constructorsDefinedHere(const clang::CXXRecordDecl *RD, bool &AnyUserCtor);

/// The declaration's USR, the key that joins facts across TUs ("" if none).
std::string usrOf(const clang::Decl *D);

} // namespace faultline

#endif
