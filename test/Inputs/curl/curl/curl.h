/* Mock of libcurl's public API: only what the tests use. */
typedef void CURL;
typedef void CURLM;
typedef enum { CURLE_OK = 0, CURLE_AGAIN = 81, CURLE_OPERATION_TIMEDOUT = 28 } CURLcode;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_TIMEOUT_MS = 155,
  CURLOPT_CONNECTTIMEOUT = 78,
  CURLOPT_CONNECTTIMEOUT_MS = 156,
  CURLOPT_LOW_SPEED_LIMIT = 19,
  CURLOPT_LOW_SPEED_TIME = 20,
  CURLOPT_VERBOSE = 41,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_SSL_VERIFYHOST = 81,
  CURLOPT_CAINFO = 10065,
  CURLOPT_POST = 47,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_CUSTOMREQUEST = 10036,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_HTTPGET = 80
} CURLoption;
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_reset(CURL *curl);
CURL *curl_easy_duphandle(CURL *curl);
void curl_easy_cleanup(CURL *curl);
CURLM *curl_multi_init(void);
int curl_multi_add_handle(CURLM *multi, CURL *easy);
struct curl_slist;
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *s);
typedef enum { CURLINFO_RESPONSE_CODE = 0x200002 } CURLINFO;
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);
