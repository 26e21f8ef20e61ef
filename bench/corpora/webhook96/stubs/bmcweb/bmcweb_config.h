// Hand-written stand-in for bmcweb's meson-generated bmcweb_config.h (webhook96 corpus): only the
// logging level that http/logging.hpp reads.
#pragma once
constexpr const char* BMCWEB_LOGGING_LEVEL = "Error";
