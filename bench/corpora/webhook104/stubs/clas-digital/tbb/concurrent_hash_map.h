// Hand-written stand-in for oneTBB's tbb/concurrent_hash_map.h (TBB is not installed here; clas-digital gets it
// from conan). Only what src/server/login/user.{hpp,cpp} use: insert, count, erase, size, clear, iteration and
// find(accessor&, key). Not thread-safe; for -fsyntax-only only.
#pragma once
#include <unordered_map>
#include <utility>

namespace tbb {
template <typename Key, typename T>
class concurrent_hash_map : public std::unordered_map<Key, T> {
 public:
  using base = std::unordered_map<Key, T>;
  class accessor {
   public:
    typename base::value_type *operator->() const { return p_; }
    typename base::value_type &operator*() const { return *p_; }
    typename base::value_type *p_ = nullptr;
  };
  using const_accessor = accessor;
  bool find(accessor &a, const Key &k) {
    auto it = base::find(k);
    if (it == base::end()) return false;
    a.p_ = &*it;
    return true;
  }
  using base::find;
  bool insert(const typename base::value_type &v) { return base::insert(v).second; }
};
}  // namespace tbb
