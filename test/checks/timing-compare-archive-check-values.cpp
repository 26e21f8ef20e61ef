// RAR5's password check value, named so: a key setup method given the
// password object fills it, and the archive's stored copy is compared with
// it. Not reported: the header's CRC of public bytes.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstring>

typedef unsigned char byte;
class SecPassword {
public:
  void Get(wchar_t *Psw, size_t MaxSize);

private:
  wchar_t Password[128];
};
struct CommandData {
  SecPassword Password;
};
class CryptData {
public:
  bool SetCryptKeys(bool Encrypt, int Method, SecPassword *Password,
                    const byte *Salt, const byte *InitV, unsigned Lg2Count,
                    byte *HashKey, byte *PswCheck);
};
struct CryptHeader {
  byte Salt[16], InitV[16], PswCheck[8];
  unsigned Lg2Count;
  bool UsePswCheck;
  unsigned HeadCRC;
};
unsigned crc32(const void *Data, size_t Size);

bool OpenEncryptedHeaders(CryptData &HeadersCrypt, CommandData *Cmd,
                          const CryptHeader &CryptHead, const byte *Raw,
                          size_t RawSize) {
  if (crc32(Raw, RawSize) != CryptHead.HeadCRC)
    return false;
  byte PswCheck[8];
  bool EncSet = HeadersCrypt.SetCryptKeys(
      false, 50, &Cmd->Password, CryptHead.Salt, CryptHead.InitV,
      CryptHead.Lg2Count, nullptr, PswCheck);
  if (EncSet && CryptHead.UsePswCheck &&
      memcmp(PswCheck, CryptHead.PswCheck, sizeof(PswCheck)) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'PswCheck' is compared with 'memcmp'
    return false;
  return EncSet;
}
