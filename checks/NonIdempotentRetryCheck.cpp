//===--- NonIdempotentRetryCheck.cpp
//----------------------------------------===//
//
// The analysis is in lib/ (Analyze/RetryAnalysis and
// Rules/NonIdempotentRetryRule); this check only adapts its findings.

#include "NonIdempotentRetryCheck.h"
