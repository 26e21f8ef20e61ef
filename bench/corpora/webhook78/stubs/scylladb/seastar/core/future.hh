// Hand-written, declaration-only stand-in for <seastar/core/future.hh> (Seastar is not installed).
#pragma once
#include <coroutine>
#include <system_error>  // the real header pulls it in transitively

namespace seastar {

template <typename T = void>
class future {
public:
    bool await_ready() const noexcept;
    template <typename U>
    void await_suspend(std::coroutine_handle<U> h) noexcept;
    T await_resume();
};

}
