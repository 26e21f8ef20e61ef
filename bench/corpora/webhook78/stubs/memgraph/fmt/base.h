// Hand-written stand-in for fmt 11's <fmt/base.h>: Debian 12 ships fmt 9, whose <fmt/core.h> holds the
// same declarations.
#pragma once
#include <fmt/core.h>
