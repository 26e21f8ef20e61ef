// Hand-written stub (webhook67): stands in for qclient's QClient.hh (a submodule, not materialized);
// only the types quarkdb's Link.hh names, declarations only.
#pragma once
#include <string>
namespace qclient {
struct TlsConfig {
  bool active = false;
};
class TlsFilter {
public:
  TlsFilter();
};
struct RecvStatus {
  bool connectionAlive;
  int errcode;
  int bytesRead;
};
}
