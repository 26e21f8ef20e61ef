// Hand-written forwarding header: WXBizMsgCryptNode includes "tinyxml2/tinyxml2.h" (a vendored copy it does not
// ship); Debian 12's libtinyxml2-dev installs the same library as /usr/include/tinyxml2.h.
#pragma once
#include <tinyxml2.h>
