// A sign-up route that fills a new record's password from the request does
// not make every record's password the client's: the login route, in the
// same function, compares the client's password with the stored ones.
// Not reported: the client's user name against the stored names.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/webfw 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <crow.h>
#include <string>
#include <vector>

struct Customer {
  int id;
  std::string username;
  std::string password;
};
struct Admin {
  std::string username;
  std::string password;
};
static std::vector<Customer> customers;
static std::vector<Admin> admins;
std::string field(const std::string &body, const char *name);

int main() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/login")
      .methods(crow::HTTPMethod::Post)([](const crow::request &req) {
        std::string username = field(req.body, "username");
        std::string password = field(req.body, "password");
        for (const auto &a : admins)
          if (a.username == username && a.password == password)
            // CHECK: :[[@LINE-1]]:52: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
            return crow::response(200);
        for (const auto &c : customers)
          if (c.username == username && c.password == password)
            // CHECK: :[[@LINE-1]]:52: warning: the secret 'password' is compared with '=='{{.*}} [integration-timing-unsafe-compare]
            return crow::response(200);
        return crow::response(401);
      });
  CROW_ROUTE(app, "/signup")
      .methods(crow::HTTPMethod::Post)([](const crow::request &req) {
        Customer newCust;
        newCust.id = static_cast<int>(customers.size());
        newCust.username = field(req.body, "username");
        newCust.password = field(req.body, "password");
        customers.push_back(newCust);
        return crow::response(201);
      });
}
