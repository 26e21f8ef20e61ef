// Hand-written declaration-only stand-in for loguru.hpp (vendored by xmake, not in the app_server repository):
// only the names app_server uses.
#pragma once
#include <cstdarg>
#include <cstdlib> // the real header reaches <stdlib.h>; start.cpp calls malloc without including it
namespace loguru {
typedef int Verbosity;
enum NamedVerbosity : Verbosity {
    Verbosity_INVALID = -10,
    Verbosity_OFF = -9,
    Verbosity_FATAL = -3,
    Verbosity_ERROR = -2,
    Verbosity_WARNING = -1,
    Verbosity_INFO = 0,
    Verbosity_0 = 0,
    Verbosity_1 = 1,
    Verbosity_MAX = 9,
};
enum FileMode { Truncate, Append };
extern Verbosity g_stderr_verbosity;
void init(int &argc, char *argv[], const char *verbosity_flag = "-v");
bool add_file(const char *path, FileMode mode, Verbosity verbosity);
void log(Verbosity verbosity, const char *file, unsigned line, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
} // namespace loguru
#define LOG_F(verbosity_name, ...) \
    ::loguru::log(::loguru::Verbosity_##verbosity_name, __FILE__, __LINE__, __VA_ARGS__)
