// REQUIRES: xdmcp-headers, pam-headers
// XDM-AUTHENTICATION-1 keys compared by libXdmcp's XdmcpCompareKeys, a
// byte loop that returns at the first difference (TurboVNC's Xvnc); a PAM
// module's token and the answers of its conversation against values
// written into the code (lightdm's test stand-in). Not secrets: a
// comparer of one field of two client records (judged where it is
// called), the user's name. Over the real libXdmcp and PAM headers
// (HASXDMAUTH as the X server builds them).
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -DHASXDMAUTH 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <X11/Xdefs.h>
#include <X11/Xdmcp.h>
#include <security/pam_appl.h>
#include <stdlib.h>
#include <string.h>

static XdmAuthKeyRec privateKey;
static XdmAuthKeyRec global_rho;

Bool XdmAuthenticationValidator(ARRAY8Ptr incomingData) {
  XdmAuthKeyPtr incoming;
  XdmcpUnwrap(incomingData->data, (unsigned char *)&privateKey,
              incomingData->data, incomingData->length);
  if (incomingData->length != 8)
    return FALSE;
  incoming = (XdmAuthKeyPtr)incomingData->data;
  XdmcpDecrementKey(incoming);
  return XdmcpCompareKeys(incoming, &global_rho);
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'incoming' is compared with 'XdmcpCompareKeys'
}

typedef struct _XdmClientAuth {
  XdmAuthKeyRec rho;
  char client[6];
} XdmClientAuthRec, *XdmClientAuthPtr;

static Bool XdmClientAuthCompare(const XdmClientAuthPtr a,
                                 const XdmClientAuthPtr b) {
  if (!XdmcpCompareKeys(&a->rho, &b->rho))
    return FALSE;
  for (int i = 0; i < 6; i++)
    if (a->client[i] != b->client[i])
      return FALSE;
  return TRUE;
}

struct fake_pam_handle {
  char *user;
  char *authtok;
};

int fake_pam_authenticate(struct fake_pam_handle *pamh,
                          struct pam_response *resp) {
  if (strcmp(pamh->user, "remote-user") != 0)
    return PAM_USER_UNKNOWN;
  pamh->authtok = strdup(resp[0].resp);
  if (strcmp(pamh->authtok, "password") != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'authtok' is compared with 'strcmp'
    return PAM_AUTH_ERR;
  return strcmp(resp[1].resp, "246810") == 0 ? PAM_SUCCESS : PAM_AUTH_ERR;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'resp' is compared with 'strcmp'
}

int use(XdmClientAuthPtr a, XdmClientAuthPtr b) {
  return XdmClientAuthCompare(a, b);
}
