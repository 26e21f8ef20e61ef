// Retries of libcurl transfers, in the shapes C code writes them.
// RUN: %tidy %s -- -isystem %inputs/curl -isystem %inputs/pgport 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <curl/curl.h>
#include <pgport.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

/* Timeouts are set everywhere: only the retry checks speak here. */
static CURL *make(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 5000L);
  return h;
}

void foreverPoll(void) {
  CURL *h = make();
  while (1) {
    if (curl_easy_perform(h) != CURLE_OK) {
      sleep(1);
      continue;
    }
  }
  // CHECK: :[[@LINE-5]]:9: warning: 'curl_easy_perform' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
  // CHECK: :[[@LINE-7]]:3: note: retried by this loop
}

void noWait(void) {
  CURL *h = make();
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
  }
  // CHECK: :[[@LINE-3]]:9: warning: 'curl_easy_perform' is retried by the loop, which does not wait between attempts; wait between attempts with exponential backoff and add random jitter to the wait [integration-unsafe-retry]
}

/* Clean: bounded, exponential backoff with jitter, around a GET. */
void exponentialWithJitter(void) {
  CURL *h = make();
  unsigned delay = 100000;
  for (int attempt = 0; attempt < 5; ++attempt) {
    CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OK)
      break;
    usleep(delay + rand() % 1000);
    delay *= 2;
  }
}

void postWithoutKey(const char *body) {
  CURL *h = make();
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  unsigned delay = 100000;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    usleep(delay + rand() % 1000);
    delay *= 2;
  }
  // CHECK: :[[@LINE-5]]:9: warning: 'curl_easy_perform' (POST) is retried by the loop and no idempotency key is sent: a request that reached the server before failing is carried out twice; generate an Idempotency-Key once, before the first attempt, and send it with every attempt, or retry only idempotent operations [integration-non-idempotent-retry]
  // CHECK: :[[@LINE-7]]:3: note: retried by this loop
  // CHECK: :[[@LINE-10]]:3: note: the request is a POST here
}

/* Clean: the same key goes with every attempt. */
void postWithStableKey(const char *body, const char *key_header) {
  CURL *h = make();
  struct curl_slist *headers = curl_slist_append(0, "Idempotency-Key: 3f9a0c");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "POST");
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  unsigned delay = 100000;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    usleep(delay + rand() % 1000);
    delay *= 2;
  }
}

/* Clean: a handle switched back to GET. */
void switchedBackToGet(const char *body) {
  CURL *h = make();
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    sleep(1 << attempt);
  }
}

/* A project wrapper retried: the wrapper calls out. */
static int fetch(CURL *h) { return curl_easy_perform(h) == CURLE_OK ? 0 : -1; }

void wrapperRetried(void) {
  CURL *h = make();
  while (fetch(h) < 0)
    ;
  // CHECK: :[[@LINE-2]]:10: warning: 'fetch' is retried by the loop, which has no limit on attempts or time and does not wait between attempts; cap the attempts (or the total time), wait between attempts with exponential backoff and add random jitter to the wait [integration-unsafe-retry]
}

/* A limit of 0 that means "forever". */
void zeroMeansForever(int max_tries) {
  CURL *h = make();
  int tries = 0;
  for (;;) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    if (max_tries != 0 && ++tries >= max_tries)
      break;
    sleep(2 << tries);
  }
  // CHECK: :[[@LINE-6]]:9: warning: 'curl_easy_perform' is retried by the loop, which never gives up when 'max_tries' is 0; cap the attempts (or the total time) [integration-unsafe-retry]
}

int gotoRetry(void) {
  CURL *h = make();
  int tries = 0;
retry:
  if (curl_easy_perform(h) != CURLE_OK && ++tries < 3) {
    sleep(1 << tries);
    goto retry;
  }
  return tries;
}

int gotoForever(void) {
  CURL *h = make();
again:
  if (curl_easy_perform(h) != CURLE_OK)
    goto again;
  // CHECK: :[[@LINE-2]]:7: warning: 'curl_easy_perform' is retried by the 'goto again', which has no limit on attempts or time and does not wait between attempts
  return 0;
}

int recursive(CURL *h) {
  if (curl_easy_perform(h) != CURLE_OK) {
    sleep(1);
    return recursive(h);
  }
  // CHECK: :[[@LINE-2]]:12: warning: 'curl_easy_perform' is retried by the recursive call of 'recursive', which has no limit on attempts or time
  return 0;
}

/* Two ways to send, one recursion: said once, where it recurses. */
int recursiveEither(CURL *h, CURL *fallback, int primary) {
  CURLcode rc;
  if (primary)
    rc = curl_easy_perform(h);
  else
    rc = curl_easy_perform(fallback);
  if (rc != CURLE_OK)
    return recursiveEither(h, fallback, primary);
  // CHECK: :[[@LINE-1]]:12: warning: 'curl_easy_perform' is retried by the recursive call of 'recursiveEither', which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
  return 0;
}

/* A POST sent again by recursion, said where it recurses. */
int postAgain(CURL *h, const char *json, int left) {
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
  if (curl_easy_perform(h) != CURLE_OK && left > 0) {
    sleep(1);
    return postAgain(h, json, left - 1);
    // CHECK: :[[@LINE-1]]:12: warning: 'curl_easy_perform' (POST) is retried by the recursive call of 'postAgain' and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }
  return 0;
}

int recursiveCounted(CURL *h, int left) {
  if (curl_easy_perform(h) != CURLE_OK && left > 0) {
    sleep(1 << (3 - left));
    return recursiveCounted(h, left - 1);
  }
  return 0;
}

void callers(void) {
  recursive(make());
  recursiveCounted(make(), 3);
}

/* Not retries: a loop over inputs, non-blocking I/O, a transfer per item. */
void eachUrl(const char **urls, int n) {
  CURL *h = make();
  for (int i = 0; i < n; ++i) {
    curl_easy_setopt(h, CURLOPT_URL, urls[i]);
    if (curl_easy_perform(h) != CURLE_OK)
      continue;
  }
}

void nonBlocking(void) {
  CURL *h = make();
  CURLcode rc;
  do {
    rc = curl_easy_perform(h);
  } while (rc == CURLE_AGAIN);
}

void suppressed(void) {
  CURL *h = make();
  while (curl_easy_perform(h) != CURLE_OK) // NOLINT(integration-unsafe-retry)
    ;
}

/* The HTTP status read back from the handle decides. */
void statusReadBack(const char *body) {
  CURL *h = make();
  curl_easy_setopt(h, CURLOPT_POST, 1L);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
  long code = 0;
  for (int attempt = 0; attempt < 3; ++attempt) {
    curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    if (code == 200)
      break;
    sleep(1 << attempt);
  }
  // CHECK: :[[@LINE-6]]:5: warning: 'curl_easy_perform' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
}

/* Clean: CURLOPT_POST switched off again is a GET. */
void postSwitchedOff(void) {
  CURL *h = make();
  curl_easy_setopt(h, CURLOPT_POST, 0L);
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    sleep(1 << attempt);
  }
}

/* Clean: `do { ... } while (0)` is a block run once, left early by break. */
CURLcode onceBlock(void) {
  CURL *h = make();
  CURLcode rc;
  do {
    rc = curl_easy_perform(h);
    if (rc == CURLE_OK)
      break;
    rc = CURLE_OPERATION_TIMEDOUT;
  } while (0);
  return rc;
}

/* Clean: the first call's branch always returns, so the second is another
   path, not a second attempt. */
CURLcode otherPath(int cached) {
  CURL *h = make();
  CURLcode rc = CURLE_OK;
  if (!cached) {
    rc = curl_easy_perform(h);
    return rc;
  }
  if (rc != CURLE_OK)
    rc = curl_easy_perform(h);
  return rc;
}

/* Clean: the handle walked by a stepped pointer: each replica once. */
CURLcode failOver(CURL **replicas, CURL **end) {
  CURL **it = replicas;
  while (it != end) {
    if (curl_easy_perform(*it) == CURLE_OK)
      return CURLE_OK;
    ++it;
  }
  return CURLE_OPERATION_TIMEDOUT;
}

/* The outcome read through the project's own classifier. */
enum verdict { VERDICT_OK, VERDICT_AGAIN };
enum verdict classify(CURLcode rc);
void millisleep(int ms); /* defined in another file */
void classified(void) {
  CURL *h = make();
  for (int attempt = 0; attempt < 3; ++attempt) {
    CURLcode rc = curl_easy_perform(h);
    enum verdict v = classify(rc);
    if (v == VERDICT_OK)
      break;
  }
  // CHECK: :[[@LINE-5]]:19: warning: 'curl_easy_perform' is retried by the loop, which does not wait between attempts{{.*}} [integration-unsafe-retry]
}

/* Clean: the same, waiting through a sleep function of another file. */
void classifiedWaits(void) {
  CURL *h = make();
  for (int attempt = 0; attempt < 3; ++attempt) {
    CURLcode rc = curl_easy_perform(h);
    enum verdict v = classify(rc);
    if (v == VERDICT_OK)
      break;
    millisleep(100 << attempt);
  }
}

/* Clean: a timed wait of a utility library (EdgeX's iot_wait_msecs). */
void iot_wait_msecs(unsigned long interval);
void waitsThroughUtility(void) {
  CURL *h = make();
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    iot_wait_msecs(500);
  }
}

/* A function that waits for something else is no wait between attempts. */
int wait_for_reply(CURL *h);
void waitsForReply(void) {
  CURL *h = make();
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    // CHECK: :[[@LINE-2]]:9: warning: 'curl_easy_perform' is retried by the loop, which does not wait between attempts{{.*}} [integration-unsafe-retry]
    wait_for_reply(h);
  }
}

/* Clean: each pass sends the next message, picked into a local declared
   before the loop (collectd's writers); a failed one is skipped. */
struct message {
  const char *body;
};
void sendEach(struct message **msgs, int n) {
  CURL *h = make();
  struct message *m;
  for (int i = 0; i < n; ++i) {
    m = msgs[i];
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, m->body);
    if (curl_easy_perform(h) != CURLE_OK)
      continue;
  }
}

/* A verdict flag set where the transfer worked ends the loop: the loop
   repeats the POST while it is not set. */
int flaggedPost(const char *json) {
  CURL *h = make();
  int success = 0, retries = 0;
  long code = 0;
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
  while (retries < 3 && !success) {
    CURLcode res = curl_easy_perform(h);
    // CHECK: :[[@LINE-1]]:20: warning: 'curl_easy_perform' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
    if (res != CURLE_OK) {
      sleep(1);
    } else {
      curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
      if (code >= 200 && code < 300)
        success = 1;
    }
    retries++;
  }
  return success;
}

/* ... or a flag that asks for another attempt, compared with 0. */
void flaggedRetryNeeded(void) {
  CURL *h = make();
  int need_retry = 1;
  while (need_retry != 0) {
    need_retry = 0;
    if (curl_easy_perform(h) != CURLE_OK) {
      need_retry = 1;
      pg_usleep(100000);
    }
  }
  // CHECK: :[[@LINE-5]]:9: warning: 'curl_easy_perform' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
}

/* A C99 bool set where the POST worked. */
int flaggedBool(void) {
  CURL *h = make();
  bool ok = false;
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, "{}");
  for (int tries = 0; !ok && tries < 3; ++tries) {
    if (curl_easy_perform(h) == CURLE_OK)
      ok = true;
    // CHECK: :[[@LINE-2]]:9: warning: 'curl_easy_perform' (POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
    else
      sleep(1 << tries);
  }
  return ok;
}

/* Clean: a counter of failures reset on success is no flag; it bounds the
   loop. */
void failureBudget(void) {
  CURL *h = make();
  int failures = 0;
  while (failures < 10) {
    CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OK) {
      failures = 0;
    } else {
      failures++;
      sleep(5);
      continue;
    }
    sleep(60);
  }
}

/* Clean: "done" means no more pages, not "worked": a failure leaves. */
int next_page(void);
void paginate(void) {
  CURL *h = make();
  int done = 0;
  while (!done) {
    CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK)
      break;
    else if (!next_page())
      done = 1;
  }
}

/* Clean: the flag also ends the attempts at the limit; bounded, waiting. */
void doneAtLimit(void) {
  CURL *h = make();
  int done = 0, tries = 0;
  while (!done) {
    CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OK || ++tries >= 3)
      done = 1;
    else
      sleep(1);
  }
}

/* Clean: a flag the user sets, not the transfer's outcome, is no retry. */
int user_wants_more(void);
void userDriven(void) {
  CURL *h = make();
  int more = 1;
  while (more) {
    if (curl_easy_perform(h) == CURLE_OK)
      more = user_wants_more();
  }
}

/* A body that ends by giving up comes round only through its continue,
   which a counter guards: bounded, waiting (PostgreSQL's pg_usleep). */
int downloadWithLimit(int max_retries) {
  CURL *h = make();
  int current = 0, delay = 1;
  for (;;) {
    if (curl_easy_perform(h) == CURLE_OK)
      break;
    current++;
    if (current <= max_retries) {
      pg_usleep(delay * 1000000L);
      delay *= 2;
      continue;
    }
    return -1;
  }
  return 0;
}

/* ... but a continue guarded only by the kind of error never stops. */
int downloadWhileTimingOut(void) {
  CURL *h = make();
  int delay = 1;
  for (;;) {
    CURLcode rc = curl_easy_perform(h);
    // CHECK: :[[@LINE-1]]:19: warning: 'curl_easy_perform' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
    if (rc == CURLE_OK)
      break;
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      pg_usleep(delay * 1000000L);
      delay *= 2;
      continue;
    }
    return -1;
  }
  return 0;
}

/* ... nor when one of its continues has no limit, even if another has. */
int downloadPartlyLimited(int max_retries) {
  CURL *h = make();
  int current = 0;
  for (;;) {
    CURLcode rc = curl_easy_perform(h);
    // CHECK: :[[@LINE-1]]:19: warning: 'curl_easy_perform' is retried by the loop, which has no limit on attempts or time; cap the attempts (or the total time) [integration-unsafe-retry]
    if (rc == CURLE_OK)
      break;
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      sleep(1);
      continue;
    }
    if (++current <= max_retries) {
      sleep(1 << current);
      continue;
    }
    return -1;
  }
  return 0;
}
