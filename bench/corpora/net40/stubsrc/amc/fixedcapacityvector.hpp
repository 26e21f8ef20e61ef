// net40 stub of amc/fixedcapacityvector.hpp: amc::FixedCapacityVector stands for std::vector.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>
#include "type_traits.hpp"
namespace amc {
template <class T, uintmax_t N, class ExceptionPolicy = void, class SizeType = uint32_t>
using FixedCapacityVector = std::vector<T>;
}  // namespace amc
