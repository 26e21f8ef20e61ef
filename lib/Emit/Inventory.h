//===--- Inventory.h - The integration inventory in four formats ----------===//
//
// One data model (points grouped into systems, coverage figures) written as
// JSON (the contract for tools, docs/inventory.md), Markdown (the audit
// document, with a Mermaid graph), a self-contained HTML page and CSV.
// Same inputs, same bytes.
//
//===----------------------------------------------------------------------===//

#ifndef FAULTLINE_EMIT_INVENTORY_H
#define FAULTLINE_EMIT_INVENTORY_H

#include "Scan/Scanner.h"

#include <string>
#include <vector>

namespace faultline {

inline constexpr int InventorySchemaVersion = 1;

struct InventoryOptions {
  std::string Root; // paths are relative to it
  std::string ToolVersion;
};

struct InventoryPoint {
  std::string Id, File, Module, Function;
  unsigned Line = 0, Column = 0;
  std::string Library, Protocol, Direction, Operation, Target, System;
  std::string Timeout, Retry, Breaker, Auth;
  bool TlsVerificationDisabled = false;
  std::string Webhook; // inbound: verified, unverified, or ""
  std::string Via;     // the project wrapper this call goes through
  std::vector<std::string> Findings; // check@file:line:column
};

struct InventorySystem {
  std::string Id, Name;
  std::vector<std::string> Protocols, Directions, Modules, Points;
};

struct Coverage {
  unsigned Covered = 0, Total = 0;
};

struct Inventory {
  std::vector<InventoryPoint> Points;
  std::vector<InventorySystem> Systems;
  Coverage Timeouts, RetryBackoff, Idempotency, Breakers, VerifiedWebhooks;
};

/// Builds the data model from a scan (or a merge of shards).
Inventory buildInventory(const std::vector<ReportedPoint> &Points,
                         const std::string &Root);

/// The system a target belongs to: its host (and port), "${VAR}" for an
/// address read from the environment, "(unknown)" when the code does not
/// fix it.
std::string systemOf(const std::string &Target);

enum class InventoryFormat { Json, Markdown, Html, Csv };

/// The format a file name asks for (.json, .md, .html, .csv).
bool inventoryFormatFor(const std::string &Path, InventoryFormat &F);

std::string writeInventory(const Inventory &Inv, InventoryFormat F,
                           const InventoryOptions &Opts);

} // namespace faultline

#endif
