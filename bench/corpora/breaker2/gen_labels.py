#!/usr/bin/env python3
"""Hand labels of the breaker2 corpus (kind "breaker", format of ../breaker/labels.jsonl).

Writes labels.jsonl next to this script and into /work/corpora/breaker2. Each label names
its line and a token the line must contain; the script asserts that the extracted file's
line holds that token (the call) and records line_sha1 of the line (without CR/LF).
All verdicts come from reading the code; no analyzer output was used.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT', '/work/corpora/breaker2')
ROOT = os.path.join(OUT, 'src')
PREFIX = 'br2'
COMMITS = {
    'Nshtk/Software-Architecture': 'b2fbb893a50bb7bdb14428b6d6a316f64d0b60c3',
    'Spiridonov-KA/System_Architecture': '77da41200c43cd15dea1ac210219a0e517eb81fb',
    'protaxY/SystemsArchitecture': '07392ab4887128ab74014f86fadb10926efb486a',
    'FastSnake0/archProject': '86938fedf306588b6f57a8daf0ce78a58fe2b5a9',
    'MayankK806926/TravelPlanner': '75acaa12a8750532aa1b08be211a0dba1ff85705',
    'happiness-cheng/event_stream_engine': 'c580b6441232950ffa02a2c4310839b277aa5ec3',
}
items = []


def _sha(repo, path, line, tok):
    f = os.path.join(ROOT, repo.replace('/', '+'), path)
    with open(f, 'rb') as fh:
        raw = fh.read().split(b'\n')[line - 1].rstrip(b'\r')
    text = raw.decode('utf-8')
    assert tok in text, 'line %s:%d lacks %r: %r' % (path, line, tok, text)
    return hashlib.sha1(raw).hexdigest()


def L(repo, path, line, tok, guarded, system, elsewhere, requires, why, note=''):
    sha = _sha(repo, path, line, tok)
    items.append({'repo': repo, 'commit': COMMITS[repo], 'path': path, 'line': line,
                  'kind': 'breaker',
                  'fields': {'guarded': guarded, 'system': system,
                             'system_guarded_elsewhere': elsewhere,
                             'system_requires_breaker_if_declared': requires, 'why': why},
                  'note': note, 'line_sha1': sha})


INNER = 'Inner call of a wrapper with mixed callers; the call sites of the wrapper carry the verdicts.'

# ------------------------------------------------------------------ Nshtk/Software-Architecture (Poco gateway)
R, P = 'Nshtk/Software-Architecture', 'CourseWork/Code/Gateway/src/Server/Requests/Handlers/gateway_handler.cpp'
S = 'backend HTTP (Poco HTTPClientSession via GatewayHandler::sendRequest)'
L(R, P, 114, 'sendRequest(', 'no', 'user service HTTP (Poco HTTPClientSession via GatewayHandler::sendRequest)',
  'yes', 'yes',
  'The /auth branch calls sendRequest on base_url_user with no CircuitBreaker::Instance check; the same user '
  'service is gated by isServiceAvailable("user_service") when /user is routed through getResponseFromService.',
  'Token fetch of the gateway; same wrapper and same target host as the guarded /user forwarding.')
L(R, P, 61, 'sendRequest(', 'yes', S, 'yes', 'yes',
  'Inside else-if CircuitBreaker::Instance.isServiceAvailable(service_name), followed by success()/fail() on the '
  'same key; getResponseFromService serves user, accommodation and order routes.')
L(R, P, 27, 'sendRequest(', 'unclear', 'HTTP (inner Poco call of wrapper sendRequest)', 'yes', 'yes',
  'Request write inside sendRequest, reached from the guarded line 61 and the unguarded line 114.', INNER)
L(R, P, 29, 'receiveResponse', 'unclear', 'HTTP (inner Poco call of wrapper sendRequest)', 'yes', 'yes',
  'Response read of the same exchange inside sendRequest; mixed callers.', INNER)
CACHE = 'redis cache (database::Cache, Poco Redis)'
for ln, why in ((44, 'Cache lookup before the breaker check; the cache is the gateway\'s own fallback store.'),
                (123, 'Token stored in the cache after the /auth call.'),
                (129, 'Token lookup for Basic credentials.')):
    L(R, P, ln, 'Cache::Instance', 'no', CACHE, 'no', 'no', why,
      'Never behind a breaker anywhere; the cache is the degradation path, so a breaker was judged not required.')

# ------------------------------------------------------------------ Spiridonov-KA/System_Architecture (Poco gateway)
R, P = 'Spiridonov-KA/System_Architecture', 'lab6/api_gateway/handlers/request_handler.cpp'
L(R, P, 100, 'sendRequest(', 'no', 'user service HTTP (Poco HTTPClientSession via RequestHandler::sendRequest)',
  'yes', 'yes',
  'The /user/auth token fetch runs inside if (_breaker.status(base_url)), but base_url is the routed service '
  '(cart, item or user); the result is never reported to the breaker and the user service key is not checked '
  'unless the route itself is /user.',
  'Breaker keyed by another service (same rule as MimkaKek api_gateway/main.cpp:170 in the first corpus); '
  'guarded only when the routed service is the user service.')
L(R, P, 123, 'sendRequest(', 'yes', 'backend HTTP (Poco HTTPClientSession via RequestHandler::sendRequest)',
  'yes', 'yes',
  'Inside if (_breaker.status(base_url)) and followed by _breaker.checkResponse(base_url, status) on the same key.')
L(R, P, 49, 'sendRequest(', 'unclear', 'HTTP (inner Poco call of wrapper sendRequest)', 'yes', 'yes',
  'Request write inside sendRequest, reached from line 123 (guarded) and line 100 (keyed by another service).', INNER)
L(R, P, 51, 'receiveResponse', 'unclear', 'HTTP (inner Poco call of wrapper sendRequest)', 'yes', 'yes',
  'Response read of the same exchange; mixed callers.', INNER)
L(R, P, 127, 'Database::get().set', 'no', 'redis cache (Database, Poco::Redis)', 'no', 'no',
  'Response cached after a successful GET.', 'Never behind a breaker; the cache is the fallback when the breaker is open.')
L(R, P, 135, 'Database::get().get', 'no', 'redis cache (Database, Poco::Redis)', 'no', 'no',
  'Cache read in the breaker-open branch.', 'Degradation path of the breaker itself.')

# ------------------------------------------------------------------ protaxY/SystemsArchitecture (Poco gateway)
R, P = 'protaxY/SystemsArchitecture', 'lab6/api_gateway/api_gateway_request_handler/api_gateway_handler.cpp'
L(R, P, 100, 'AuthRequest(', 'yes', 'user service HTTP (Poco HTTPClientSession via APIGatewayHandler::AuthRequest)',
  'yes', 'yes',
  'Reached only after if (!circuitBreaker.Check("user")) returned at line 79; Fail("user")/Succses("user") follow.')
L(R, P, 132, 'RedirectRequest(', 'yes', 'backend HTTP (Poco HTTPClientSession via APIGatewayHandler::RedirectRequest)',
  'yes', 'yes',
  'Check(serviceName) at line 50 (non-user routes) and Check("user") at line 79 (user routes) both return early '
  'when open; Fail/Succses(serviceName) follow.',
  'The user route is gated by the line-79 check, not the line-50 one (serviceName != "user" short-circuits).')
for ln, tok, what in ((226, 'sendRequest(', 'Request write inside AuthRequest'),
                      (229, 'receiveResponse', 'Response read inside AuthRequest'),
                      (278, 'sendRequest(', 'Request write inside RedirectRequest'),
                      (281, 'receiveResponse', 'Response read inside RedirectRequest')):
    L(R, P, ln, tok, 'yes', 'HTTP (inner Poco call of a gateway wrapper)', 'yes', 'yes',
      what + '; the wrapper\'s only caller (line 100 or 132) is gated by the breaker.',
      'Hard negative: guarded through the caller (interprocedural).')

# ------------------------------------------------------------------ FastSnake0/archProject (Poco gateway)
R, P = 'FastSnake0/archProject', 'gateway/main.cpp'
L(R, P, 214, 'get_request(', 'no', 'user service HTTP (Poco HTTPClientSession via get_request)', 'yes', 'yes',
  'The /auth token fetch calls get_request on base_url_user before, and independently of, '
  'circuit_breaker.check(service_name) at line 220.',
  'Same wrapper as the guarded data-service call (line 222), different host: "guarded elsewhere" rests on the '
  'same-wrapper rule (as newgame3000 api.cpp:124 in the first corpus).')
L(R, P, 222, 'get_request(', 'yes', 'post or chat service HTTP (Poco HTTPClientSession via get_request)', 'yes', 'yes',
  'Inside if (circuit_breaker.check(service_name)), success()/fail() on the same key follow.')
for ln, tok in ((110, 'sendRequest('), (122, 'sendRequest('), (126, 'receiveResponse')):
    L(R, P, ln, tok, 'unclear', 'HTTP (inner Poco call of wrapper get_request)', 'yes', 'yes',
      'Inner call of get_request, reached from the guarded line 222 and the unguarded line 214.', INNER)
for ln, tok in ((82, 'Cache::get().get'), (89, 'Cache::get().put')):
    L(R, P, ln, tok, 'no', 'redis cache (database::Cache)', 'no', 'no',
      'Cache access inside get_cached/put_cache; never behind a breaker.',
      'The cache is the breaker-open fallback; a breaker was judged not required.')

# ------------------------------------------------------------------ MayankK806926/TravelPlanner (libcurl)
R, P = 'MayankK806926/TravelPlanner', 'src/api_handler.cpp'
GEM = 'Gemini API HTTP (libcurl via APIHandler::makeHttpRequest)'
L(R, P, 217, 'makeHttpRequest(', 'yes', 'WeatherAPI HTTP (libcurl via APIHandler::makeHttpRequest)', 'yes', 'yes',
  'CircuitBreaker::instance().checkAllowed("weather") at line 212 throws when open; recordSuccess/recordFailure follow.')
L(R, P, 385, 'makeHttpRequest(', 'yes', GEM, 'yes', 'yes',
  'searchHotels: checkAllowed("gemini") at the top of the retry lambda; recordSuccess/recordFailure follow.')
L(R, P, 474, 'makeHttpRequest(', 'yes', GEM, 'yes', 'yes',
  'generateItinerary: checkAllowed("gemini") at the top of the retry lambda; recordSuccess/recordFailure follow.')
L(R, P, 283, 'makeHttpRequest(', 'no', GEM, 'yes', 'yes',
  'getIATACode posts to the Gemini URL with no checkAllowed("gemini"); its only caller is the Amadeus provider\'s '
  'resolveIATA, which runs under the breaker keyed "amadeus" (searchFlights), and its failures are counted against '
  'amadeus, not gemini.',
  'Breaker keyed by another service; an analyzer that ignores the key and follows the std::function will call it guarded.')
L(R, P, 248, 'makeHttpRequest(', 'yes', 'flight backend HTTP (libcurl via FlightProviderConfig::httpRequest)',
  'yes', 'yes',
  'Body of the httpRequest std::function given to the flight provider; every provider call runs inside '
  'searchFlights after checkAllowed(provider.name()).',
  'Hard negative: guarded only through the std::function and the provider\'s virtual search.')
L(R, P, 153, 'curl_easy_perform', 'unclear', 'HTTP (inner libcurl call of wrapper makeHttpRequest)', 'yes', 'yes',
  'Inner call of makeHttpRequest, reached from guarded callers and from getIATACode (line 283).', INNER)
P = 'src/flight_provider.cpp'
L(R, P, 72, 'httpRequest(', 'yes', 'Amadeus flight-offers HTTP (FlightProviderConfig::httpRequest)', 'yes', 'yes',
  'AmadeusFlightProvider::search is called only from APIHandler::searchFlights after checkAllowed("amadeus").',
  'Hard negative: the guard is in another file, through a virtual call.')
L(R, P, 82, 'httpRequest(', 'yes', 'Amadeus OAuth token HTTP (FlightProviderConfig::httpRequest)', 'yes', 'yes',
  'fetchToken is called only from AmadeusFlightProvider::search (line 39), itself gated by checkAllowed("amadeus").',
  'Hard negative (two calls deep).')
L(R, P, 144, 'httpRequest(', 'yes', 'Gemini API HTTP (FlightProviderConfig::httpRequest)', 'yes', 'yes',
  'GeminiFlightProvider::search runs only inside searchFlights after checkAllowed("gemini").',
  'Hard negative: the guard is in another file, through a virtual call.')

# ------------------------------------------------------------------ happiness-cheng/event_stream_engine (redis++)
R = 'happiness-cheng/event_stream_engine'
RED = 'Redis (redis-plus-plus sw::redis::Redis at redis_addr)'
P = 'src/lambda_router.cpp'
L(R, P, 23, 'xadd(', 'yes', RED, 'yes', 'yes',
  'write_hot returns early when !redis_cb_.allow_request(); record_success/record_failure follow the XADD.')
L(R, P, 5, 'ping()', 'no', RED, 'yes', 'yes',
  'Constructor connectivity probe on the same redis_ client, outside any redis_cb_ check.',
  'Start-up probe; a reviewer may accept it unguarded (it runs once and failure just disables Redis).')
L(R, P, 31, 'write(', 'no', 'ClickHouse (ClickHouseWriter, clickhouse-cpp)', 'no', 'no',
  'Cold-path write to the ClickHouse writer; ClickHouse is never behind a breaker.',
  'Fallback store of the Redis breaker; buffered and flushed by a background thread.')
P = 'src/quality_pipeline.cpp'
L(R, P, 36, 'sadd(', 'no', RED, 'yes', 'yes',
  'Dedup SADD on the main()-owned sw::redis::Redis (same redis_addr as LambdaRouter\'s guarded client); no breaker.',
  'Different client object, same library and same server address as the guarded XADD.')
L(R, P, 38, 'expire(', 'no', RED, 'yes', 'yes',
  'TTL refresh right after the SADD, same unguarded client.', '')

out = []
for i, d in enumerate(items, 1):
    rec = {'id': '%s-%03d' % (PREFIX, i)}
    rec.update(d)
    out.append(rec)
targets = {os.path.join(HERE, 'labels.jsonl')}
if os.path.isdir(OUT):
    targets.add(os.path.join(OUT, 'labels.jsonl'))
for dst in sorted(targets):
    with open(dst, 'w') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('%d labels' % len(out))
