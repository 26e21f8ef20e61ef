// Hand-written stand-in for C++20 <format>: Debian 12's libstdc++ (GCC 12) has no <format>, and
// bot_agiota_do_whatsapp's src/server.cpp calls std::format once (a log line). Force-included with -include;
// only the call shape is declared, nothing here formats.
#pragma once
#include <string>
#include <string_view>
namespace std {
template <class... Args>
inline string format(string_view fmt, Args&&...) { return string(fmt); }
}
