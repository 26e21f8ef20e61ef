// Hand-written build shim (not from the project), force-included for HttpPay.cpp only: the file calls
// transform(b, e, b, toupper), which MSVC accepts but clang rejects on Linux because <locale>'s template
// std::toupper(charT, const locale&) makes the overload set undeducible. Declares a plain int(int) wrapper and
// maps the unqualified name to it after the standard headers have been seen.
#pragma once
#include <cctype>
#include <locale>
#include <algorithm>
#include <string>
static inline int gs_msvc_toupper(int c) { return ::toupper(c); }
#define toupper gs_msvc_toupper
