// Hand-written stand-in for AscEmu's generated src/shared/AEVersion.hpp (configured for WotLK 3.3.5, build 12340).
#pragma once
#define Classic 5875
#define TBC 8606
#define WotLK 12340
#define Cata 15595
#define Mop 18414
#define VERSION_STRING WotLK
#define AE_WOTLK
#define VERSION 3, 3, 5
#define BUILD_VERSION 12340
#define GM_TICKET_MY_MASTER_COMPATIBLE
#define FT_FLYING
#define FT_ACHIEVEMENTS
#define FT_DEATH_KNIGHT
#define FT_DUAL_SPEC
#define FT_DUNGEON_FINDER
#define FT_GLYPHS
#define FT_VEHICLES
