// The database interface the executor sees; the libpq code is behind it.
struct Connection {
  virtual ~Connection() = default;
  virtual int execute(const char *sql) = 0;
  virtual int setQueryTimeout(int ms) = 0;
};

struct CircuitBreaker {
  bool allowRequest();
  void recordSuccess();
  void recordFailure();
};

int loadSchema(const char *dsn);
