//===--- MissingCircuitBreakerCheck.cpp -----------------------------------===//
//
// The analysis is in lib/ (Analyze/BreakerAnalysis, Analyze/BreakerJoin and
// Rules/MissingCircuitBreakerRule); this check only adapts its findings.

#include "MissingCircuitBreakerCheck.h"
