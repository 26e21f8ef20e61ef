// Hand-written stand-in for termcolor/termcolor.hpp (header-only library clas-digital gets from conan; not
// packaged in Debian 12): the colour manipulators are stream functions, as in the real library.
#pragma once
#include <ostream>
namespace termcolor {
inline std::ostream &reset(std::ostream &s) { return s; }
inline std::ostream &red(std::ostream &s) { return s; }
inline std::ostream &yellow(std::ostream &s) { return s; }
inline std::ostream &blue(std::ostream &s) { return s; }
inline std::ostream &green(std::ostream &s) { return s; }
inline std::ostream &cyan(std::ostream &s) { return s; }
inline std::ostream &magenta(std::ostream &s) { return s; }
inline std::ostream &white(std::ostream &s) { return s; }
inline std::ostream &bold(std::ostream &s) { return s; }
}  // namespace termcolor
