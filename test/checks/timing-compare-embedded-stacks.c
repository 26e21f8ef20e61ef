// Embedded network stacks: an SNMP agent's community strings, an SNMPv3
// HMAC built by hand (key ^ 0x36, key ^ 0x5C) and checked byte by byte, a
// TLS Finished hash and the verify data kept for renegotiation against the
// bytes of a received packet, BACnet's password compared by a project
// comparer named `..._same`, and a REPL's password read into a buffer
// named for a file name while in the password state. Not reported: a
// WebSocket client's check of Sec-WebSocket-Accept (a hash of a nonce sent
// in clear), an OTA image's unkeyed checksum against the `sign` the
// server announced, and an IoT shadow's `client_token` (a correlation id).
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

typedef unsigned char UCHAR;
typedef unsigned int UINT;

typedef struct sha1_ctx {
  unsigned int state[5];
  UCHAR buffer[64];
} SHA1_CTX;
void _stk_sha1_initialize(SHA1_CTX *ctx);
void _stk_sha1_update(SHA1_CTX *ctx, const UCHAR *data, UINT n);
void _stk_sha1_digest_calculate(SHA1_CTX *ctx, UCHAR *digest);

typedef struct snmp_key {
  UCHAR snmp_security_key[20];
} SNMP_KEY;

typedef struct snmp_agent {
  UCHAR agent_public_community_string[32];
  UCHAR agent_private_community_string[32];
  SNMP_KEY *agent_v3_authentication_key;
  UCHAR agent_v3_security_authentication[12];
  SHA1_CTX agent_v3_sha_data;
} SNMP_AGENT;

UINT snmp_public_string_test(SNMP_AGENT *agent, const UCHAR *community_string,
                             UINT length) {
  if (memcmp(community_string, agent->agent_public_community_string, length))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'community_string' is compared with 'memcmp'
    return 1;
  return 0;
}

UINT snmp_private_string_test(SNMP_AGENT *agent, const UCHAR *community_string,
                              UINT length) {
  return memcmp(community_string, agent->agent_private_community_string,
                length) != 0;
  // CHECK: :[[@LINE-2]]:10: warning: the secret 'community_string' is compared with 'memcmp'
}

UINT snmp_v3_authenticate(SNMP_AGENT *agent, const UCHAR *message,
                          UINT length) {
  UCHAR key1[64], key2[64];
  UINT i;
  for (i = 0; i < 20; i++)
    key1[i] = agent->agent_v3_authentication_key->snmp_security_key[i];
  for (i = 20; i < 64; i++)
    key1[i] = 0;
  for (i = 0; i < 64; i++) {
    key2[i] = key1[i] ^ 0x5C;
    key1[i] = key1[i] ^ 0x36;
  }
  _stk_sha1_initialize(&agent->agent_v3_sha_data);
  _stk_sha1_update(&agent->agent_v3_sha_data, key1, 64);
  _stk_sha1_update(&agent->agent_v3_sha_data, message, length);
  _stk_sha1_digest_calculate(&agent->agent_v3_sha_data, key1);
  _stk_sha1_initialize(&agent->agent_v3_sha_data);
  _stk_sha1_update(&agent->agent_v3_sha_data, key2, 64);
  _stk_sha1_update(&agent->agent_v3_sha_data, key1, 20);
  _stk_sha1_digest_calculate(&agent->agent_v3_sha_data, key2);
  for (i = 0; i < 12; i++)
    if (key2[i] != agent->agent_v3_security_authentication[i])
      // CHECK: :[[@LINE-1]]:17: warning: the computed MAC 'key2' is compared with '!='
      return 1;
  return 0;
}

typedef struct tls_session {
  UCHAR tls_remote_verify_data[12];
  UCHAR tls_client_key[16];
  int tls_socket_type;
} TLS_SESSION;

UINT _stk_tls_finished_hash_generate(TLS_SESSION *session, UCHAR *label,
                                     UCHAR *generated);

UINT tls_process_finished(TLS_SESSION *session, const UCHAR *packet_buffer,
                          UINT length) {
  UCHAR generated_hash[12];
  if (length != 12)
    return 1;
  _stk_tls_finished_hash_generate(session, (UCHAR *)"client finished",
                                  generated_hash);
  memcpy(session->tls_remote_verify_data, generated_hash, 12);
  return memcmp(generated_hash, packet_buffer, 12) != 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'generated_hash' is compared with 'memcmp'
}

UINT tls_renegotiation_extension(TLS_SESSION *session,
                                 const UCHAR *packet_buffer, UINT offset) {
  return memcmp(&packet_buffer[offset], session->tls_remote_verify_data, 12) !=
         0;
  // CHECK: :[[@LINE-2]]:10: warning: the secret 'tls_remote_verify_data' is compared with 'memcmp'
}

// The session's own fields, neither secret: the socket's type.
UINT tls_socket_is(TLS_SESSION *session, const UCHAR *packet_buffer) {
  return packet_buffer[0] == session->tls_socket_type;
}

typedef struct {
  size_t length;
  char value[64];
} BACNET_CHARACTER_STRING;

int characterstring_ansi_same(const BACNET_CHARACTER_STRING *a, const char *b);
static char My_Password[32] = "filister";

int dcc_password_ok(const BACNET_CHARACTER_STRING *password_given) {
  BACNET_CHARACTER_STRING password = *password_given;
  if (characterstring_ansi_same(&password, My_Password))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'password' is compared with 'characterstring_ansi_same'
    return 1;
  return 0;
}

// Not a secret: the object's name.
int dcc_object_named(const BACNET_CHARACTER_STRING *object_name) {
  return characterstring_ansi_same(object_name, "Device");
}

enum repl_state { STATE_PASSWD, STATE_NORMAL };
struct repl_header {
  char fname[64];
};
struct repl {
  enum repl_state state;
  struct repl_header hdr;
  size_t data_to_recv;
};
static char repl_passwd[10];

int repl_read(struct repl *self, char c) {
  if (self->state == STATE_PASSWD) {
    if (c == '\r' || c == '\n') {
      self->hdr.fname[self->data_to_recv] = 0;
      if (strcmp(self->hdr.fname, repl_passwd) != 0)
        // CHECK: :[[@LINE-1]]:11: warning: the secret 'repl_passwd' is compared with 'strcmp'
        return 0;
      self->state = STATE_NORMAL;
      return 1;
    }
    self->hdr.fname[self->data_to_recv++] = c;
    return 1;
  }
  // In the normal state the name is a file's.
  return strcmp(self->hdr.fname, "boot.py") == 0;
}

struct websocket_client {
  UCHAR websocket_client_key[24];
  SHA1_CTX websocket_client_sha1;
};
void base64_name(const UCHAR *in, UINT n, UCHAR *out);

UINT websocket_accept_ok(struct websocket_client *client,
                         const UCHAR *field_value) {
  UCHAR digest[20];
  UCHAR key[32];
  _stk_sha1_initialize(&client->websocket_client_sha1);
  _stk_sha1_update(&client->websocket_client_sha1, client->websocket_client_key,
                   24);
  _stk_sha1_update(&client->websocket_client_sha1,
                   (const UCHAR *)"258EAFA5-E914-47DA-95CA-C5AB0DC85B11", 36);
  _stk_sha1_digest_calculate(&client->websocket_client_sha1, digest);
  base64_name(digest, 20, key);
  return memcmp(field_value, key, 28) == 0;
}

typedef struct {
  unsigned char state[96];
} md5_context;
void ota_md5_finalize(md5_context *ctx, char *hex);
struct ota_handle {
  md5_context *md5;
  char *sign;
  char *sign_method;
};

int ota_image_ok(struct ota_handle *h_ota) {
  char md5_str[33];
  ota_md5_finalize(h_ota->md5, md5_str);
  return strcmp(h_ota->sign, md5_str) == 0;
}

struct shadow_request {
  char client_token[64];
};

int shadow_reply_matches(struct shadow_request *request,
                         const char *pClientToken) {
  return strcmp(request->client_token, pClientToken) == 0;
}
