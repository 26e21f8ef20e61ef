// Hand-written stand-in for xalwart.base/_def_.h (declarations only; not the project's file).
#pragma once
#include <string>
#define __MAIN_NAMESPACE_BEGIN__ namespace xw {
#define __MAIN_NAMESPACE_END__ }
#define _ERROR_DETAILS_ __LINE__, __FUNCTION__, __FILE__
namespace xw {
class Version {
public:
	explicit Version(const std::string& v);
};
}
