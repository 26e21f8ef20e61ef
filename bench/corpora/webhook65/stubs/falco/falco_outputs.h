// Hand-written declaration-only stand-in for falco's userspace/falco/falco_outputs.h (webhook65 corpus).
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include "falco_engine.h"

class falco_outputs {
public:
	falco_outputs();
	virtual ~falco_outputs();
	void handle_event(gen_event *evt, std::string &rule, std::string &source, int32_t priority,
			  std::string &format, std::set<std::string> &tags);
};
