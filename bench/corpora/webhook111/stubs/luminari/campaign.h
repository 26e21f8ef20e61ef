/* Hand-written stand-in for src/campaign.h, which a LuminariMUD operator makes by copying src/campaign.example.h
 * (CMakeLists.txt refuses to configure without it): the shipped default configuration. */
#include "campaign.example.h"
