#include "handlers.h"
#include <Poco/Net/HTTPRequestHandlerFactory.h>

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Poco::Net::HTTPRequestHandler *
  createRequestHandler(const Poco::Net::HTTPServerRequest &req) override {
    const std::string &uri = req.getURI();
    if (uri == "/payments/webhook")
      return new PaymentWebhook;
    if (uri == "/github/webhook")
      return new SignedWebhook;
    return new Status;
  }
};
