/* Hand-written stand-in for src/vnums.h, which a LuminariMUD operator makes by copying src/vnums.example.h
 * (CMakeLists.txt refuses to configure without it): the shipped default configuration. */
#include "vnums.example.h"
