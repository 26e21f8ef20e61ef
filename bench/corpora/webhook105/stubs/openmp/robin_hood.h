// Hand-written stand-in for martinus/robin-hood-hashing's robin_hood.h (a git submodule of open.mp-sdk that is not
// materialized, not packaged by Debian 12): the containers are the std unordered ones.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
namespace robin_hood {
template <class A, class B> using pair = std::pair<A, B>;
template <class T> using hash = std::hash<T>;
template <class K, class V, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_flat_map = std::unordered_map<K, V, H, E>;
template <class K, class V, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_node_map = std::unordered_map<K, V, H, E>;
template <class K, class V, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_map = std::unordered_map<K, V, H, E>;
template <class K, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_flat_set = std::unordered_set<K, H, E>;
template <class K, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_node_set = std::unordered_set<K, H, E>;
template <class K, class H = std::hash<K>, class E = std::equal_to<K>>
using unordered_set = std::unordered_set<K, H, E>;
inline std::size_t hash_bytes(void const* p, std::size_t n) {
  return std::hash<std::string_view>{}(std::string_view(static_cast<char const*>(p), n));
}
}
