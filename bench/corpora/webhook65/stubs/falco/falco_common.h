// Hand-written declaration-only stand-in for falco's userspace/engine/falco_common.h (webhook65 corpus).
#pragma once
#include <exception>
#include <string>

struct falco_exception : std::exception {
	falco_exception();
	explicit falco_exception(std::string what);
	virtual ~falco_exception() throw();
	virtual const char *what() const throw();
};
