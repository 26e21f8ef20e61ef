// Hand-written stand-in for falco's userspace/engine/banned.h (webhook65 corpus): the real header only poisons unsafe
// libc functions; nothing is needed for parsing.
#pragma once
