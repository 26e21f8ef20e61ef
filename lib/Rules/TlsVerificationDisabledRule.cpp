//===--- TlsVerificationDisabledRule.cpp - TLS verification turned off ----===//

#include "Faultline.h"
#include "Rules/Rules.h"

#include <fmt/format.h>

namespace faultline {

void runTlsVerificationDisabled(const TUFacts &Facts,
                                std::vector<Finding> &Out) {
  for (const TlsEvent &E : Facts.TlsDisabled) {
    Finding F;
    F.Check = TlsVerificationDisabledCheck;
    F.Level = Severity::Warning;
    F.Loc = E.Loc;
    F.Range = E.Range;
    std::string Name = E.Rule->Name.empty() ? E.Rule->Id : E.Rule->Name;
    std::string Fix = E.Rule->Fix.empty()
                          ? "keep verification on and trust the server's CA "
                            "instead"
                          : E.Rule->Fix;
    F.Message = fmt::format("TLS certificate verification is turned off "
                            "({}): any machine in the path can impersonate "
                            "the server; {}",
                            Name, Fix);
    F.Properties["library"] = E.Lib->Name;
    F.Properties["setting"] = Name;
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
