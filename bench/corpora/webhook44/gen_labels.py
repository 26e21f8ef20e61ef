#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook44). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file, and the script fails if the line lacks the token
# or if two labels of one file are less than 3 lines apart.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'mumble-voip/mumble': '3616998b7859cb25a77439042bfbce77a65c7d1c',
 'ntpsec/ntpsec': 'fa2a47980ea6ce0c786e67f1f4928f5604b1184e',
 'mcu-tools/mcuboot': '2d4bacc3c15ebb6f91c28807fe6eb38b4ba98f77',
 'mbroz/cryptsetup': '38f95b7001c7680d29093e2a73aa389467deb9a0',
}
ROOT = '/work/corpora/webhook44/src'

_labels = TokenLabels(ROOT, 'wh44', C)
S = _labels.S
OSSL = 'Constant-time compare: OpenSSL CRYPTO_memcmp.'
MCT = ('Constant-time compare: bootutil_constant_time_compare (encrypted.c:68, OR-accumulate of XORed bytes over the '
       'whole length; the _compare override is not defined in this build).')
CCT = ('Constant-time compare: crypt_backend_memeq, which in the OpenSSL backend is CRYPTO_memcmp '
       '(lib/crypto_backend/crypto_openssl.c:950); the other backends use crypt_internal_memeq (XOR-OR loop) or '
       'mbedtls_ct_memcmp / nettle memeql_sec.')
FIH = ('boot_fih_memequal is `return memcmp(s1, s2, n)` with MCUBOOT_FIH_PROFILE_OFF (bootutil_misc.c:84) and a '
       'byte loop with early exit otherwise: not constant time, but both sides are public here.')

# ---------------- mumble-voip/mumble (murmur: user / server passwords, access tokens, OCB2 voice tag) -------------
R = 'mumble-voip/mumble'
P = 'src/murmur/Server.cpp'
S(R, P, 499, '==', 'yes', 'Server::setLiveConf: configuration key name compared with the literal "password" '
  '(the value assigned below is the server password, the compared string is only its name).', NS)
S(R, P, 1556, '==', 'yes', 'Server::newClient / ban check: SHA-1 digest of the client\'s TLS certificate compared '
  'with each banned certificate hash (certificate fingerprints are public).', NS)
S(R, P, 2625, '==', 'no', 'Server::authenticate: getLegacyPasswordHash(password sent by the client in the '
  'Authenticate message) compared with the stored SHA-1 password hash of the registered user with std::string '
  'operator== (memcmp, early exit).')
S(R, P, 2651, '==', 'no', 'Server::authenticate: PBKDF2::getHash(stored salt, password from the client) compared with '
  'the stored PBKDF2 password hash with std::string operator== (the operator sits on this line).')
S(R, P, 2665, '!=', 'yes', 'Server::authenticate: the user\'s stored kdfIterations compared with the configured '
  'iteration count (a public parameter, after the password matched).', NS)
P = 'src/murmur/Messages.cpp'
S(R, P, 236, '!=', 'no', 'Server::msgAuthenticate: configured server password (qsPassword) compared with the '
  'password of the client\'s Authenticate message (pw) with QString operator!=.')
S(R, P, 259, '!=', 'yes', 'Server::msgAuthenticate: certificate hash of the new connection compared with that of '
  'the already connected user of the same name (public certificate fingerprints).', NS)
S(R, 'src/Group.cpp', 147, 'contains', 'no', 'Group::appliesToUser: ACL group specification "#<token>" (a channel '
  'access token, i.e. channel password) looked up in the access tokens the client sent (QStringList::contains, '
  'string compare with early exit); see README, Doubts.')
S(R, 'src/crypto/CryptStateOCB2.cpp', 200, 'memcmp', 'no', 'CryptStateOCB2::decrypt: OCB2 authentication tag '
  'computed over the received UDP voice packet compared with the 3-byte tag carried in the packet, with memcmp.')

# ---------------- ntpsec/ntpsec (symmetric-key MACs, NTS) ----------------
R = 'ntpsec/ntpsec'
P = 'libntp/macencrypt.c'
S(R, P, 200, 'CRYPTO_memcmp', 'yes', 'cmac_decrypt: CMAC computed over the received packet with the shared key '
  'compared with the MAC appended by the peer.', OSSL)
S(R, P, 281, 'CRYPTO_memcmp', 'yes', 'digest_decrypt: keyed digest (key || packet) compared with the MAC of the '
  'received packet.', OSSL)
S(R, 'ntpd/ntp_proto.c', 550, 'memcmp', 'yes', 'receive: refid of a Kiss-o\'-Death packet compared with the kiss '
  'code "RATE" (after the MAC checks).', NS)
S(R, 'ntpd/nts_client.c', 605, 'memcmp', 'yes', 'nts_check_alpn: ALPN protocol negotiated in the NTS-KE TLS '
  'handshake compared with "ntske/1".', NS)
S(R, 'ntpd/nts_cookie.c', 389, 'memcmp', 'yes', 'nts_unpack_cookie: key id at the start of the cookie compared with '
  'the id (I) of each server cookie key, to pick the key (the id travels in clear in the cookie).', NS)
S(R, 'ntpd/nts_extens.c', 366, 'memcmp', 'yes', 'extens_client_recv: Unique Identifier extension of the response '
  'compared with the UID the client sent in clear in its request (anti-replay id, public on the wire).', NS)

# ---------------- mcu-tools/mcuboot (image hash, key hash, ECIES tag) ----------------
R = 'mcu-tools/mcuboot'
P = 'boot/bootutil/src/encrypted.c'
S(R, P, 76, '^', 'yes', 'bootutil_constant_time_compare: the XOR-OR accumulate loop itself (no early exit).', MCT)
S(R, P, 141, 'memcmp', 'yes', 'parse_ec256_enckey: algorithm OID of the device\'s private decryption key (PKCS#8) '
  'compared with the id-ecPublicKey OID constant (a format check).', NS)
S(R, P, 538, 'bootutil_constant_time_compare', 'yes', 'boot_decrypt_key (ECIES-P256): HMAC-SHA256 tag computed with '
  'the derived key over the wrapped image key compared with the tag in the image\'s TLV.', MCT)
S(R, 'boot/bootutil/src/image_validate.c', 354, 'boot_fih_memequal', 'yes', 'bootutil_img_validate: SHA-256 '
  'computed over the image compared with the hash TLV of the image; both are public (whoever supplies the image '
  'knows its hash), and the signature over the hash is checked separately.', NS + ' ' + FIH)
S(R, 'boot/bootutil/src/bootutil_find_key.c', 75, 'memcmp', 'yes', 'bootutil_find_key: SHA-256 of each built-in '
  'public key compared with the key-hash TLV of the image, to select the verification key (public-key hashes).', NS)

# ---------------- mbroz/cryptsetup (LUKS volume-key digests, header checksums) ----------------
R = 'mbroz/cryptsetup'
S(R, 'lib/luks1/keymanage.c', 970, 'crypt_backend_memeq', 'yes', 'LUKS_verify_volume_key: PBKDF2 digest of the '
  'candidate volume key (unlocked with the user\'s passphrase) compared with the mkDigest of the header.', CCT)
S(R, 'lib/luks2/luks2_digest_pbkdf2.c', 68, 'crypt_backend_memeq', 'yes', 'PBKDF2_digest_verify: PBKDF2 digest of '
  'the candidate volume key compared with the LUKS2 digest object.', CCT)
S(R, 'lib/crypto_backend/memutils.c', 58, '^', 'yes', 'crypt_internal_memeq: the XOR-OR accumulate loop (declared '
  '"constant time memory comparison", noinline, zero-regs).', 'Constant-time compare: XOR-accumulate loop.')
S(R, 'lib/crypto_backend/crypto_openssl.c', 950, 'CRYPTO_memcmp', 'yes', 'crypt_backend_memeq (OpenSSL backend): '
  'wrapper used for every volume-key digest check.', OSSL)
S(R, 'lib/luks2/luks2_disk_metadata.c', 110, 'memcmp', 'yes', 'hdr_checksum_check: checksum recomputed over the '
  'LUKS2 binary header and JSON area compared with the checksum stored in the header (an unkeyed integrity '
  'checksum of public on-disk metadata).', NS)
S(R, 'lib/verity/verity_hash.c', 384, 'crypt_backend_memeq', 'yes', 'VERITY_verify: computed dm-verity root hash '
  'compared with the expected root hash (public; constant time anyway).', CCT)


def _check_spacing(items):
    by = {}
    for it in items:
        by.setdefault((it['repo'], it['path']), []).append(it['line'])
    for k, ls in by.items():
        ls = sorted(ls)
        for a, b in zip(ls, ls[1:]):
            assert b - a >= 3, 'labels closer than 3 lines in %s: %d, %d' % (k, a, b)


_check_spacing(_labels.items)
_labels.write(__file__, 'webhook44')
