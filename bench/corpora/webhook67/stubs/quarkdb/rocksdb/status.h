// Hand-written stub (webhook67): stands in for RocksDB's status.h (a submodule, not materialized);
// quarkdb's Formatter.hh / Connection.hh only name the type.
#pragma once
namespace rocksdb {
class Status;
}
