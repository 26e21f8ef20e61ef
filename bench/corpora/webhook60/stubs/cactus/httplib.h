// Hand-written declaration-only stand-in for cpp-httplib (httplib.h) as saturn-xiv/cactus uses it (xmake package
// "cpp-httplib", a recent release): Debian 12's libcpp-httplib-dev 0.11 lacks Request::path_params and
// httplib::StatusCode. Only the Server / Request / Response members cactus touches.
#pragma once
#include <exception>
#include <fstream>   // the real header pulls these in; cactus relies on it
#include <iostream>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

namespace httplib {
using Headers = std::multimap<std::string, std::string>;
using Params = std::multimap<std::string, std::string>;

enum StatusCode {
    OK_200 = 200,
    BadRequest_400 = 400,
    Unauthorized_401 = 401,
    NotFound_404 = 404,
    InternalServerError_500 = 500,
};

struct Request {
    std::string method;
    std::string path;
    Headers headers;
    std::string body;
    std::string remote_addr;
    Params params;
    std::unordered_map<std::string, std::string> path_params;
    bool has_header(const std::string &key) const;
    std::string get_header_value(const std::string &key, const char *def = "", size_t id = 0) const;
    bool has_param(const std::string &key) const;
    std::string get_param_value(const std::string &key, size_t id = 0) const;
};

struct Response {
    int status = -1;
    Headers headers;
    std::string body;
    void set_header(const std::string &key, const std::string &val);
    void set_content(const std::string &s, const std::string &content_type);
};

class Server {
public:
    using Handler = std::function<void(const Request &, Response &)>;
    using ExceptionHandler = std::function<void(const Request &, Response &, std::exception_ptr ep)>;
    using Logger = std::function<void(const Request &, const Response &)>;
    Server();
    virtual ~Server();
    Server &Get(const std::string &pattern, Handler handler);
    Server &Post(const std::string &pattern, Handler handler);
    Server &Put(const std::string &pattern, Handler handler);
    Server &Delete(const std::string &pattern, Handler handler);
    Server &set_logger(Logger logger);
    Server &set_exception_handler(ExceptionHandler handler);
    bool listen(const std::string &host, int port, int socket_flags = 0);
    void stop();
};
} // namespace httplib
