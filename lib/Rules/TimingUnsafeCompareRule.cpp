//===--- TimingUnsafeCompareRule.cpp - Secrets compared in variable time --===//
//
// `==`, memcmp and strcmp stop at the first differing byte: how long a
// rejection takes tells an attacker how much of a forged MAC or token was
// right, one byte at a time.

#include "Faultline.h"
#include "Rules/Rules.h"

#include <fmt/format.h>

using namespace clang;

namespace faultline {

void runTimingUnsafeCompare(const WebhookResult &W, std::vector<Finding> &Out) {
  for (const UnsafeCompare &C : W.Compares) {
    Finding F;
    F.Check = TimingUnsafeCompareCheck;
    F.Level = Severity::Warning;
    F.Loc = C.Loc;
    F.Range = C.Range;
    // Through the project's own function: what it does inside, or that
    // its name is all there is to go by.
    std::string Through =
        !C.Inside.empty() ? fmt::format(", which uses '{}' and", C.Inside)
        : !C.OpenComparer.empty() ? ", a plain comparison by its name, which"
                                  : ", which";
    F.Message = fmt::format(
        "{} is {} '{}'{} stops at the first differing byte: "
        "the time a rejection takes leaks how much of a forged value is "
        "right; compare in constant time (CRYPTO_memcmp, sodium_memcmp, "
        "crypto_verify_32) after checking the lengths",
        C.What, C.How == "find" ? "searched for with" : "compared with", C.How,
        Through);
    F.Properties["comparison"] = C.How;
    F.DroppedIfConstantTime = C.OpenComparer;
    F.KeptIfUnsafeComparer = C.UnsafeComparerIfDefined;
    F.KeptIfComparerGivenSecrets = C.KeptIfGivenSecrets;
    Out.push_back(std::move(F));
  }
}

} // namespace faultline
