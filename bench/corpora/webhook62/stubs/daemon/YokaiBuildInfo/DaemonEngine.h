// Hand-written stand-in for the CMake-generated YokaiBuildInfo/DaemonEngine.h (yokai_write_buildinfo).
#pragma once
