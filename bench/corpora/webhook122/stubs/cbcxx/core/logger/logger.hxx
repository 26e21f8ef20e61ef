/* Hand-written stand-in for couchbase-cxx-client's core/logger/logger.hxx (which needs spdlog with its bundled fmt,
   not in Debian 12): the CB_LOG_* macros used by core/sasl, discarding their arguments. */
#pragma once
#define CB_LOG_TRACE(...) ((void)0)
#define CB_LOG_DEBUG(...) ((void)0)
#define CB_LOG_INFO(...) ((void)0)
#define CB_LOG_WARNING(...) ((void)0)
#define CB_LOG_ERROR(...) ((void)0)
#define CB_LOG_TRACE_RAW(msg) ((void)0)
#define CB_LOG_DEBUG_RAW(msg) ((void)0)
#define CB_LOG_INFO_RAW(msg) ((void)0)
#define CB_LOG_WARNING_RAW(msg) ((void)0)
#define CB_LOG_ERROR_RAW(msg) ((void)0)
