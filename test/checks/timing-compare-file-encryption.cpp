// Encrypted files and archives checked on open: a password database's
// HMAC object finishes into a local array compared with the one stored at
// the end of the file; an older format's hash of the password and a random
// block against the stored hash, read through a cast. Not secrets: a key
// cache's equality of two entries of one class, a COM interface's id named
// for a password, and a plain SHA-256 checksum written into a buffer named
// `digest`.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstdio>
#include <cstring>
#include <string>

template <class H, int HashLen, int BlockSize> class HMAC {
public:
  void Update(const unsigned char *in, unsigned long n);
  void Final(unsigned char digest[HashLen]);
};
struct SHA256 {};

class PWSfileV3 {
  HMAC<SHA256, 32, 64> m_hmac;
  FILE *m_fd = nullptr;

public:
  int Close() {
    unsigned char digest[32];
    m_hmac.Final(digest);
    unsigned char d[32];
    if (std::fread(d, sizeof(d), 1, m_fd) == 1 &&
        std::memcmp(d, digest, 32) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the computed MAC 'digest' is compared with 'memcmp'
      return 0;
    return 1;
  }
};

void GenRandhash(const std::string &passwd, const unsigned char *stuff,
                 unsigned char *hash);
bool CheckPasskey(FILE *in, const std::string &passwd) {
  unsigned char randstuff[8], randhash[20], temphash[20];
  if (std::fread(randstuff, 1, sizeof(randstuff), in) != sizeof(randstuff) ||
      std::fread(randhash, 1, sizeof(randhash), in) != sizeof(randhash))
    return false;
  GenRandhash(passwd, randstuff, temphash);
  return std::memcmp(reinterpret_cast<char *>(randhash),
                     reinterpret_cast<char *>(temphash), 20) == 0;
  // CHECK: :[[@LINE-2]]:10: warning: the secret is compared with 'memcmp'
}

// A key cache: an entry's password against another entry's.
class CKeyInfo {
  unsigned SaltSize = 0;
  unsigned char Salt[16];
  std::string Password;

public:
  bool IsEqualTo(const CKeyInfo &a) const {
    if (SaltSize != a.SaltSize)
      return false;
    return Password == a.Password;
  }
};

// COM's QueryInterface: interface ids, whatever they are named after.
struct GUID {
  unsigned long Data1;
  bool operator==(const GUID &other) const;
};
extern const GUID IID_ICryptoSetPassword, IID_IUnknown;
bool QueryCryptoInterface(const GUID &iid) {
  return iid == IID_ICryptoSetPassword || iid == IID_IUnknown;
}

// A checksum of a header's check value: SHA-256 of public bytes, into a
// buffer named `digest`.
struct CSha256 {};
void Sha256_Init(CSha256 *p);
void Sha256_Update(CSha256 *p, const unsigned char *data, unsigned long n);
void Sha256_Final(CSha256 *p, unsigned char *digest);
bool CheckSumMatches(const unsigned char *p) {
  unsigned char check[8], digest[32];
  std::memcpy(check, p, sizeof(check));
  CSha256 sha;
  Sha256_Init(&sha);
  Sha256_Update(&sha, check, sizeof(check));
  Sha256_Final(&sha, digest);
  return std::memcmp(digest, p + sizeof(check), 4) == 0;
}

// An archive's password check value: PBKDF2 words folded into a member
// array, compared with the one the archive stores. Not secrets: the salt and
// the iteration count compared in the same check, to reuse a cached key.
class CRar5Decoder {
  unsigned _numIterationsLog;
  unsigned char _salt[16];
  unsigned _check32[2];
  unsigned _check_Calced32[2];
  unsigned char _cachedSalt[16];
  unsigned _cachedIterationsLog;
  void DeriveKey();

public:
  bool CalcKey_and_CheckPassword() {
    if (_cachedIterationsLog != _numIterationsLog ||
        memcmp(_cachedSalt, _salt, sizeof(_salt)) != 0)
      DeriveKey();
    return memcmp(_check_Calced32, _check32, sizeof(_check32)) == 0;
    // CHECK: :[[@LINE-1]]:12: warning: the secret '_check_Calced32' is compared with 'memcmp'
  }
};

// A version-3 database's stretched passphrase, hashed by a hash object,
// against the hash stored in the header.
struct Sha256Hash {
  void Update(const unsigned char *data, unsigned n);
  void Final(unsigned char digest[32]);
};
void StretchKey(const unsigned char *salt, unsigned saltLen,
                const std::string &passkey, unsigned N, unsigned char *Ptag);
struct PWSfileV3Header {
  static int CheckPasskey(FILE *fd, const std::string &passkey);
};
int PWSfileV3Header::CheckPasskey(FILE *fd, const std::string &passkey) {
  unsigned char salt[32], usedPtag[32], HPtag[32], readHPtag[32];
  if (fread(salt, 1, sizeof(salt), fd) != sizeof(salt))
    return -1;
  StretchKey(salt, sizeof(salt), passkey, 2048, usedPtag);
  Sha256Hash H;
  H.Update(usedPtag, 32);
  H.Final(HPtag);
  if (fread(readHPtag, 1, sizeof(readHPtag), fd) != sizeof(readHPtag))
    return -1;
  if (memcmp(readHPtag, HPtag, sizeof(readHPtag)) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'readHPtag' is compared with 'memcmp'
    return 1;
  return 0;
}
