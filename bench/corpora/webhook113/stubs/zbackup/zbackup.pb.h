// Hand-written stand-in for zbackup.pb.h, which protoc generates from zbackup.proto (webhook113).
// Declares only the EncryptionKeyInfo accessors encryption_key.cc uses (message EncryptionKeyInfo:
// salt, rounds, encrypted_key, key_check_input, key_check_hmac).
#ifndef ZBACKUP_PB_H_STUB
#define ZBACKUP_PB_H_STUB
#include <stdint.h>
#include <stddef.h>
#include <string>
class EncryptionKeyInfo {
public:
  const std::string & salt() const;
  void set_salt( const void * value, size_t size );
  uint32_t rounds() const;
  void set_rounds( uint32_t value );
  const std::string & encrypted_key() const;
  void set_encrypted_key( const void * value, size_t size );
  const std::string & key_check_input() const;
  void set_key_check_input( const void * value, size_t size );
  const std::string & key_check_hmac() const;
  void set_key_check_hmac( const std::string & value );
};
#endif
