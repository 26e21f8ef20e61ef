//===--- UnsafeRetryCheck.cpp
//-----------------------------------------------===//
//
// The analysis is in lib/ (Analyze/RetryAnalysis and Rules/UnsafeRetryRule);
// this check only adapts its findings.

#include "UnsafeRetryCheck.h"
