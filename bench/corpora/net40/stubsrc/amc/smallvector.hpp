// net40 stub of amc/smallvector.hpp: amc::SmallVector stands for std::vector.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>
#include "type_traits.hpp"
namespace amc {
template <class T, uintmax_t N, class Alloc = std::allocator<T>, class SizeType = uint32_t, class GrowingPolicy = void>
using SmallVector = std::vector<T, Alloc>;
}  // namespace amc
