// Hand-written stand-in for xalwart.base/exceptions.h (declarations only).
#pragma once
#include <string>
#include "_def_.h"
namespace xw {
class BaseException {
public:
	BaseException(const std::string& msg, int line, const char* function, const char* file);
};
class RuntimeError : public BaseException { public: using BaseException::BaseException; };
class ArgumentError : public BaseException { public: using BaseException::BaseException; };
class NullPointerException : public BaseException { public: using BaseException::BaseException; };
class ParseError : public BaseException { public: using BaseException::BaseException; };
class ValueError : public BaseException { public: using BaseException::BaseException; };
template <typename T>
void require_non_null(const T* ptr, const std::string& msg, int line, const char* function, const char* file);
}
