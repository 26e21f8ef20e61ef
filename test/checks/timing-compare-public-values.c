// Values that look like secrets by their names but admit no one: a PIN
// checked against a list of weak PINs (Hercules's `pincode->blacklist`),
// and a terminal prompt held in a local array set from a literal and never
// written (x11vnc's `char pstr[] = "password:"`). Not reported; the PIN
// and the password compared with the stored ones are.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

struct pin_settings {
  char **blacklist;
  int blacklist_count;
};
static struct pin_settings *pincode;

struct session {
  char pincode[5];
  char password[33];
};

static int pin_blacklisted(const char *pin) {
  for (int i = 0; i < pincode->blacklist_count; i++)
    if (strcmp(pincode->blacklist[i], pin) == 0)
      return 1;
  return 0;
}

static int pin_matches(struct session *sd, const char *pin) {
  return strcmp(sd->pincode, pin) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'pincode' is compared with 'strcmp'{{.*}}[integration-timing-unsafe-compare]
}

// The terminal printed the prompt: the login helper waits for it.
static int saw_prompt(const char *echoed) {
  char pstr[] = "password:";
  return strstr(pstr, echoed) == pstr;
}

// A buffer filled from the stored password is that password.
static int login_ok(struct session *sd, const char *typed) {
  char expected[33] = "";
  strncpy(expected, sd->password, sizeof(expected) - 1);
  return strcmp(expected, typed) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strcmp'{{.*}}[integration-timing-unsafe-compare]
}

int use(struct session *sd, const char *pin, const char *typed) {
  return pin_blacklisted(pin) + pin_matches(sd, pin) + saw_prompt(typed) +
         login_ok(sd, typed);
}
