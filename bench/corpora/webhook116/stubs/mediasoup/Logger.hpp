// Hand-written stand-in for mediasoup's worker/include/Logger.hpp: the real one pulls in Channel/ChannelSocket.hpp
// and the FBS/*.h headers that flatc generates from worker/fbs/*.fbs at build time (not in the repository).
// Only the logging macros src/RTC/StunPacket.cpp uses; they evaluate nothing but the asserted condition.
#ifndef MS_LOGGER_HPP_STUB
#define MS_LOGGER_HPP_STUB
#include "common.hpp"
#include <cstdio>
#include <cstdlib>
#include <cstring>
#define MS_TRACE() do {} while (false)
#define MS_DUMP(desc, ...) do {} while (false)
#define MS_ERROR(desc, ...) do {} while (false)
#define MS_WARN_TAG(tag, desc, ...) do {} while (false)
#define MS_DEBUG_TAG(tag, desc, ...) do {} while (false)
#define MS_ASSERT(condition, desc, ...) do { if (!(condition)) { std::abort(); } } while (false)
#define MS_ABORT(desc, ...) std::abort()
#endif
