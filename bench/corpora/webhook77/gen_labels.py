#!/usr/bin/env python3
# Hand-written labels (from reading the code; Faultline was not run). Writes labels.jsonl (here and in
# /work/corpora/webhook77). Every label names the token on its line: the 1-based byte column of that token and
# the SHA-1 of the line are computed from the extracted file (labellib.TokenLabels), and the script fails if the
# line lacks the token.
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import TokenLabels, NS  # noqa: E402

C = {
 'ArtifexSoftware/mupdf': '2db2083b60acfeb12bf492cca24d7e3f3aa9ea5c',
 'freedesktop/poppler': '13c95f251bf47068a3c083bf038cab86fea7f570',
 'qpdf/qpdf': 'dfd251125cadb59fe04836f9197c3ef94f99cf55',
 'libarchive/libarchive': '4fe6c584b6e5d0028877b3b58872e5474629bc74',
 'ip7z/7zip': '5e96a8279489832924056b1fa82f29d5837c9469',
 'vgough/encfs': 'aa106e6eddcc16ce7f763c63e5f20dd9eb7f0f52',
 'pwsafe/pwsafe': '12d4b62bd33c661685e0f61d7160a0131e11808c',
}
ROOT = '/work/corpora/webhook77/src'

_labels = TokenLabels(ROOT, 'wh77', C)
S = _labels.S
CT = 'Constant-time compare.'
EE = ' (early exit).'

# ---------------- ArtifexSoftware/mupdf (PDF library, standard security handler; C) ----------------
R = 'ArtifexSoftware/mupdf'
P = 'source/pdf/pdf-crypt.c'
S(R, P, 85, 'pdf_name_eq', 'yes', 'pdf_new_crypt: /Filter name of the encryption dictionary compared with '
  '/Standard (security handler name).', NS)
S(R, P, 92, '!=', 'yes', 'pdf_new_crypt: /V version field of the encryption dictionary compared with the known '
  'versions.', NS)
S(R, P, 663, 'memcmp', 'no', 'pdf_authenticate_user_password (R2/R5/R6): value computed from the supplied user '
  'password compared with the 32-byte /U password hash using memcmp' + EE)
S(R, P, 665, 'memcmp', 'no', 'pdf_authenticate_user_password (R3/R4): value computed from the supplied user '
  'password compared with the first 16 bytes of /U using memcmp' + EE)
S(R, P, 748, 'memcmp', 'no', 'pdf_authenticate_owner_password (R5): SHA-256 hash of the supplied owner password '
  'compared with the /O owner password hash using memcmp' + EE)
S(R, P, 755, 'memcmp', 'no', 'pdf_authenticate_owner_password (R6): hardened hash of the supplied owner password '
  'compared with the /O owner password hash using memcmp' + EE)
S(R, P, 1117, '==', 'yes', 'is_signature: /Type of a dictionary compared with /Sig (object type name).', NS)

# ---------------- freedesktop/poppler (PDF library; C++) ----------------
R = 'freedesktop/poppler'
P = 'poppler/Decrypt.cc'
S(R, P, 95, 'memcmp', 'no', 'Decrypt::makeFileKey (R5/R6): SHA-256 / revision-6 hash of the supplied owner '
  'password compared with the /O owner password hash using memcmp' + EE)
S(R, P, 135, 'memcmp', 'no', 'Decrypt::makeFileKey (R5/R6): SHA-256 / revision-6 hash of the supplied user '
  'password compared with the /U user password hash using memcmp' + EE)
S(R, P, 261, 'memcmp', 'no', 'Decrypt::makeFileKey2 (R2): /U decrypted with the key derived from the supplied '
  'password compared with the password padding string (the user password verifier) using memcmp' + EE)
S(R, P, 277, 'memcmp', 'no', 'Decrypt::makeFileKey2 (R3): /U decrypted with the keys derived from the supplied '
  'password compared with MD5(padding || file ID) (the user password verifier) using memcmp' + EE)
P = 'poppler/SecurityHandler.cc'
S(R, P, 46, 'isName', 'yes', 'SecurityHandler::make: /Filter of the encryption dictionary compared with '
  '"Standard" (security handler name).', NS)
S(R, P, 169, 'strcmp', 'yes', 'StandardSecurityHandler::StandardSecurityHandler: /StmF and /StrF crypt filter names compared with each '
  'other (filter names).', NS)
S(R, P, 170, 'strcmp', 'yes', 'StandardSecurityHandler::StandardSecurityHandler: stream crypt filter name compared with "Identity".', NS)

# ---------------- qpdf/qpdf (PDF library; C++) ----------------
R = 'qpdf/qpdf'
P = 'libqpdf/QPDF_encryption.cc'
S(R, P, 586, 'memcmp', 'no', 'Encryption::check_user_password_V4: /U value computed from the supplied user '
  'password compared with the stored /U using memcmp' + EE)
S(R, P, 597, '==', 'no', 'Encryption::check_user_password_V5: hash_V5 of the supplied user password compared with '
  'the 32-byte /U hash with std::string ==' + EE)
S(R, P, 635, '==', 'no', 'Encryption::check_owner_password_V5: hash_V5 of the supplied owner password compared '
  'with the 32-byte /O hash with std::string ==' + EE)
S(R, P, 785, '!=', 'yes', 'EncryptionParameters::initialize: /Filter name compared with "/Standard" (security handler '
  'name).', NS)
S(R, P, 874, '==', 'yes', 'EncryptionParameters::initialize: crypt filter method /CFM compared with "/V2" (algorithm '
  'name).', NS)
S(R, P, 1041, '==', 'yes', 'QPDF::decryptStream: stream /Type compared with "/XRef" (object type name).', NS)

# ---------------- libarchive/libarchive (zip reader; C) ----------------
R = 'libarchive/libarchive'
P = 'libarchive/archive_read_support_format_zip.c'
S(R, P, 1137, 'memcmp', 'yes', 'zip_read_local_file_header: local file header signature compared with "PK\\3\\4" '
  '(magic bytes).', NS)
S(R, P, 1311, '!=', 'yes', 'zip_read_local_file_header: CRC-32 of the local header compared with the central '
  'directory CRC-32 (consistency check of plain metadata).', NS)
S(R, P, 1506, 'memcmp', 'no', 'check_authentication_code: WinZip AES HMAC-SHA1 authentication code of the entry '
  'compared with the computed HMAC using memcmp' + EE)
S(R, P, 3477, '!=', 'yes', 'archive_read_format_zip_read_data: CRC-32 of the decompressed plain data '
  'compared with the stored CRC-32.', NS)

# ---------------- ip7z/7zip (archiver crypto; C++) ----------------
R = 'ip7z/7zip'
S(R, 'CPP/7zip/Crypto/WzAes.cpp', 112, '!=', 'no', 'CompareArrays (the helper that WinZip AES uses for the '
  'password verification value and the HMAC-SHA1 authentication code): byte loop with return on the first '
  'mismatch' + EE)
P = 'CPP/7zip/Crypto/Rar5Aes.cpp'
S(R, P, 85, '!=', 'yes', 'CDecoder::SetDecoderProps: KDF iteration count from the header compared with the cached '
  'one (a public parameter).', NS)
S(R, P, 93, 'memcmp', 'yes', 'CDecoder::SetDecoderProps: salt from the header compared with the cached salt (a '
  'public value; decides whether to re-derive the key).', NS)
S(R, P, 119, 'memcmp', 'yes', 'CDecoder::SetDecoderProps: SHA-256 checksum of the PswCheck field compared with '
  'the stored checksum (integrity of header bytes, both public).', NS)
S(R, P, 268, 'memcmp', 'no', 'CDecoder::CalcKey_and_CheckPassword: password check value derived from the supplied '
  'password (PBKDF2) compared with the PswCheck value of the archive using memcmp' + EE)
S(R, 'CPP/7zip/Crypto/ZipStrong.cpp', 128, '!=', 'yes', 'CDecoder::Init_and_CheckPassword: format field of the '
  'decryption header compared with 3.', NS)
S(R, 'CPP/7zip/Crypto/7zAes.cpp', 34, '!=', 'yes', 'CKeyInfo::IsEqualTo: salt bytes of two key-cache entries '
  'compared (public salt).', NS)

# ---------------- vgough/encfs (FUSE encrypted filesystem, 1.9.x C++ tree) ----------------
R = 'vgough/encfs'
S(R, 'encfs/SSL_Cipher.cpp', 395, '==', 'yes', 'SSL_Cipher::SSL_Cipher: interface version compared with 1.', NS)
S(R, 'encfs/SSL_Cipher.cpp', 604, '!=', 'no', 'SSL_Cipher::readKey: HMAC-derived 32-bit checksum of the decrypted '
  'volume key compared with the stored checksum with != (the password check of the volume key).')
S(R, 'encfs/MACFileIO.cpp', 188, '^', 'yes', 'MACFileIO::readOneBlock: per-block MAC compared by OR-ing the XOR '
  'of each byte (no early exit).', CT)
S(R, 'encfs/BlockNameIO.cpp', 255, '!=', 'no', 'BlockNameIO::decodeName: 16-bit MAC of the decrypted file name '
  'compared with the MAC stored in the encoded name with !=.')
S(R, 'encfs/StreamNameIO.cpp', 184, '!=', 'no', 'StreamNameIO::decodeName: 16-bit MAC of the decrypted file name '
  'compared with the MAC stored in the encoded name with !=.')

# ---------------- pwsafe/pwsafe (Password Safe core; C++) ----------------
R = 'pwsafe/pwsafe'
P = 'src/core/PWSfileV3.cpp'
S(R, P, 143, 'memcmp', 'no', 'PWSfileV3::Close (read): HMAC-SHA256 of the database read from the file compared '
  'with the computed HMAC using memcmp' + EE)
S(R, P, 177, 'memcmp', 'yes', 'PWSfileV3::SanityCheck: file tag compared with "PWS3" (magic bytes).', NS)
S(R, P, 195, 'memcmp', 'yes', 'PWSfileV3::SanityCheck: end-of-file block compared with the TERMINAL_BLOCK '
  'constant (format marker).', NS)
S(R, P, 257, 'memcmp', 'no', 'PWSfileV3::CheckPasskey: SHA-256 of the stretched passphrase key compared with the '
  'stored H(P\') using memcmp' + EE)
S(R, P, 1014, 'memcmp', 'yes', 'PWSfileV3::IsV3x: file tag compared with "PWS3" (magic bytes).', NS)
P = 'src/core/PWSfileV4.cpp'
S(R, P, 186, 'memcmp', 'no', 'PWSfileV4::Close (read): HMAC-SHA256 of the database compared with the computed '
  'HMAC using memcmp' + EE)
S(R, P, 866, 'memcmp', 'no', 'PWSfileV4::VerifyKeyBlocks: HMAC over the key blocks (keyed with the unwrapped '
  'key L) compared with the stored end-of-keyblocks value using memcmp' + EE)
S(R, P, 877, 'memcmp', 'yes', 'PWSfileV4::EndKeyBlocks: SHA-256 of the file nonce compared with the next 32 bytes '
  'to find the end of the key blocks (a public marker).', NS)
P = 'src/core/PWSfile.cpp'
S(R, P, 476, 'memcmp', 'no', 'PWSfile::Decrypt: SHA-1 based randhash of the supplied password compared with the '
  'stored randhash (V1/V2 password check) using memcmp' + EE)
S(R, P, 643, 'memcmp', 'yes', 'PWSFileSig::operator==: SHA-256 of the file contents compared with an earlier '
  'one (change detection, not a secret).', NS)
S(R, 'src/core/PWSfileV1V2.cpp', 224, 'memcmp', 'no', 'PWSfileV1V2::CheckPasskey: randhash of the supplied '
  'passphrase compared with the stored randhash using memcmp' + EE)
S(R, 'src/core/PWScore.cpp', 1068, 'memcmp', 'no', 'PWScore::CheckPasskey (no file): supplied passphrase, '
  'encrypted with the session key, compared with the stored encrypted passphrase using memcmp' + EE)

_labels.write(__file__, 'webhook77')
