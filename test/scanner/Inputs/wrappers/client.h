// The team's payment client: callers never see libcurl.
class PaymentClient {
public:
  int charge(const char *body);
  int refund(const char *body);
};
