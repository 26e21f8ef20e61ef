// net40 stub of amc/allocator.hpp: declarations only.
#pragma once
#include <memory>
namespace amc {
template <class T>
using allocator = std::allocator<T>;
}  // namespace amc
