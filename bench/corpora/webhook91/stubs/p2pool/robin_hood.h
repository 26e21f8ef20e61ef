// Hand-written stand-in for robin-hood-hashing's robin_hood.h (a git submodule of p2pool, absent from the
// mirror): just the names p2pool's util.h uses, mapped onto the standard containers.
#pragma once
#include <cstddef>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace robin_hood {

template <typename T, typename Enable = void>
struct hash : public std::hash<T> {};

namespace detail {

template <bool IsFlat, size_t MaxLoadFactor100, typename Key, typename T, typename Hash, typename KeyEqual>
class Table : public std::unordered_map<Key, T, Hash, KeyEqual> {
public:
    using std::unordered_map<Key, T, Hash, KeyEqual>::unordered_map;
};

template <bool IsFlat, size_t MaxLoadFactor100, typename Key, typename Hash, typename KeyEqual>
class Table<IsFlat, MaxLoadFactor100, Key, void, Hash, KeyEqual> : public std::unordered_set<Key, Hash, KeyEqual> {
public:
    using std::unordered_set<Key, Hash, KeyEqual>::unordered_set;
};

} // namespace detail
} // namespace robin_hood
