// Hand-written stand-in (webhook96 corpus): Boost >= 1.86 has this header; Debian 12's Boost 1.74 declares
// boost::uuids::basic_random_generator in random_generator.hpp.
#pragma once
#include <boost/uuid/random_generator.hpp>
