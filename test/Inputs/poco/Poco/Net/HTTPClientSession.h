// Mock of Poco Net's client sessions.
#pragma once
namespace Poco {
class Timespan { public: Timespan(long seconds, long micro); };
namespace Net {
class HTTPRequest {};
class HTTPResponse {};
class HTTPSession { public: void setTimeout(const Poco::Timespan &); };
class HTTPClientSession : public HTTPSession {
public:
  HTTPClientSession(const char *host, int port);
  int &sendRequest(HTTPRequest &);
  int &receiveResponse(HTTPResponse &);
};
class SocketAddress { public: SocketAddress(const char *, int); };
class Socket { public: void setReceiveTimeout(const Poco::Timespan &); };
class StreamSocket : public Socket {
public:
  StreamSocket();
  explicit StreamSocket(const SocketAddress &);
  void connect(const SocketAddress &);
  void connect(const SocketAddress &, const Poco::Timespan &);
};
} } // namespace Poco::Net
