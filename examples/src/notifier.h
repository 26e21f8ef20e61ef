#pragma once
#include <string>

void notifyShipping(const std::string &orderId);
void notifyAudit(const std::string &orderId);
