#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook70). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'OlafvdSpek/xbt': '3af812b20b83257a0b2d1e19f80937549456aef6',
 'WhatCD/Ocelot': '972c8d6659a27faa2730b353c2389c2b563a2cd7',
 'swift/swift': '12d031cf8177fdec0137f9aa7e2912fa23c4416b',
 'KaidanIM/gloox-git': '003d529406539264c07c20f186a2c7412f9c597a',
 'odamex/odamex': '41835cd98ce050dfbc1a84ef65dccfedecae39dd',
 'redboltz/mqtt_cpp': '4d0f08cdf17626d112e7d9d79d7439171913d9cb',
 'keepassxreboot/keepassxc': '95bae8377c88f46fda565e09fee25d7ba684fe9e',
 'weidai11/cryptopp': 'b5242667a24e3db8e4600e77b2e502ef204e5280',
}
ROOT = '/work/corpora/webhook70/src'

_labels = TokenLabels(ROOT, 'wh70', C)
S = _labels.S

# ---------------- OlafvdSpek/xbt (XBT Tracker: BitTorrent tracker; C++) ----------------
R = 'OlafvdSpek/xbt'
P = 'Tracker/tracker.cpp'
S(R, P, 1055, '!=', 'yes', 'find_user_by_torrent_pass: length of the torrent pass taken from the announce URL '
  'compared with 32; a length, not the pass itself.', NS)
S(R, P, 1059, '==', 'no', 'find_user_by_torrent_pass: the last 24 hex digits of the torrent pass from the URL '
  'compared with the first 12 bytes of SHA-1(torrent_pass_private_key, pass version, uid, info_hash), a keyed '
  'hash of the tracker secret, with std::string == (early exit); a match authenticates the announce as that user.')
P = 'Tracker/transaction.cpp'
S(R, P, 60, '!=', 'yes', 'send_connect: connection_id of a UDP connect request compared with the BEP 15 protocol '
  'magic 0x41727101980; a public protocol constant.', NS)

# ---------------- WhatCD/Ocelot (private BitTorrent tracker; C++) ----------------
R = 'WhatCD/Ocelot'
P = 'worker.cpp'
S(R, P, 77, '!=', 'yes', 'worker::work: the character after the 32-character passkey in the request path compared '
  'with \'/\' to validate the URL shape; a delimiter.', NS)
S(R, P, 134, '== "info_hash"', 'yes', 'worker::work: query parameter name compared with "info_hash" while parsing a scrape; a '
  'parameter name.', NS)
S(R, P, 198, '==', 'yes', 'worker::work: HTTP version string compared with "1.0" to decide keep-alive; a protocol '
  'constant.', NS)
S(R, P, 200, '!=', 'yes', 'worker::work: Connection header value compared with "Keep-Alive"; a protocol constant.',
  NS)
S(R, P, 215, '==', 'no', 'worker::work: the passkey from the request path of an /update request compared with the '
  'configured site_password (the shared secret the site uses to push user/torrent changes) with std::string == '
  '(early exit).')
S(R, P, 223, '==', 'no', 'worker::work: the passkey from the request path of a /report request compared with the '
  'configured report_password with std::string == (early exit).')
S(R, P, 769, '==', 'yes', 'worker::update: the action parameter compared with "change_passkey"; a command name '
  '(the request was already authenticated by the site_password check).', NS)

# ---------------- swift/swift (Swiften XMPP library and the Limber test server; C++) ----------------
R = 'swift/swift'
P = 'Swiften/SASL/SCRAMSHA1ClientAuthenticator.cpp'
S(R, P, 80, '!=', 'yes', 'setChallenge: the client-nonce prefix echoed in the server-first-message compared with '
  'the nonce the client sent in clear; a public nonce.', NS)
S(R, P, 113, '==', 'no', 'setChallenge (Proof step): the server-final-message compared with "v=" + '
  'base64(ServerSignature), the HMAC-SHA1 of the auth message under the password-derived ServerKey, with '
  'ByteArray (std::vector) == (early exit).')
P = 'Swiften/SASL/DIGESTMD5ClientAuthenticator.cpp'
S(R, P, 83, '!=', 'yes', 'setChallenge: the charset directive of the DIGEST-MD5 challenge compared with "utf-8"; a '
  'protocol constant.', NS)
P = 'Limber/Server/SimpleUserRegistry.cpp'
S(R, P, 16, '==', 'no', 'isValidUserPassword: the stored plaintext password compared with the SASL PLAIN password '
  'the client sent with SafeByteArray (std::vector) == (early exit).')
P = 'Limber/Server/ServerFromClientSession.cpp'
S(R, P, 51, '==', 'yes', 'handleElement: SASL mechanism name of the auth request compared with "PLAIN" / '
  '"EXTERNAL"; a mechanism name.', NS)
S(R, P, 52, '==', 'yes', 'handleElement: SASL mechanism name compared with "EXTERNAL"; a mechanism name.', NS)

# ---------------- KaidanIM/gloox-git (gloox XMPP client library; C++) ----------------
R = 'KaidanIM/gloox-git'
P = 'src/clientbase.cpp'
S(R, P, 788, 'compare', 'yes', 'processSASLChallenge (DIGEST-MD5): the decoded challenge compared with the keyword '
  '"rspauth" to recognise the final challenge; a protocol keyword.', NS)
S(R, P, 963, '!=', 'no', 'processSASLSuccess: the ServerSignature from the server\'s success message (v=...) '
  'compared with m_serverSignature, the HMAC-SHA1 under the password-derived ServerKey, with std::string != '
  '(early exit).')

# ---------------- odamex/odamex 0.9.5 (Doom multiplayer server; C++) ----------------
R = 'odamex/odamex'
P = 'server/src/sv_main.cpp'
S(R, P, 2098, '==', 'yes', 'SV_ConnectClient: the first long of a connect packet compared with LAUNCHER_CHALLENGE; a '
  'protocol constant.', NS)
S(R, P, 2104, '!=', 'yes', 'SV_ConnectClient: the first long compared with CHALLENGE; a protocol constant.', NS)
S(R, P, 2199, '!=', 'no', 'SV_ConnectClient: MD5 of the configured join_password compared with the password hash '
  'the client sent with std::string != (early exit).')
S(R, P, 4194, '==', 'no', 'SV_RConPassword: MD5(rcon_password + per-client digest) compared with the challenge '
  'response the client sent with std::string == (early exit); a match grants remote console access.')
S(R, P, 4348, '==', 'yes', 'SV_WantWad: MD5 of the WAD file in the current download compared with the MD5 the '
  'client asks for; a public content hash.', NS)
S(R, P, 4365, '== md5', 'yes', 'SV_WantWad: MD5 of a loaded WAD compared with the MD5 the client requests; a '
  'public content hash.', NS)

# ---------------- redboltz/mqtt_cpp (MQTT library, broker security; C++) ----------------
R = 'redboltz/mqtt_cpp'
P = 'include/mqtt/broker/security.hpp'
S(R, P, 166, 'iequals', 'no', 'security::login: the configured SHA-256 digest compared with sha256(salt + password '
  'the client sent) with boost::iequals (case-insensitive, early exit).')
S(R, P, 183, '==', 'no', 'security::login: the configured plain password compared with the password the client '
  'sent with std::string == (early exit).')
S(R, P, 195, '==', 'yes', 'get_auth_type: authorization type word from the config file compared with "allow"; a '
  'keyword.', NS)
S(R, P, 325, '==', 'yes', 'load_json: authentication method from the config file compared with "sha256"; a '
  'keyword.', NS)
S(R, P, 332, '==', 'yes', 'load_json: authentication method compared with "plain_password"; a keyword.', NS)

# ---------------- keepassxreboot/keepassxc (password manager; C++ / Qt5) ----------------
R = 'keepassxreboot/keepassxc'
P = 'src/format/Kdbx4Reader.cpp'
S(R, P, 66, '!=', 'yes', 'readDatabaseImpl: sizes of the header checksum and header HMAC read from the file '
  'compared with 32; lengths.', NS)
S(R, P, 70, '!=', 'yes', 'readDatabaseImpl: unkeyed SHA-256 of the header compared with the checksum stored in the '
  'file; an integrity hash of public data, not a MAC.', NS)
S(R, P, 77, '!=', 'no', 'readDatabaseImpl: the header HMAC-SHA256 stored in the KDBX 4 file compared with the HMAC '
  'under the key derived from the master key with QByteArray != (early exit).')
P = 'src/streams/HmacBlockStream.cpp'
S(R, P, 130, '!=', 'yes', 'readHashedBlock: size of the block HMAC read from the stream compared with 32; a '
  'length.', NS)
S(R, P, 162, '!=', 'no', 'readHashedBlock: per-block HMAC-SHA256 stored in the file compared with the HMAC computed '
  'under the block key with QByteArray != (early exit).')
P = 'src/format/OpData01.cpp'
S(R, P, 99, '!=', 'yes', 'OpData01::decode: number of HMAC bytes read compared with the expected length; a length.',
  NS)
S(R, P, 106, '!=', 'no', 'OpData01::decode: HMAC-SHA256 of the opdata01 blob under the vault MAC key compared with the '
  'HMAC stored in it with QByteArray != (early exit).')
P = 'src/format/OpVaultReaderBandEntry.cpp'
S(R, P, 63, '!=', 'yes', 'decryptBandEntry: size of the decoded key blob compared with the expected '
  '112; a length.', NS)
S(R, P, 71, '!=', 'no', 'decryptBandEntry: HMAC-SHA256 of an OpVault entry key blob under the master MAC key compared '
  'with the HMAC stored in the blob with QByteArray != (early exit).')

# ---------------- weidai11/cryptopp (Crypto++; C++) ----------------
R = 'weidai11/cryptopp'
CT = 'Constant-time compare.'
VBE = 'VerifyBufsEqual (misc.cpp 218-262) ORs the XOR of every word / byte pair into an accumulator, no early exit.'
P = 'misc.cpp'
S(R, P, 230, '|=', 'yes', 'VerifyBufsEqual: 64-bit XOR-OR accumulate over both buffers (x86-64 branch), no early '
  'exit; the constant-time compare behind every MAC / signature verification in the library.', CT)
S(R, P, 255, '|=', 'yes', 'VerifyBufsEqual: byte-wise XOR-OR accumulate over the tail, no early exit.', CT)
P = 'cryptlib.cpp'
S(R, P, 412, 'VerifyBufsEqual', 'yes', 'HashTransformation::TruncatedVerify: the (truncated) MAC or digest the caller '
  'supplies compared with the computed one via VerifyBufsEqual. ' + VBE, CT)
P = 'default.cpp'
S(R, P, 209, 'VerifyBufsEqual', 'yes', 'DataDecryptor::CheckKey: the decrypted key check block compared with the '
  'hash of the passphrase and salt via VerifyBufsEqual (wrong-passphrase check). ' + VBE, CT)
P = 'pubkey.cpp'
S(R, P, 34, 'VerifyBufsEqual', 'yes', 'PK_DeterministicSignatureMessageEncodingMethod::VerifyMessageRepresentative: '
  'the signature\'s message representative compared with the recomputed one via VerifyBufsEqual. ' + VBE, CT)

_labels.write(__file__, 'webhook70')
