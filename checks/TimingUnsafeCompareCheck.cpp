//===--- TimingUnsafeCompareCheck.cpp
//---------------------------------------===//
//
// The analysis is in lib/ (Analyze/WebhookAnalysis and
// Rules/TimingUnsafeCompareRule); this check only adapts its findings.

#include "TimingUnsafeCompareCheck.h"
