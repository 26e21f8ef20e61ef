/* Hand-written, declaration-only stand-in for Traffic Server's tsutil/Regex.h (PCRE2 wrapper); only what url_sig
   calls. */
#pragma once
#include <string>
#include <string_view>

class Regex
{
public:
  Regex();
  ~Regex();
  bool compile(std::string_view pattern, std::string &error, int &erroffset, unsigned flags = 0);
  bool exec(std::string_view subject) const;
};
