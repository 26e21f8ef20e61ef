// net40 stub of amc/flatset.hpp: amc::FlatSet stands for std::set (sorted unique container).
#pragma once
#include <functional>
#include <memory>
#include <set>
#include <vector>
#include "type_traits.hpp"
namespace amc {
template <class T, class Compare = std::less<T>, class Alloc = std::allocator<T>, class VecType = std::vector<T, Alloc>>
using FlatSet = std::set<T, Compare, Alloc>;
}  // namespace amc
