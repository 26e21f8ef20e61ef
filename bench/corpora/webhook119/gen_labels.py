#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook119). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'michaelrsweet/pdfio': '85d2f7bb8df18aa01fb20445fa76ab5ed5f973ea',
 'pmachapman/unrar': 'd8612461815f7feffcf7f1bf9c5942125b25c1b4',
 'skeeto/enchive': '54da5bf53f4501bff251448cce23f893d18143db',
 'bwalex/tc-play': '2d8d597a4879b4344bce4763883833f3489515bd',
 'podofo/podofo': '57994849af23eddc3a818fb56a2ae3ffc4c8cdbd',
 'aperezdc/signify': '133c411404447c761b167be4118fc0dad01d30d4',
}
ROOT = '/work/corpora/webhook119/src'

_labels = TokenLabels(ROOT, 'wh119', C)
S = _labels.S
CT = 'Constant-time compare.'

# ---------------- michaelrsweet/pdfio (PDF library: reads password-protected PDFs; C) ----------------
R = 'michaelrsweet/pdfio'
P = 'pdfio-crypto.c'
S(R, P, 609, 'strcmp', 'yes', '_pdfioCryptoUnlock: /Filter of the Encrypt dictionary compared with "Standard"; a '
  'security handler name.', NS)
S(R, P, 615, '==', 'yes', '_pdfioCryptoUnlock: /V version of the Encrypt dictionary compared with 4 (and /R with '
  '4); format versions.', NS)
S(R, P, 640, 'strcmp', 'yes', '_pdfioCryptoUnlock: stream crypt filter name compared with the string crypt filter '
  'name; public filter names.', NS)
S(R, P, 662, 'strcmp', 'yes', '_pdfioCryptoUnlock: crypt filter method /CFM compared with "V2"; an algorithm '
  'name.', NS)
S(R, P, 1109, 'memcmp', 'no', 'test_password (R2, 40-bit RC4): user key /U decrypted with the file key derived from '
  'the typed password compared with the password padding using memcmp (early exit); the PDF user/owner password '
  'check. (The `==` before it on the line compares the encryption type.)')
S(R, P, 1124, 'memcmp', 'no', 'test_password (R3/R4): decrypted user key /U compared with the user key computed '
  'from the file ID using memcmp (early exit); the PDF user/owner password check.')
P = 'pdfio-file.c'
S(R, P, 1681, 'strncmp', 'yes', 'create_common: requested PDF version compared with the '
  '"PDF/A-1" conformance prefix; a version string.', NS)
S(R, P, 2198, 'strcmp', 'yes', 'load_xref (xref stream object): token compared with the "stream" keyword; a PDF '
  'syntax keyword.', NS)

# ---------------- pmachapman/unrar (UnRAR source mirror; C++) ----------------
R = 'pmachapman/unrar'
S(R, 'arcread.cpp', 599, 'memcmp', 'no', 'Archive::ReadHeader50 (encrypted headers): RAR5 password check value '
  'derived (PBKDF2) from the typed password compared with the PswCheck stored in the archive using memcmp (early '
  'exit); the archive password verifier.')
S(R, 'arcread.cpp', 683, '!=', 'yes', 'Archive::ReadHeader50: stored header CRC32 compared with the CRC32 computed '
  'over the header bytes; a checksum of public data.', NS)
S(R, 'arcread.cpp', 755, 'memcmp', 'yes', 'Archive::ReadHeader50 (main crypt header): checksum bytes stored next to '
  'the PswCheck field compared with SHA-256 of that stored field (integrity of the header field, both values read '
  'from the archive); not a secret.', NS)
S(R, 'arcread.cpp', 1102, 'memcmp', 'yes', 'Archive::ProcessExtra50 (file crypt record): stored checksum compared '
  'with SHA-256 of the stored PswCheck field; integrity of public header data.', NS)
S(R, 'arcread.cpp', 1106, 'memcmp', 'yes', 'Archive::ProcessExtra50: stored PswCheck of a service header compared '
  'with eight zero bytes (RAR 5.21 wrote zeros there); a format quirk test on a field read from the archive.', NS)
S(R, 'extract.cpp', 616, 'memcmp', 'no', 'CmdExtract::ExtractCurrentFile: RAR5 password check value derived from '
  'the typed password compared with the file header\'s PswCheck using memcmp (early exit); the per-file password '
  'verifier.')
S(R, 'secpassword.cpp', 166, 'wcscmp', 'no', 'SecPassword::operator==: the two passwords decoded to plain text and '
  'compared with wcscmp (early exit); used by the RAR3/RAR5 KDF caches (crypt3.cpp 7, crypt5.cpp 143) to match '
  'the typed password against cached ones.')
S(R, 'hash.cpp', 37, 'memcmp', 'no', 'HashValue::operator== (BLAKE2): digest compared with memcmp (early exit); for '
  'encrypted files the value is the HashKey-keyed MAC of the data (DataHash::Cmp converts it before comparing). '
  'A finding on the CRC32 `==` two lines above (35, also a MAC for encrypted files) pairs with this label.')
S(R, 'hash.cpp', 282, '==', 'no', 'DataHash::Cmp: computed file hash, converted to a MAC with the password-derived '
  'HashKey when the file is encrypted, compared with the stored MAC via HashValue::operator== (CRC32 == or memcmp, '
  'early exit).')
S(R, 'archive.cpp', 103, '==', 'yes', 'Archive::IsSignature: first byte compared with 0x52 (\'R\' of the "Rar!" '
  'signature); a magic number.', NS)
S(R, 'archive.cpp', 115, '==', 'yes', 'Archive::IsSignature: format byte of the signature compared with 0 (RAR '
  '1.5-4.x); a format version.', NS)

# ---------------- skeeto/enchive (file encryption tool; C) ----------------
R = 'skeeto/enchive'
P = 'src/enchive.c'
S(R, P, 467, 'strncmp', 'yes', 'pinentry: greeting line compared with "OK"; a protocol '
  'keyword.', NS)
S(R, P, 475, 'strncmp', 'yes', 'pinentry: reply to SETPROMPT command compared with "OK"; a '
  'protocol keyword.', NS)
S(R, P, 483, 'strncmp', 'yes', 'pinentry: reply to GETPIN compared with "ERR "; a protocol keyword.', NS)
S(R, P, 991, 'memcmp', 'no', 'symmetric_decrypt: HMAC-SHA256 trailer of the archive compared with the HMAC computed '
  'over the plaintext using memcmp (early exit).')
S(R, P, 1161, '!=', 'yes', 'load_seckey: format version byte of the secret key file compared with '
  'ENCHIVE_FORMAT_VERSION.', NS)
S(R, P, 1174, 'memcmp', 'no', 'load_seckey: SHA-256 of the protection key returned by the key agent compared with '
  'the protection-key hash stored in the key file using memcmp (early exit).')
S(R, P, 1187, 'memcmp', 'no', 'load_seckey: SHA-256 of the protection key derived from the typed passphrase '
  'compared with the stored protection-key hash using memcmp (early exit); the passphrase check ("wrong '
  'passphrase").')
S(R, P, 1266, 'strncmp', 'yes', 'parse_command: command-line verb compared with the command names; not a '
  'secret.', NS)
S(R, P, 1585, 'strcmp', 'yes', 'command_extract: file name suffix compared with ".enchive"; a file name.', NS)
S(R, P, 1609, 'memcmp', 'no', 'command_extract: IV of the archive compared with SHA-256 of the X25519 shared secret '
  '(key check value: "invalid master key") using memcmp (early exit).')

# ---------------- bwalex/tc-play (TrueCrypt/VeraCrypt volume tool; C) ----------------
R = 'bwalex/tc-play'
S(R, 'hdr.c', 70, 'strcmp', 'yes', 'hdr_cfg_from_sig: header signature name ("TRUE" / "VERA") compared with the '
  'configured signatures; a format tag.', NS)
S(R, 'hdr.c', 121, 'memcmp', 'yes', 'verify_hdr: magic of the decrypted volume header compared with the PRF '
  'algorithm\'s signature ("TRUE"/"VERA"); a magic number (the password check proper is the key CRC at 129).', NS)
S(R, 'hdr.c', 129, '!=', 'no', 'verify_hdr: CRC32 computed over the decrypted master key area compared with the '
  'CRC32 stored in the decrypted header (a key checksum that decides whether the password / keyfiles are right) '
  'with `!=`.')
S(R, 'safe_mem.c', 121, 'memcmp', 'yes', '_free_safe_mem: guard signature of the allocation compared with '
  '"SAFEMEM"; a canary/magic, not a secret.', NS)

# ---------------- podofo/podofo (PDF library, reads and writes encrypted PDFs; C++17) ----------------
R = 'podofo/podofo'
P = 'src/podofo/main/PdfEncrypt.cpp'
CK = (' CheckKey (608) is a byte loop that stops at the first mismatch (`success &&` in the loop '
      'condition).')
S(R, P, 70, 'memcmp', 'no', 'PdfRC4Stream: RC4 object key compared with the key of the last initialised RC4 '
  'state (rc4key cache) using std::memcmp (early exit); both are encryption keys.')
S(R, P, 425, '!=', 'yes', 'PdfEncrypt::CreateFromObject: /Filter name compared with "Standard"; a security handler '
  'name.', NS)
S(R, P, 608, '==', 'no', 'PdfEncrypt::CheckKey: computed user key / password hash compared with the /U or /O value '
  'byte by byte with an early exit (loop condition `success && k < keyLength`).')
S(R, P, 909, '==', 'yes', 'PdfEncryptMD5Base::CreateObjKey: algorithm compared with AESV2; an algorithm id.', NS)
S(R, P, 1049, 'CheckKey', 'no', 'PdfEncryptRC4::Authenticate: user key computed from the password compared with '
  '/U (user password check).' + CK)
S(R, P, 1060, 'CheckKey', 'no', 'PdfEncryptRC4::Authenticate: user key computed via the owner password compared '
  'with /U (owner password check).' + CK)
S(R, P, 1137, '==', 'yes', 'PdfEncryptRC4 constructor: requested key length compared with Unknown; a length.', NS)
S(R, P, 1296, 'CheckKey', 'no', 'PdfEncryptAESV2::Authenticate: user key computed from the password compared with '
  '/U (user password check).' + CK)
S(R, P, 1307, 'CheckKey', 'no', 'PdfEncryptAESV2::Authenticate: user key computed via the owner password compared '
  'with /U (owner password check).' + CK)
S(R, P, 1778, 'CheckKey', 'no', 'PdfEncryptAESV3::Authenticate: SHA-256/Algorithm 2.B hash of the password and '
  'the user validation salt compared with the first 32 bytes of /U.' + CK)
S(R, P, 1795, 'CheckKey', 'no', 'PdfEncryptAESV3::Authenticate: hash of the password, owner validation salt and '
  '/U compared with the first 32 bytes of /O (owner password check).' + CK)

# ---------------- aperezdc/signify (portable OpenBSD signify: Ed25519 signing tool; C) ----------------
R = 'aperezdc/signify'
P = 'signify.c'
S(R, P, 133, 'memcmp', 'yes', 'parseb64file: first line compared with the "untrusted comment: " header; a format '
  'prefix.', NS)
S(R, P, 147, 'memcmp', 'yes', 'parseb64file: algorithm tag of the decoded key/signature compared with "Ed"; an '
  'algorithm id.', NS)
S(R, P, 365, 'strcmp', 'yes', 'check_keyname_compliance: secret key file suffix compared with ".sec"; a file '
  'name.', NS)
S(R, P, 412, 'memcmp', 'yes', 'createsig: KDF algorithm tag of the encrypted secret key compared with "BK"; an '
  'algorithm id.', NS)
S(R, P, 423, 'memcmp', 'no', 'createsig: SHA-512 checksum of the secret key decrypted with the passphrase-derived '
  'key compared with the checksum stored in the key file using memcmp (early exit); the passphrase check '
  '("incorrect passphrase").')
S(R, P, 468, 'memcmp', 'yes', 'verifymsg: key number of the public key compared with the key number in the '
  'signature; a public key id.', NS)
S(R, P, 636, 'strcmp', 'yes', 'verifychecksum: checksum algorithm name compared with "SHA256"; an algorithm '
  'name.', NS)
S(R, P, 647, 'strcmp', 'yes', 'verifychecksum: hash listed in the signed checksum file compared with the hash of the '
  'file on disk; digests of public data.', NS)
S(R, 'crypto_api.c', 28, 'timingsafe_bcmp', 'yes', 'crypto_verify_32: 32-byte compare (Ed25519 R value) via '
  'timingsafe_bcmp (XOR-OR loop, no early exit).', CT)
S(R, 'timingsafe_bcmp.c', 27, '^', 'yes', 'timingsafe_bcmp: ORs the XOR of every byte pair into an accumulator, no '
  'early exit.', CT)
S(R, 'mod_ed25519.c', 129, 'crypto_verify_32', 'yes', 'crypto_sign_ed25519_open: R part of the signature compared '
  'with the recomputed point via crypto_verify_32 (timingsafe_bcmp).', CT)

_labels.write(__file__, 'webhook119')
