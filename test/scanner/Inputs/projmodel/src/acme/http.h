namespace acme {
class HttpClient {
public:
  explicit HttpClient(const char *base_url);
  int send(const char *path);
  void set_timeout_ms(long ms);
};
} // namespace acme
