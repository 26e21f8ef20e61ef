// A CGI program whose names say nothing of a webhook (a status page) is an
// inbound endpoint, not a webhook: no finding. A program that never reads
// the CGI environment is no CGI program.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s --allow-empty -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -DTOOL 2>&1 | FileCheck %s --allow-empty -implicit-check-not='warning:'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef TOOL
int main(int argc, char **argv) {
  const char *home = getenv("HOME");
  printf("%s\n", home ? home : "");
  return 0;
}
#else
int main(void) {
  const char *query = getenv("QUERY_STRING");
  printf("Content-type: text/plain\n\n");
  if (query && strcmp(query, "verbose=1") == 0)
    printf("all systems up, verbose\n");
  else
    printf("all systems up\n");
  return 0;
}
#endif
