/* Hand-written stand-in for src/mud_options.h, which a LuminariMUD operator makes by copying src/mud_options.example.h
 * (CMakeLists.txt refuses to configure without it): the shipped default configuration. */
#include "mud_options.example.h"
