#!/usr/bin/env python3
# Hand-written labels (from reading the code only; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook56). Label format as in webhook28 (labellib.Labels: kind webhook_handler with
# webhook/verified/group/route/why, kind secret_compare with constant_time/why).
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

C = {
 'kuceravyjura/Programming': '85b49041f36ee194340afb5b8c0b1c3aaea35c14',
 'cucumbar/Programming': '47ca556ea661824b3e8218327798333b57997340',
 'Rilst/Programming': '95cfc854cbbb54e094cd3ad1a8051521be561d34',
 'danniekot/programming': '7c49bb4f2ea78df4baf2a9ac76f4da398533bccc',
 'Exxxasens/Programming': '54083034f87ea3b2dd29aca4e9f97b19a5f9c8b3',
 'GlebAlekseev/programming': 'b468d5ba8deb99db3b00b30b15baa3c74453eca1',
 'affirVega/Programming': 'c4005457dfe7ce14f5abbbcb1fe801a584443067',
 'NeutralMoon/Programming': 'c0bb4ce1e2ca6f75a64f8a78a389d513d486a214',
 'terrepta/Programming': '36d9e3e37a11a61e15202aaac43072bdfc13a5d7',
}
_labels = Labels('wh56', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

ALICE = ('Yandex Alice skill webhook ({route}): Yandex.Dialogs POSTs every user utterance of the skill here (the '
         'skill\'s "Webhook URL" in the Yandex.Dialogs console); the handler parses the JSON body, keeps per-user '
         'shopping-cart sessions keyed by a value taken from the body ({key}) and, on "покупка завершена" '
         '("purchase complete"), forwards the cart to every URL registered on the /webhooks page. Nothing checks that '
         'the call comes from Yandex: no skill_id check, no token, no signature, no source check; any client that '
         'can reach the port can drive the cart and trigger the outbound pushes. cpp-httplib, {bind}.')
ADMIN = ('Local management page of the lab ("/webhooks"): {what} the list of OUTGOING webhook URLs kept in {store}. It '
         'is the operator\'s own web form (HTML page with set/del buttons), not a callback from another system; the '
         'word "webhooks" in the path is the trap. No authentication either, but that is not this check\'s business.')

# ---------------- kuceravyjura/Programming (lab 02, Yandex Alice shopping-cart skill; cpp-httplib) ----------------
R = 'kuceravyjura/Programming'
D = 'lab/02/C++/Alice/c++/'
why = ALICE.format(route='POST / and POST /yandex_hook', key='session.application.application_id',
                   bind='listens on localhost:1234 (exposed through a tunnel for Yandex)')
wh(R, D + 'Server.cpp', 35, 'yes', 'no', 'ku-alice', 'POST /yandex_hook, POST /', why,
   'Registration: srv.Post("/yandex_hook", yandex_hook).')
wh(R, D + 'Server.cpp', 36, 'yes', 'no', 'ku-alice', 'POST /yandex_hook, POST /', why,
   'Registration: srv.Post("/", yandex_hook) (same handler on a second path).')
wh(R, D + 'Yandex.cpp', 109, 'yes', 'no', 'ku-alice', 'POST /yandex_hook, POST /', why,
   'Handler: yandex_hook (Yandex.cpp).')
neg(R, D + 'Server.cpp', 33, 'ku-webhooks-get', 'GET /webhooks',
    ADMIN.format(what='renders', store='config.json') + ' Registration line.')
neg(R, D + 'webhook.cpp', 150, 'ku-webhooks-get', 'GET /webhooks',
    ADMIN.format(what='renders', store='config.json') + ' Handler webhooks_get.')
neg(R, D + 'Server.cpp', 34, 'ku-webhooks-post', 'POST /webhooks',
    ADMIN.format(what='adds (set=) or removes (del=) entries of', store='config.json') + ' Registration line.')
neg(R, D + 'webhook.cpp', 157, 'ku-webhooks-post', 'POST /webhooks',
    ADMIN.format(what='adds (set=) or removes (del=) entries of', store='config.json') + ' Handler webhooks_post.')
sc(R, D + 'Yandex.cpp', 119, 'yes', 'Session lookup: stored user_id compared with the application_id of the Alice '
   'request (a public identifier, not a secret).', NS)
sc(R, D + 'webhook.cpp', 180, 'yes', 'POST /webhooks del=: configured webhook URL compared with the URL to delete; '
   'not a secret.', NS)

# ---------------- cucumbar/Programming (lab 02; cpp-httplib) ----------------
R = 'cucumbar/Programming'
F = 'Lab/02/server(C++)/ConsoleApplication20/ConsoleApplication20/ConsoleApplication20.cpp'
why = ALICE.format(route='POST /alice', key='session.application.application_id',
                   bind='listens on localhost')
wh(R, F, 692, 'yes', 'no', 'cu-alice', 'POST /alice', why, 'Registration: srv.Post("/alice", alice_stealin).')
wh(R, F, 633, 'yes', 'no', 'cu-alice', 'POST /alice', why, 'Handler: alice_stealin.')
wh(R, F, 451, 'yes', 'no', 'cu-alice', 'POST /alice', why,
   'Processing function send_try (called by the handler on "purchase complete": posts the cart to every registered '
   'URL).')
neg(R, F, 690, 'cu-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Registration line.')
neg(R, F, 169, 'cu-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Handler hooks_get.')
neg(R, F, 691, 'cu-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Registration line.')
neg(R, F, 228, 'cu-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Handler hooks_post (try_set_hook / try_del_hook).')
sc(R, F, 606, 'yes', 'find_session: stored user_id compared with the application_id of the Alice request (public '
   'identifier).', NS)

# ---------------- Rilst/Programming (lab 02; cpp-httplib) ----------------
R = 'Rilst/Programming'
F = 'Lab/02/C++/ServerAlice/ServerAlice.cpp'
why = ALICE.format(route='POST /', key='the dialog state echoed back by Yandex (state.session)',
                   bind='listens on localhost:3000')
wh(R, F, 334, 'yes', 'no', 'ri-alice', 'POST /', why, 'Registration: svr.Post("/", Get_Session).')
wh(R, F, 258, 'yes', 'no', 'ri-alice', 'POST /', why, 'Handler: Get_Session.')
wh(R, F, 39, 'yes', 'no', 'ri-alice', 'POST /', why,
   'Processing function GetMain (dialog logic; posts the cart to the registered URLs).')
w = ADMIN.format(what='renders (GET) and edits (POST set=/del=)', store='webhooks.json')
neg(R, F, 336, 'ri-webhooks', 'GET|POST /webhooks', w + ' Registration line (GET).')
neg(R, F, 335, 'ri-webhooks', 'GET|POST /webhooks', w + ' Registration line (POST).')
neg(R, F, 265, 'ri-webhooks', 'GET|POST /webhooks', w + ' Handler Get_Template (shared by both methods).')

# ---------------- danniekot/programming (lab 02; cpp-httplib) ----------------
R = 'danniekot/programming'
D = 'Labs/02/C++/Alice/'
why = ALICE.format(route='POST /yandex_hook', key='session.application.application_id',
                   bind='listens on localhost:3000')
wh(R, D + 'Alice.cpp', 14, 'yes', 'no', 'da-alice', 'POST /yandex_hook', why,
   'Registration: srv.Post("/yandex_hook", yandex_hook).')
wh(R, D + 'server.cpp', 180, 'yes', 'no', 'da-alice', 'POST /yandex_hook', why, 'Handler: yandex_hook (server.cpp).')
neg(R, D + 'Alice.cpp', 12, 'da-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Registration line.')
neg(R, D + 'server.cpp', 84, 'da-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Handler webhooks_get.')
neg(R, D + 'Alice.cpp', 13, 'da-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Registration line.')
neg(R, D + 'server.cpp', 89, 'da-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Handler webhooks_post.')
sc(R, D + 'server.cpp', 187, 'yes', 'Session lookup: stored user_id compared with the application_id of the Alice '
   'request (public identifier).', NS)

# ---------------- Exxxasens/Programming (lab 02; cpp-httplib) ----------------
R = 'Exxxasens/Programming'
F = 'Lab/02/Project/Project.cpp'
why = ALICE.format(route='POST /', key='the dialog state echoed back by Yandex (state.session)',
                   bind='listens on localhost:1234')
wh(R, F, 472, 'yes', 'no', 'ex-alice', 'POST /', why, 'Registration: svr.Post("/", gen_response).')
wh(R, F, 143, 'yes', 'no', 'ex-alice', 'POST /', why, 'Handler: gen_response.')
neg(R, F, 471, 'ex-hello', 'GET /', 'Test route: answers "Hello World!"; not a callback. Registration line.')
neg(R, F, 462, 'ex-hello', 'GET /', 'Test route: answers "Hello World!"; not a callback. Handler test_resp.')
w = ADMIN.format(what='renders (GET) and edits (POST set=/del=)', store='config.json')
neg(R, F, 473, 'ex-webhooks', 'GET|POST /webhooks', w + ' Registration line (GET).')
neg(R, F, 474, 'ex-webhooks', 'GET|POST /webhooks', w + ' Registration line (POST).')
neg(R, F, 65, 'ex-webhooks', 'GET|POST /webhooks', w + ' Handler res_webhooks (shared by both methods).')

# ---------------- GlebAlekseev/programming (lab 02; cpp-httplib) ----------------
R = 'GlebAlekseev/programming'
F = 'Lab/02/C++/lab2/lab2/lab2.cpp'
why = ALICE.format(route='POST /', key='the dialog state echoed back by Yandex (state.session)',
                   bind='listens on localhost:3000')
wh(R, F, 632, 'yes', 'no', 'ga-alice', 'POST /', why, 'Registration: svr.Post("/", gen_response).')
wh(R, F, 24, 'yes', 'no', 'ga-alice', 'POST /', why, 'Handler: gen_response.')
w = ADMIN.format(what='renders (GET) and edits (POST)', store='config.json')
neg(R, F, 633, 'ga-webhooks', 'GET|POST /webhooks', w + ' Registration line (POST).')
neg(R, F, 634, 'ga-webhooks', 'GET|POST /webhooks', w + ' Registration line (GET).')
neg(R, F, 574, 'ga-webhooks', 'GET|POST /webhooks', w + ' Handler gen_responseHook (shared by both methods).')

# ---------------- affirVega/Programming (lab 02; cpp-httplib) ----------------
R = 'affirVega/Programming'
D = 'Lab/02/C++/Project1/'
why = ALICE.format(route='POST /yandex_hook', key='session.application.application_id',
                   bind='listens on localhost:1234')
wh(R, D + 'main.cpp', 35, 'yes', 'no', 'av-alice', 'POST /yandex_hook', why,
   'Registration: srv.Post("/yandex_hook", yandex_hook).')
wh(R, D + 'yandex.cpp', 118, 'yes', 'no', 'av-alice', 'POST /yandex_hook', why, 'Handler: yandex_hook (yandex.cpp).')
neg(R, D + 'main.cpp', 31, 'av-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Registration line.')
neg(R, D + 'webhooks.cpp', 150, 'av-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders',
    store='config.json') + ' Handler webhooks_get.')
neg(R, D + 'main.cpp', 32, 'av-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Registration line.')
neg(R, D + 'webhooks.cpp', 157, 'av-webhooks-post', 'POST /webhooks', ADMIN.format(
    what='adds or removes entries of', store='config.json') + ' Handler webhooks_post.')
sc(R, D + 'yandex.cpp', 128, 'yes', 'Session lookup: stored user_id compared with the application_id of the Alice '
   'request (public identifier).', NS)

# ---------------- NeutralMoon/Programming (lab 02; cpp-httplib) ----------------
R = 'NeutralMoon/Programming'
F = 'Lab/02/Alice/Alice/Alice/Alice.cpp'
why = ALICE.format(route='POST /', key='the dialog state echoed back by Yandex (state.session)',
                   bind='listens on localhost:1234')
wh(R, F, 424, 'yes', 'no', 'nm-alice', 'POST /', why, 'Registration: svr.Post("/", gen_response).')
wh(R, F, 104, 'yes', 'no', 'nm-alice', 'POST /', why, 'Handler: gen_response.')
neg(R, F, 422, 'nm-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Registration line.')
neg(R, F, 10, 'nm-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Handler gen_webhook.')
neg(R, F, 423, 'nm-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Registration line.')
neg(R, F, 17, 'nm-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Handler posn_webhook.')

# ---------------- terrepta/Programming (lab 02; cpp-httplib) ----------------
R = 'terrepta/Programming'
F = 'Lab/02/Server/Server.cpp'
why = ALICE.format(route='POST /', key='session.application.application_id', bind='listens on localhost:1234')
wh(R, F, 547, 'yes', 'no', 'te-alice', 'POST /', why, 'Registration: svr.Post("/", alice).')
wh(R, F, 221, 'yes', 'no', 'te-alice', 'POST /', why, 'Handler: alice.')
neg(R, F, 545, 'te-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Registration line.')
neg(R, F, 90, 'te-webhooks-get', 'GET /webhooks', ADMIN.format(what='renders', store='config.json') +
    ' Handler get_webhooks.')
neg(R, F, 546, 'te-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Registration line.')
neg(R, F, 96, 'te-webhooks-post', 'POST /webhooks', ADMIN.format(what='adds or removes entries of',
    store='config.json') + ' Handler post_webhooks.')
sc(R, F, 229, 'yes', 'Session lookup: stored user_id compared with the application_id of the Alice request '
   '(public identifier).', NS)

_labels.write(__file__, 'webhook56')
