// Hand-written, declaration-only stand-in for <seastar/core/coroutine.hh> (Seastar is not installed):
// lets seastar::future<T> be a coroutine return type.
#pragma once
#include <coroutine>
#include <seastar/core/future.hh>

namespace std {

template <typename T, typename... Args>
struct coroutine_traits<seastar::future<T>, Args...> {
    struct promise_type {
        seastar::future<T> get_return_object() noexcept;
        std::suspend_never initial_suspend() noexcept;
        std::suspend_never final_suspend() noexcept;
        void return_value(T value) noexcept;
        void unhandled_exception() noexcept;
    };
};

}
