// Hand-written declaration-only stand-in for xeus core's <xeus/xstring_utils.hpp> (webhook88 corpus; the
// xeus core library is not installed). Only hex_string, which xauthentication.cpp calls.
#ifndef WEBHOOK88_XEUS_STRING_UTILS_HPP
#define WEBHOOK88_XEUS_STRING_UTILS_HPP
#include <string>
namespace xeus
{
    template <class B>
    std::string hex_string(const B& buffer);
}
#endif
