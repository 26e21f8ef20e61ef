// net40 stub of AmadeusITGroup/amc (not packaged by Debian 12): declarations only.
#pragma once
#include <type_traits>
namespace amc {
template <class T, class = void>
struct is_trivially_relocatable : std::is_trivially_copyable<T> {};
template <class T>
inline constexpr bool is_trivially_relocatable_v = is_trivially_relocatable<T>::value;
}  // namespace amc
