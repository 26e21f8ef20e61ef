// net40 stub of amc/smallset.hpp: amc::SmallSet stands for std::set.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include "type_traits.hpp"
namespace amc {
template <class T, uintmax_t N, class Compare = std::less<T>, class Alloc = std::allocator<T>, class SetType = void>
using SmallSet = std::set<T, Compare, Alloc>;
}  // namespace amc
