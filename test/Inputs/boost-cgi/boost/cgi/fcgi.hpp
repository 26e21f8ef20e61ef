// Mock of Boost.CGI's FastCGI part (Darren Garvey's library): the acceptor
// and request are typedefs of templates in boost::cgi::common.
#pragma once
#include <string>
namespace boost {
namespace cgi {
namespace common {
enum parse_options { parse_none = 0, parse_form = 6 };
template <typename Service> class basic_request {
public:
  void load(parse_options opts);
  std::string method() const;
  std::string &post_buffer();
  std::string header(const std::string &name);
};
template <typename Service> class basic_request_acceptor {
public:
  template <typename IoService> explicit basic_request_acceptor(IoService &s);
  template <typename Handler> void async_accept(Handler handler);
  template <typename Handler> int accept(Handler handler);
};
} // namespace common
namespace fcgi {
struct fcgi_service;
typedef common::basic_request_acceptor<fcgi_service> acceptor;
typedef common::basic_request<fcgi_service> request;
class service {
public:
  void run();
};
} // namespace fcgi
} // namespace cgi
namespace fcgi = cgi::fcgi;
} // namespace boost
