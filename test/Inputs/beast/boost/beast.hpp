// Mock of Boost.Beast/Asio: a timed stream, HTTP I/O, a resolver.
#pragma once
namespace boost {
namespace asio { namespace ip {
template <class P> class basic_resolver {
public:
  template <class... A> int resolve(A &&...);
  template <class... A> void async_resolve(A &&...);
};
struct tcp { using resolver = basic_resolver<tcp>; };
} } // namespace asio::ip
namespace beast {
template <class P> class basic_stream {
public:
  template <class D> void expires_after(D);
  void expires_never();
  template <class R> void connect(R &&);
  template <class R, class H> void async_connect(R &&, H &&);
};
using tcp_stream = basic_stream<asio::ip::tcp>;
template <class S> S &get_lowest_layer(S &s) { return s; }
namespace http {
template <class S, class M> void write(S &, M &);
template <class S, class B, class M> void read(S &, B &, M &);
template <class S, class M, class H> void async_write(S &, M &, H &&);
template <class S, class B, class M, class H> void async_read(S &, B &, M &, H &&);
} // namespace http
} // namespace beast
} // namespace boost
