//===--- CallWithoutTimeoutCheck.cpp --------------------------------------===//
//
// The analysis is in lib/ (Analyze/TimeoutAnalysis, Rules/CallWithoutTimeout-
// Rule); this check only adapts its findings to clang-tidy diagnostics.

#include "CallWithoutTimeoutCheck.h"
