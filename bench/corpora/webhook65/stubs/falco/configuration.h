// Hand-written declaration-only stand-in for falco's userspace/falco/configuration.h (webhook65 corpus): only the
// webserver fields webserver.cpp reads.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

using namespace std;

class falco_configuration {
public:
	falco_configuration();
	virtual ~falco_configuration();
	bool m_webserver_enabled;
	uint32_t m_webserver_listen_port;
	std::string m_webserver_k8s_audit_endpoint;
	std::string m_webserver_k8s_healthz_endpoint;
	bool m_webserver_ssl_enabled;
	std::string m_webserver_ssl_certificate;
};
