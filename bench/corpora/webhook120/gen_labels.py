#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook120). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, token_location, NS  # noqa: E402

C = {
 'BigBrotherTrade/flower': 'e35886d4d5e9f2422d47d1f831605e79e11380ec',
 'LeoEatle/WXBizMsgCryptNode': '982fb47aa6cc194162b16799d52cbc6f5634525a',
}
ROOT = '/work/corpora/webhook120/src'

_labels = TokenLabels(ROOT, 'wh120', C)
S = _labels.S
N = _labels.N


def W(repo, path, line, tok, verified, group, route, why, note='', at=None):
    """A webhook handler (wh) at `tok` (inside `at` when given)."""
    _labels.wh(repo, path, line, 'yes', verified, group, route, why, note)
    it = _labels.items[-1]
    it['column'], it['line_sha1'] = token_location(ROOT, repo, path, line, tok, at)


SIG = ('WXBizMsgCrypt::ValidateSignature (Tencent WeCom callback crypto): the msg_signature query parameter sent '
       'by the WeCom server is compared with the SHA-1 hex digest that ComputeSignature builds over the sorted '
       'shared callback Token, timestamp, nonce and the encrypted message, using std::string operator!= (early '
       'exit). The Token is the shared secret that authenticates the callback; this is the sender check of '
       'VerifyURL and DecryptMsg.')
CORP = ('WXBizMsgCrypt::{fn}: the receive id (CorpID / suite id) found at the end of the AES-decrypted plaintext '
        'is compared with the configured m_sReceiveId using std::string operator!=. The CorpID is a public '
        'identifier of the enterprise (it appears in API URLs and in the ToUserName of every message), not a '
        'secret; the authentication is the signature check and the AES key.')

# ---------------- BigBrotherTrade/flower (WeCom self-built app callback server; C++23, cpp-httplib, redis++) ----------------
R = 'BigBrotherTrade/flower'
P = 'WXBizMsgCrypt.cpp'
S(R, P, 410, '!=', 'no', SIG)
S(R, P, 76, '!=', 'yes', CORP.format(fn='VerifyURL'), NS)
S(R, P, 138, '!=', 'yes', CORP.format(fn='DecryptMsg'), NS)
P = 'main.cpp'
W(R, P, 68, 'Get', 'yes', 'flower-verifyurl', 'GET / (WeCom callback URL verification)',
  'WeCom (企业微信) callback receiver of the app: the WeCom server calls GET /?msg_signature=&timestamp=&nonce='
  '&echostr= when the callback URL is configured. The lambda passes the query values to WXBizMsgCrypt::VerifyURL, '
  'which checks msg_signature against SHA-1(sort(Token, timestamp, nonce, echostr)) (WXBizMsgCrypt.cpp 410) and '
  'only then AES-decrypts echostr into sEchoStr; on a bad signature sEchoStr stays empty and the response body is '
  'empty. Verified (the return code is ignored, but nothing from the request is echoed or processed unless the '
  'signature matched).', 'Registration and handler lambda: svr.Get("/", ...).')
W(R, P, 77, 'Post', 'yes', 'flower-message', 'POST / (WeCom message/event push)',
  'WeCom message push receiver: POST /?msg_signature=&timestamp=&nonce= with the encrypted XML body. The lambda '
  'calls WXBizMsgCrypt::DecryptMsg, which validates msg_signature over the Encrypt element with the shared Token '
  '(WXBizMsgCrypt.cpp 410) before AES-decrypting; only the decrypted plaintext (sReqXML) is parsed, logged and '
  'answered. Labelled verified: the signature check gates every use of the message content, although the handler '
  'ignores DecryptMsg\'s return code and still answers 200 (with an encrypted reply built from empty fields) when '
  'the check fails.', 'Registration and handler lambda: svr.Post("/", ...). See README Doubts.')

# ---------------- LeoEatle/WXBizMsgCryptNode (Tencent WeCom callback crypto sample packaged for Node; C++) ----------------
R = 'LeoEatle/WXBizMsgCryptNode'
P = 'WXBizMsgCrypt.cpp'
S(R, P, 410, '!=', 'no', SIG)
S(R, P, 76, '!=', 'yes', CORP.format(fn='VerifyURL'), NS)
S(R, P, 138, '!=', 'yes', CORP.format(fn='DecryptMsg'), NS)

_labels.write(__file__, 'webhook120')
