// Hand-written declaration-only stub for liboic's cbor.h (external ../../liboic in iot_server.pro).
#pragma once
class cbor;
