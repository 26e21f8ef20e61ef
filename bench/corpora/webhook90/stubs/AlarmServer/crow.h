// Hand-written stand-in for the installed Crow header <crow.h> that AlarmServer's src/alarm_server.hpp includes:
// the repository ships the single-header amalgamation crow_all.h at its root, which this forwards to.
#pragma once
#include "crow_all.h"
