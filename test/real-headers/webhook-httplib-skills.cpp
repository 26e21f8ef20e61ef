// REQUIRES: httplib-headers, nlohmann-headers
// Voice-assistant skills on cpp-httplib with nlohmann::json copied into the
// tree, as students' and hobby projects keep it: the skill's endpoint is a
// webhook by what the assistant sends (Yandex Dialogs' `original_utterance`,
// answered with `end_session`; Alexa's `IntentRequest`), whatever its path.
// The `/webhooks` pages that edit the list of hooks the program calls are
// forms for a browser: one answers with markup kept in a string constant,
// one builds a form's controls. nlohmann's own functions (`from_json` behind
// `get<std::string>()`) are no parse of the request.
// RUN: rm -rf %t && mkdir -p %t/vendor/nlohmann
// RUN: cp -r /usr/include/nlohmann/. %t/vendor/nlohmann/
// RUN: %tidy %s -- -std=c++17 -I %t/vendor 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <fstream>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>

using json = nlohmann::json;

json config;

const std::string hook_template = R"(
    <div class="form-row align-items-center">
        <div class="col">
            <span class="hook">{Webhook URL}</span>
        </div>
    </div>)";

std::string generate_hook_page() {
  std::string hooks;
  for (const auto &hook : config["webhooks"]) {
    std::string row = hook_template;
    row.replace(row.find("{Webhook URL}"), 13, hook.get<std::string>());
    hooks += row;
  }
  return hooks;
}

void hooks_get(const httplib::Request &req, httplib::Response &res) {
  res.set_content(generate_hook_page(), "text/html; charset=UTF-8");
}

void hooks_post(const httplib::Request &req, httplib::Response &res) {
  if (req.has_param("set"))
    config["webhooks"].push_back(req.get_param_value("set"));
  res.set_content(generate_hook_page(), "text/html; charset=UTF-8");
}

// A form handler that never answers (the page is rewritten on disk).
void hooks_form(const httplib::Request &req, httplib::Response &res) {
  std::string row = R"(<input type="text" value="{Webhook URL}" disabled>
<button type="submit" name="del" value="{Webhook URL}">Delete</button>)";
  if (req.has_param("set")) {
    row.replace(row.find("{Webhook URL}"), 13, req.get_param_value("set"));
    std::ofstream("index.html") << row;
  }
}

void alice_skill(const httplib::Request &req, httplib::Response &res) {
  // CHECK: :[[@LINE-1]]:6: warning: webhook handler for POST '/' never verifies
  json request = json::parse(req.body);
  json answer;
  answer["version"] = request["version"];
  answer["response"]["text"] =
      request["request"]["original_utterance"].get<std::string>();
  answer["response"]["end_session"] = false;
  res.set_content(answer.dump(), "application/json; charset=UTF-8");
}

void alexa_skill(const httplib::Request &req, httplib::Response &res) {
  // CHECK: :[[@LINE-1]]:6: warning: webhook handler for POST '/skill' never verifies
  json request = json::parse(req.body);
  json answer;
  if (request["request"]["type"] == "IntentRequest")
    answer["response"]["outputSpeech"]["text"] = "Done";
  res.set_content(answer.dump(), "application/json");
}

// The same page built from template files and the list kept in a JSON file:
// what it parses is a file of its own, not a request.
void hooks_page(const httplib::Request &req, httplib::Response &res) {
  std::ifstream page_file("template.html");
  std::string page;
  std::getline(page_file, page, '\0');
  std::ifstream hooks_file("webhooks.json");
  std::string rows;
  if (hooks_file) {
    json saved = json::parse(hooks_file);
    for (const auto &hook : saved["WebHooks"])
      rows += "<li>" + hook.get<std::string>() + "</li>";
  }
  page.replace(page.find("{webhooks_list}"), 15, rows);
  res.set_content(page, "text/html");
}
// An application's own JSON API on the same server: no provider calls it.
void add_item(const httplib::Request &req, httplib::Response &res) {
  json item = json::parse(req.body);
  config["items"].push_back(item["name"].get<std::string>());
  res.set_content(json{{"ok", true}}.dump(), "application/json");
}

int main() {
  httplib::Server srv;
  srv.Get("/webhooks", hooks_get);
  srv.Post("/webhooks", hooks_post);
  srv.Post("/webhooks/form", hooks_form);
  srv.Post("/webhooks/page", hooks_page);
  srv.Post("/", alice_skill);
  srv.Post("/skill", alexa_skill);
  srv.Post("/items", add_item);
  srv.listen("localhost", 3000);
}
