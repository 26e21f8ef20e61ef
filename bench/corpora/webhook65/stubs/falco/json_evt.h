// Hand-written declaration-only stand-in for falco's userspace/engine/json_evt.h (webhook65 corpus): the k8s audit
// event type and the parser webserver.cpp calls.
#pragma once
#include <list>
#include <nlohmann/json.hpp>
#include "falco_engine.h"

class json_event : public gen_event {
public:
	json_event();
	virtual ~json_event();
};

namespace falco_k8s_audit {
bool parse_k8s_audit_json(nlohmann::json &j, std::list<json_event> &evts, bool top = true);
}
