// Stand-in for clickhouse-cpp (clickhouse/client.h), which Debian 12 does not package.
// Declares only what happiness-cheng/event_stream_engine's headers name.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace clickhouse {

struct ClientOptions {
    ClientOptions &SetHost(const std::string &);
    ClientOptions &SetPort(unsigned int);
    ClientOptions &SetDefaultDatabase(const std::string &);
};

class Block {
public:
    void AppendColumn(const std::string &name, std::shared_ptr<class Column> col);
};

class Client {
public:
    explicit Client(const ClientOptions &opts);
    void Execute(const std::string &query);
    void Insert(const std::string &table_name, const Block &block);
};

} // namespace clickhouse
