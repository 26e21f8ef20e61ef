// net40 stub of amc/vector.hpp: amc::vector stands for std::vector (same interface for what is used).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>
#include "type_traits.hpp"
namespace amc {
template <class T, class Alloc = std::allocator<T>, class SizeType = uint32_t, class GrowingPolicy = void>
using vector = std::vector<T, Alloc>;
}  // namespace amc
