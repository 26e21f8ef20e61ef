//===--- UnverifiedWebhookCheck.cpp
//-----------------------------------------===//
//
// The analysis is in lib/ (Analyze/WebhookAnalysis and
// Rules/UnverifiedWebhookRule); this check only adapts its findings.

#include "UnverifiedWebhookCheck.h"
