// Hand-written compatibility declarations for parsing saturn-xiv/cactus (C++23, built upstream with a standard library
// whose high_resolution_clock is system_clock and which has std::chrono::parse) against libc++ 19, the only standard
// library here with <format> (Debian 12's libstdc++ 12 has none): libc++ 19 lacks std::chrono::parse, and its
// high_resolution_clock is steady_clock, whose time_point has no std::formatter. Declarations only, except the
// formatter's parse(), which must be usable in constant evaluation (it skips the chrono spec up to '}').
// Force-included for the cactus entries only.
#pragma once
#include <chrono>
#include <format>
#include <istream>

namespace std {
namespace chrono {
struct cactus_parse_manip_stub {};
template <class CharT, class Parsable>
cactus_parse_manip_stub parse(const CharT *fmt, Parsable &tp);
} // namespace chrono

template <class CharT, class Traits>
basic_istream<CharT, Traits> &operator>>(basic_istream<CharT, Traits> &is, const chrono::cactus_parse_manip_stub &m);

template <class Duration>
struct formatter<chrono::time_point<chrono::steady_clock, Duration>, char> {
    constexpr format_parse_context::iterator parse(format_parse_context &ctx) {
        auto it = ctx.begin();
        while (it != ctx.end() && *it != '}')
            ++it;
        return it;
    }
    template <class FormatContext>
    typename FormatContext::iterator format(const chrono::time_point<chrono::steady_clock, Duration> &tp,
                                            FormatContext &ctx) const;
};
} // namespace std
