// Hand-written declaration-only stand-in for falco's userspace/engine/falco_engine.h (webhook65 corpus).
#pragma once
#include <cstdint>
#include <memory>
#include <set>
#include <string>

class gen_event {
public:
	virtual ~gen_event();
};

class falco_engine {
public:
	falco_engine();
	virtual ~falco_engine();
	struct rule_result {
		gen_event *evt;
		std::string rule;
		std::string source;
		int32_t priority_num;
		std::string format;
		std::set<std::string> exception_fields;
		std::set<std::string> tags;
	};
	std::unique_ptr<rule_result> process_event(std::string &source, gen_event *ev);
};
