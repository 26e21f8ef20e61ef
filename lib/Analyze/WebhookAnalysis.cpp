//===--- WebhookAnalysis.cpp ----------------------------------------------===//

#include "Analyze/WebhookAnalysis.h"
#include "Analyze/AstQueries.h"
#include "Analyze/Members.h"
#include "Inventory/Points.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

using namespace clang;

namespace faultline {

namespace {

std::string calleeName(const Expr *E) {
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (const auto *ND = dyn_cast_or_null<NamedDecl>(CE->getCalleeDecl()))
      if (ND->getDeclName().isIdentifier())
        return ND->getName().str();
  return "";
}

/// `tokens`, `tokenizer`, `token_type`: a lexer's tokens, not a secret.
bool lexerToken(llvm::StringRef Name) {
  std::string L = Name.lower();
  if (L.find("token") == std::string::npos)
    return false;
  // The Quake engines' parser leaves the word it read in `com_token`.
  for (const char *Word : {"tokens", "tokeniz", "token_type", "tokentype",
                           "token_kind", "tokenkind", "token_count",
                           "tokencount", "token_id", "tokenid", "com_token"})
    if (L.find(Word) != std::string::npos)
      return true;
  return false;
}

} // namespace

namespace {
/// Named like the outcome of a check, not its value:
/// `signature_verification_error_category()`, `tokenStatus`.
bool outcomeName(llvm::StringRef Name) {
  static const llvm::Regex Outcome(
      "(^|_)(errors?|err|category|exception|status)$|"
      "[a-z0-9](Error|Errors|Category|Exception|Status)$");
  return Outcome.match(Name);
}

/// A name for a signature: `signature`, `sig`, and the `sign` parameter of
/// payment and device APIs (`sign`, `req_sign`, `reqSign`; not `design`,
/// `assign`).
bool signatureName(llvm::StringRef Name) {
  if (outcomeName(Name))
    return false;
  // `strSign1`, `sig2`: numbered copies are still signatures.
  Name = Name.rtrim("0123456789");
  static const llvm::Regex Word("signature|(^|_)sig$|(^|_)sign$|^signstr$",
                                llvm::Regex::IgnoreCase);
  static const llvm::Regex CamelSign("[a-z0-9]Sign$");
  return Word.match(Name) || CamelSign.match(Name);
}
} // namespace

/// The last word of a camel-case name, before an accessor's suffix
/// (`Conf_ServerPwd`: "pwd"; `GetSID`, `ActualSID_cstr`: "sid"); "" for
/// other names, which the regular expressions below read.
static std::string lastCamelWord(llvm::StringRef Name) {
  if (llvm::none_of(Name, llvm::isUpper) || llvm::none_of(Name, llvm::isLower))
    return "";
  std::vector<std::string> Words = nameWords(Name);
  while (Words.size() > 1 && (Words.back() == "cstr" || Words.back() == "str"))
    Words.pop_back();
  return Words.size() > 1 ? Words.back() : "";
}

static bool camelPasswordWord(llvm::StringRef Name) {
  std::string Last = lastCamelWord(Name);
  // DDNet's `m_SvReservedSlotsPass`, `RconPass`.
  return Last == "pwd" || Last == "pw" || Last == "passwd" || Last == "pass";
}

/// Named like a name or a label, not a value: `session_token_field`,
/// `secretName`, `token_type`, `GetName()`, `password_algorithm` (not a
/// path: `secret_path` is a secret URL's).
static bool labelName(llvm::StringRef Name) {
  // `ldap_attr_userpassword` names the directory attribute that holds one.
  // An algorithm's name or list (libjuice's `password_algorithms_value`).
  // A protocol's request for one (MaxScale's `password_request`, the
  // fixed bytes of PostgreSQL's AuthenticationCleartextPassword), or a
  // prompt, holds none.
  static const llvm::Regex Label(
      "(field|name|label|type|kind|desc|description)s?$|"
      // (Not a value by its one-letter key: librdkafka's SCRAM `attr_v`.)
      "(^|_)attr(ibute)?s?_[a-z0-9]{2}|algorithm|(^|_)(request|prompt)s?$",
      llvm::Regex::IgnoreCase);
  static const llvm::Regex CamelRequest("[a-z0-9](Request|Prompt)s?$");
  return Label.match(Name) || CamelRequest.match(Name);
}

/// Named like a public key (`expected_real_pk`, `pk_equal`, `peerPubKey`):
/// what it is compared with is public too.
static bool publicKeyName(llvm::StringRef Name) {
  static const llvm::Regex Pk("(^|_)pk(_|$)|[a-z0-9]Pk$");
  // An elliptic-curve point: Lightning's `per_commitment_point` and
  // `revocation_basepoint`, ptarmigan's `prev_commitpt`.
  static const llvm::Regex Point("point$|commit(ment)?_?pt$",
                                 llvm::Regex::IgnoreCase);
  // DNSSEC's DNSKEY record is a zone's public key (getdns's `dnskey`,
  // hashed to match its DS record).
  // A WebSocket handshake's key is a nonce sent in clear (NetX Duo's
  // `nx_websocket_client_key`, hashed with the RFC 6455 GUID).
  return Point.match(Name) || Name.contains_insensitive("publickey") ||
         Name.contains_insensitive("websocket") ||
         Name.contains_insensitive("dnskey") ||
         Name.contains_insensitive("public_key") ||
         Name.contains_insensitive("pubkey") ||
         Name.contains_insensitive("pub_key") || Pk.match(Name);
}

/// A record type that holds a password (tac_plus-ng's `struct pwdat`, its
/// `type` and `value`).
static bool passwordRecordName(llvm::StringRef Name) {
  static const llvm::Regex Record(
      "^(pw|pwd|pass|passwd|password)_?(dat|data|ent|entry|rec|record)$",
      llvm::Regex::IgnoreCase);
  return Record.match(Name);
}

namespace {
bool passwordName(llvm::StringRef Name);
} // namespace

/// \p Name in lower case with every \p Word taken out (`digest` of
/// `sha_digest`: `sha_`).
static std::string withoutWord(llvm::StringRef Name, llvm::StringRef Word) {
  std::string Rest = Name.lower();
  for (size_t At; (At = Rest.find(Word.str())) != std::string::npos;)
    Rest.erase(At, Word.size());
  return Rest;
}

bool secretName(llvm::StringRef Name) {
  // A member's decoration says nothing: `m_authorization`, `secret_`.
  if (Name.size() > 2 && Name.starts_with("m_"))
    Name = Name.drop_front(2);
  Name = Name.trim('_');
  // What names a secret's field, or a check's outcome, is no secret; nor
  // does a COM interface's id (7-Zip's `IID_ICryptoSetPassword`).
  static const llvm::Regex InterfaceId("^(IID|CLSID|DIID|LIBID|GUID)_");
  if (labelName(Name) || outcomeName(Name) || InterfaceId.match(Name))
    return false;
  // What identifies a credential is sent in clear for the peer to find it
  // (EDHOC's `ID_CRED_R`, COSE's `kid`), not the credential.
  static const llvm::Regex CredentialId("^(id|kid)_?cred",
                                        llvm::Regex::IgnoreCase);
  if (CredentialId.match(Name))
    return false;
  // An IoT shadow's or device-twin's `clientToken` (AWS, Tencent, Azure)
  // pairs a reply with its request: an id, echoed in clear.
  static const llvm::Regex CorrelationToken("client_?token$",
                                            llvm::Regex::IgnoreCase);
  if (CorrelationToken.match(Name))
    return false;
  static const llvm::Regex Secret(
      "secret|token|signature|^sig$|_sig$|hmac|digest|^mac$|_mac$|mac_|"
      "api[_-]?key|apikey|auth[_-]?key|authkey|password|passwd|"
      "hook_?key|signing_?key|shared_?key|cluster_?key|"
      // TLS's pre-shared key (tac_plus-ng's `tls_psk_key`), not its
      // identity.
      "psk_?key$|(^|_)psk$|"
      // `conf.credentials`, not `CREDENTIALS_HOST` or `credential_provider`;
      // `cred`, `creds`.
      "credentials?$|(^|_)creds?$|"
      "^pass$|_pass$|^pwd$|_pwd$|^pw$|_pw$|^pw_?hash|_pw_?hash|"
      // A password's check value (RAR5's `PswCheck`, derived from the
      // password and stored beside the salt).
      "(^|_)(psw|pwd|pass(word)?)_?check(_?value)?$|"
      // A password's hash in one word (pvpgn's `passhash`, `oldpasshash1`).
      "pass_?hash|"
      // A private tracker's passkey.
      "(^|_)pass_?key$|"
      // A role's password run together (`rconpass`) is passwordName's;
      // its hash too (SRB2's `adminpassmd5`).
      "(rcon|admin|master|server|oper)(pass|pw)_?(md5|sha1|sha256|hash)$|"
      // One letter says whose: ircu's channel `apass` (admin), `upass`.
      "^[a-z]pass$|"
      // Exim's `clearpass`: a password in clear.
      "(clear|plain)pass$|"
      // ... also the one a server built to expect (ArduinoOTA's
      // `_expectedAuthorization = "Basic " + base64Encode(...)`).
      // (Also spelt the British way: restbed's `authorisation`.)
      "^authori[sz]ation$|(expected|basic|bearer)_?authori[sz]ation$|"
      // A session's id and its CSRF token are bearer credentials too.
      "csrf|xsrf|^sid$|_sid$|session_?id|session_?key|"
      // ... and kcgi's numbered `skey4`, a stored H(A1).
      "^skey[0-9]*$|_skey[0-9]*$|"
      // ... also cut short (Netatalk's `seskey`, the user's password).
      "(^|_)ses_?key$|"
      // OAuth's `state`, kept to match the redirect: a CSRF token.
      "oauth_?state$|"
      // SCRAM's StoredKey and ServerKey: who knows them can log in.
      // Not a key's fingerprint or id (`server_keyfp`).
      "(^|_)stored_?key$|(^|_)server_?key$|"
      // ... and a login's proof of the password (SRP's M1 and M2, SCRAM's
      // ClientProof: pvpgn's `conn_get_client_proof(c)`), not a Merkle
      // proof or a proof of work.
      "(^|_)(client|server|password)_?proof$|"
      // HTTP Digest's HA1, MD5(user:realm:password): who has it can answer
      // any challenge.
      "(^|_)ha1$|(^|_)h?a1_?hash$|"
      // ... and the response it computes (OpenSIPS's `RespHash`).
      "(^|_)resp(onse)?_?hash$|"
      // So are the codes that admit a client, and one-time codes.
      // OAuth's authorization code (Domoticz's `AuthCode`).
      "invite_?code|access_?code|auth_?code$|authorization_?code$|totp|hotp|"
      "(^|_)otp(_|$)|backup_?codes?|"
      "recovery_?codes?|verif(y|ication)_?code|sms_?code|"
      // ... and the codes mailed to confirm an account or reset its
      // password (Anope's `passcode`).
      "pass_?code|(reset|confirm|confirmation|activation)_?codes?$|"
      // ... or a cookie: a value the server made unguessable and expects
      // back (X3's mailed activation cookie, a DTLS or SYN cookie).
      "(^|_)cookie$|"
      // ... or the hash a session cookie carries (Gargoyle's `cookie_hash`).
      "(^|_)cookie_?hash$|"
      // PAM's authentication token: the password typed (`pamh->authtok`).
      "(^|_)authtok$|"
      // A PIN stored for a login (not a GPIO pin: `led_pin`).
      "pin_?(hash|code)|pin_?(bytes|digits)$|"
      // A message integrity code (Bluetooth Mesh's NetMIC and TransMIC,
      // 802.11's MIC), not a microphone's gain; an authentication value
      // (Mesh's secure beacon); an authorization string a client must
      // present (BTstack's bond management `bm_authorization_string`).
      "(^|_)(net|trans|msg|message|rx|calc|expected|computed)?_?mic$|"
      "auth_?value$|"
      "authori[sz]ation_?(string|str|key|token)$|"
      // Mobile networks' AKA: the response a SIM computes from its key
      // (RES, RES*, GSM's SRES), the one the network expects (XRES,
      // HXRES*), and a MAC expected from the key (`xmac`).
      "(^|_)h?x?res_?star$|(^|_)h?xres$|(^|_)x?sres$|^xmac$|"
      // TLS's Finished verify data, kept for renegotiation (RFC 5746).
      "(local|remote|client|server|peer|own)_?verify_?data$",
      llvm::Regex::IgnoreCase);
  // ... in camel case (`netMic`, `transMic`), not `atomic`.
  static const llvm::Regex CamelMic("[a-z0-9]Mic$|^MIC$");
  if (signatureName(Name) || passwordName(Name) || CamelMic.match(Name))
    return true;
  // A routing protocol's simple password (OSPF's `auth_simple`, RIP's
  // `auth_str`, the packet's `auth_data`) and SNMP's community; in lower
  // case: pjsip's `pjsip_AUTH_STR` is the constant "auth".
  static const llvm::Regex ProtocolPassword(
      "(^|_)auth_?(str|string|data|simple)$|"
      "(^|_)(snmp_?)?community(_(read|write|ro|rw|get|set))?$|"
      // ... by its type too (NetX Duo's `nx_snmp_agent_public_community_
      // string`).
      "(^|_)community_?(string|str)$|"
      // Redis's AUTH password as a server or proxy keeps it (`requirepass`,
      // `masterauth`, twemproxy's `redis_auth`); not `require_auth`, a flag.
      "(^|_)(redis|master|sentinel|server|proxy|upstream|admin)_?auth$|"
      "requirepass$");
  if (ProtocolPassword.match(Name))
    return true;
  if (camelPasswordWord(Name) || lastCamelWord(Name) == "sid" ||
      lastCamelWord(Name) == "skey")
    return true;
  if (!lexerToken(Name))
    return Secret.match(Name);
  // A lexer's token list may still hold a secret by another word.
  return Secret.match(withoutWord(Name, "token"));
}

/// A name that says digest and nothing more secret (`digest`, `sha_digest`;
/// not `hmac_digest`, `pw_digest`): a checksum unless a key is seen to go
/// into it.
static bool digestOnlyName(llvm::StringRef Name) {
  return Name.contains_insensitive("digest") &&
         !secretName(withoutWord(Name, "digest"));
}

/// A key naming a digest by its algorithm (Tor's `"target-sha3-digest"`,
/// `"sha256_digest"`): a checksum of a document, public. Not a keyed one
/// (`"hmac-sha256"`).
static bool contentDigestKey(llvm::StringRef Key) {
  static const llvm::Regex Algorithm("sha-?[0-9]|md5|blake",
                                     llvm::Regex::IgnoreCase);
  static const llvm::Regex Keyed("hmac|mac|sig|auth|pass|secret|token",
                                 llvm::Regex::IgnoreCase);
  return Algorithm.match(Key) && Key.contains_insensitive("digest") &&
         !Keyed.match(Key);
}

/// The name a literal key (a header's, an argument's, a JSON field's) is
/// judged by with secretName: itself, but `auth` (`?auth=...`,
/// `json["auth"]`) carries a credential, though a variable named `auth` is
/// as often a flag or a handle.
static llvm::StringRef keyAsName(llvm::StringRef Key) {
  return Key.equals_insensitive("auth") ? "authorization" : Key;
}

namespace {

/// A password: the user's own in a form (`password != password_confirm`)
/// is no secret of the server's; a word searched for is never one.
bool passwordName(llvm::StringRef Name) {
  if (passwordRecordName(Name))
    return true;
  static const llvm::Regex Short(
      "^pass$|_pass$|(clear|plain)pass$|^pwd$|_pwd$|^pw$|_pw$|"
      // A role's password run together (a game server's `rconpass`,
      // `adminpass`, a MUD hub's `serverpw`).
      "(rcon|admin|master|server|room|oper|join|spec|spectator|game|lobby|"
      "host|owner|user|auth)(pass|pw)$",
      llvm::Regex::IgnoreCase);
  // ... or cut short (PoDoFo's padded `pswd`, `userpswd`, `pswd_sasl`).
  static const llvm::Regex Pswd("(^|_)[a-z]*pswd(_|$)",
                                llvm::Regex::IgnoreCase);
  return Name.contains_insensitive("password") ||
         Name.contains_insensitive("passwd") || Short.match(Name) ||
         Pswd.match(Name) || camelPasswordWord(Name);
}

class Finder {
public:
  Finder(ASTContext &Ctx, const TUFacts &Facts, const WebhookOptions &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Facts(Facts), Opts(Opts),
        Path(Opts.PathPattern, llvm::Regex::IgnoreCase),
        Names(Opts.NamePattern, llvm::Regex::IgnoreCase) {
    std::string Err;
    if (!Path.isValid(Err))
      Path = llvm::Regex(WebhookOptions().PathPattern, llvm::Regex::IgnoreCase);
    if (!Names.isValid(Err))
      Names =
          llvm::Regex(WebhookOptions().NamePattern, llvm::Regex::IgnoreCase);
    for (const CryptoEvent &C : Facts.Crypto)
      if (!(C.Rule->Kind == "verify" && placeholderVerifier(C.Call)))
        CryptoOf[C.Call] = &C;
    for (const ConnectionEvent &C : Facts.Connections)
      ConnectionOf[C.Call] = C.Rule;
    // A handler that takes nothing (`server.on("/x", handle)` of the
    // Arduino cores' WebServer) reads the request from the server object
    // it is registered on: `server.arg("key")` is the client's value.
    for (const InboundEvent &IE : Facts.Inbound) {
      const FunctionDecl *H =
          IE.Handler ? handlerFunction(IE.Handler) : nullptr;
      if (!H || H->getNumParams() != 0)
        continue;
      if (const ValueDecl *Server = registeredOn(IE))
        RequestServers.insert(Server);
    }
  }

  /// The model's connection rule of \p X's kind, if \p X is such a call.
  const ConnectionRule *connection(const Stmt *X, llvm::StringRef Kind) const {
    const auto *CE = dyn_cast<CallExpr>(X);
    auto It = CE ? ConnectionOf.find(CE) : ConnectionOf.end();
    return It != ConnectionOf.end() && It->second->Kind == Kind ? It->second
                                                                : nullptr;
  }

  /// What a reference or pointer parameter refers to.
  static QualType pointee(QualType T) {
    T = T.getNonReferenceType();
    return T->isPointerType() ? T->getPointeeType() : T;
  }

  /// A class or struct (by value, reference or pointer) whose name holds
  /// \p Word.
  static bool recordNamed(QualType T, llvm::StringRef Word) {
    const RecordDecl *RD = pointee(T)->getAsRecordDecl();
    return RD && RD->getDeclName().isIdentifier() &&
           RD->getName().contains_insensitive(Word);
  }

  /// The request object of a server library (`httplib::Request`,
  /// `crow::request`, `http::request<Body>`, a `shared_ptr<HttpRequest>`,
  /// C's `struct mg_http_message *`): a type the models name, or one named
  /// like a request.
  bool requestType(QualType T, int Depth = 0) const {
    if (Depth > 2 || T.isNull())
      return false;
    T = pointee(T);
    if (const auto *TST = T->getAs<TemplateSpecializationType>())
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        if (requestName(TD))
          return true;
    // `http_request_t *req` of `typedef struct { ... } http_request_t;`.
    if (const auto *TT = T->getAs<TypedefType>())
      if (requestName(TT->getDecl()))
        return true;
    const RecordDecl *RD = T->getAsRecordDecl(); // C's structs too
    return RD && requestRecord(RD, Depth);
  }

  /// A class or struct that is a request (see requestType).
  bool requestRecord(const RecordDecl *RD, int Depth = 0) const {
    if (requestName(RD))
      return true;
    if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl();
        TD && requestName(TD))
      return true;
    if (const auto *CT = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
      if (requestName(CT->getSpecializedTemplate()))
        return true;
      for (const TemplateArgument &A : CT->getTemplateArgs().asArray())
        if (A.getKind() == TemplateArgument::Type &&
            requestType(A.getAsType(), Depth + 1))
          return true;
    }
    return false;
  }

  /// A declaration named like a request, or one the models name.
  bool requestName(const NamedDecl *D) const {
    if (!D->getDeclName().isIdentifier())
      return false;
    llvm::StringRef N = D->getName();
    // Abbreviated as a word of its own: wfrest's `HttpReq`, `http_req_t`.
    // Not a socket ioctl's `ifreq` or `ip_mreq`.
    static const llvm::Regex Abbreviated("(^|_)req(_t)?$|[a-z]Req$");
    return ((N.contains_insensitive("request") || Abbreviated.match(N)) &&
            !N.contains_insensitive("handler")) ||
           llvm::is_contained(Opts.RequestTypes, D->getQualifiedNameAsString());
  }

  /// A project function named like a signature check whose body (or every
  /// override's, for an interface) is in view and never reads its
  /// parameters: `bool verify_signature(sig, body) { return true; }`, a
  /// placeholder that checks nothing.
  bool placeholderVerifier(const Expr *Call) {
    const auto *CE = dyn_cast<CallExpr>(Call);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    if (!FD || inLibraryHeader(SM, FD->getLocation()))
      return false;
    std::vector<const FunctionDecl *> Impls;
    if (const FunctionDecl *Def = definition(FD))
      Impls.push_back(Def);
    else
      Impls = overridesInView(FD);
    if (Impls.empty())
      return false;
    return llvm::all_of(Impls, placeholderBody);
  }

  /// A function with parameters whose body never reads one.
  static bool placeholderBody(const FunctionDecl *F) {
    if (F->getNumParams() == 0 || !F->getBody())
      return false;
    for (const ParmVarDecl *P : F->parameters())
      if (mentions(F->getBody(), P))
        return false;
    return true;
  }

  /// A project function named like a signature check: a call of one with
  /// no implementation in view is trusted by its name.
  static bool verifierName(const FunctionDecl *F) {
    if (!F->getDeclName().isIdentifier())
      return false;
    llvm::StringRef N = F->getName();
    return N.contains_insensitive("verif") || N.contains_insensitive("sig") ||
           N.contains_insensitive("hmac");
  }

  /// Tells the scanner which functions named like signature checks this TU
  /// defines, under their own USR and those of the methods they override
  /// (`FeishuAdapter::verify_signature` defines `ImAdapter::verify_signature`
  /// for a caller that sees only the interface).
  void recordVerifierDefinitions(WebhookResult &R) {
    std::set<std::string> Checking, Placeholder;
    for (const FunctionDecl *F : Facts.Bodies) {
      if (!verifierName(F) || inLibraryHeader(SM, F->getLocation()))
        continue;
      std::set<std::string> &Into = placeholderBody(F) ? Placeholder : Checking;
      Into.insert(usrOf(F->getCanonicalDecl()));
      std::function<void(const CXXMethodDecl *, int)> Up =
          [&](const CXXMethodDecl *M, int Depth) {
            for (const CXXMethodDecl *Base : M->overridden_methods()) {
              Into.insert(usrOf(Base->getCanonicalDecl()));
              if (Depth < 4)
                Up(Base, Depth + 1);
            }
          };
      if (const auto *M = dyn_cast<CXXMethodDecl>(F))
        Up(M, 0);
    }
    R.CheckingVerifiers.assign(Checking.begin(), Checking.end());
    R.PlaceholderVerifiers.assign(Placeholder.begin(), Placeholder.end());
  }

  /// A call of a project verifier with no implementation in view, trusted by
  /// its name: noted for the scanner, which may find its definition.
  bool trustedByName(const FunctionDecl *FD) {
    NameTrusted.emplace_back(usrOf(FD->getCanonicalDecl()),
                             FD->getQualifiedNameAsString());
    return TrustNames;
  }

  /// A computation whose output is a secret to compare: a MAC, or a key
  /// derived from a password (`PKCS5_PBKDF2_HMAC`, `crypto_pwhash`), which a
  /// password check compares with the stored one.
  static bool producesSecret(const VerifierRule &Rule) {
    return Rule.Kind == "mac" || Rule.Kind == "derive_key";
  }

  /// Whether a signature check (not a MAC computation) verifies: a call
  /// of a project function trusted by its name does only if it has an
  /// implementation in view or names are trusted.
  bool checkVerifies(const Expr *E, const CryptoEvent &C) {
    if (producesSecret(*C.Rule))
      return false;
    if (!C.Rule->FromName)
      return true;
    const auto *CE = dyn_cast<CallExpr>(E);
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    if (!FD || definition(FD) || !overridesInView(FD).empty())
      return true;
    return trustedByName(FD);
  }

  WebhookResult run() {
    WebhookResult R;
    // Functions that return a MAC (or its encoding): `sign(body)`.
    for (int Round = 0; Round < 3; ++Round)
      for (const FunctionDecl *F : Facts.Bodies) {
        if (MacReturning.count(F->getCanonicalDecl()))
          continue;
        Secrets S = secretsIn(F->getBody());
        bool Returns = false;
        walk(F->getBody(), [&](const Stmt *X) {
          if (const auto *RS = dyn_cast<ReturnStmt>(X))
            if (RS->getRetValue())
              Returns |= mentionsAny(RS->getRetValue(), S.Mac) ||
                         callsMac(RS->getRetValue()) ||
                         keyedHash(RS->getRetValue(), S);
        });
        if (Returns)
          MacReturning.insert(F->getCanonicalDecl());
      }
    // Members a method sets to one (gloox's `m_serverSignature = hmac(
    // serverKey, authMessage)`), read by another method. Only the object's
    // own (OpenLDAP's `dk.bv_val = dk_value` would make every `berval` a
    // MAC), and not a nonce the server hands out (yate's `m_nonce`, a keyed
    // hash of the time, sent in every challenge).
    for (const FunctionDecl *F : Facts.Bodies) {
      if (!isa<CXXMethodDecl>(F))
        continue;
      Secrets S = secretsIn(F->getBody());
      forEachAssignment(F->getBody(), [&](const Expr *Lhs, const Expr *Rhs) {
        const auto *Member = dyn_cast<MemberExpr>(Lhs->IgnoreParenImpCasts());
        const auto *Field =
            Member ? dyn_cast<FieldDecl>(Member->getMemberDecl()) : nullptr;
        if (Field &&
            isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()) &&
            (mentionsAny(Rhs, S.Mac) || callsMac(Rhs)) &&
            !(Field->getDeclName().isIdentifier() &&
              publicFieldName(memberStem(Field->getName()))))
          MacFields.insert(Field);
      });
    }
    // Fields a project function fills through a parameter named for the
    // answer a peer must give (ratbox's and charybdis's `generate_challenge(
    // &challenge, &(source_p->localClient->challenge), rsa)`, whose
    // `r_response` gets the SHA-1 of the secret): what the server expects.
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
        if (!Callee || !projectFunction(Callee))
          return;
        if (const FunctionDecl *Def = definition(Callee))
          Callee = Def;
        for (unsigned I = 0; I < CE->getNumArgs() && I < Callee->getNumParams();
             ++I)
          if (const FieldDecl *Field =
                  answerFilledThrough(CE->getArg(I), Callee->getParamDecl(I)))
            AnswerFields.insert(Field);
      });
    // Functions that compute or check a MAC, and handlers that reject a
    // request failing a check: the scanner's join uses them (a handler
    // registered by name in another TU is judged here).
    for (const FunctionDecl *F : Facts.Bodies)
      if (verifiesSomething(F->getBody()))
        R.VerifyingFunctions.push_back(usrOf(F));
    for (const HandlerDef &HD : Facts.HandlerDefs)
      if (!verifiesSomething(HD.Func->getBody()) &&
          gates(reach(HD.Func->getBody())))
        R.VerifyingFunctions.push_back(usrOf(HD.Func));
    // So do functions a router in another TU hands the request to
    // (`handle_stripe_webhook(c, hm, db)`) that reject one failing a check.
    for (const FunctionDecl *F : Facts.Bodies)
      if (llvm::any_of(F->parameters(),
                       [&](const ParmVarDecl *P) {
                         return requestType(P->getType());
                       }) &&
          !verifiesSomething(F->getBody()) && gates(reach(F->getBody())))
        R.VerifyingFunctions.push_back(usrOf(F));
    // ... and page objects' handler methods a route table in another TU
    // registers (`GithubPage::Do`), whose request comes in pieces.
    for (const FunctionDecl *F : Facts.Bodies)
      if (const auto *MD = dyn_cast<CXXMethodDecl>(F);
          MD && MD->size_overridden_methods() > 0 && projectFunction(F) &&
          !verifiesSomething(F->getBody()) && gates(reach(F->getBody())))
        R.VerifyingFunctions.push_back(usrOf(F));
    recordVerifierDefinitions(R);
    // A comparer reported inside, where its own values show the secret
    // (WeeChat's `strcmp(password, relay_password)` in
    // `relay_auth_check_password_plain`), is not reported again at its
    // calls in other files: they count as safe ones.
    for (const FunctionDecl *F : Facts.Bodies)
      if (F->getDeclName().isIdentifier() && comparerName(F->getName()) &&
          projectFunction(F) &&
          ((!comparerShape(F).Unsafe && delegatesComparison(F).empty()) ||
           reportsInsideChain(F)))
        R.SafeComparers.push_back(usrOf(F->getCanonicalDecl()));
    for (const FunctionDecl *F : Facts.Bodies)
      if (F->getDeclName().isIdentifier() && !comparerName(F->getName()) &&
          verifierName(F->getName()) && projectFunction(F) &&
          comparerShape(F).Unsafe && !reportsInsideChain(F))
        R.UnsafeComparers.push_back(usrOf(F->getCanonicalDecl()));
    for (const FunctionDecl *F : Facts.Bodies)
      if (servesBrowser(reach(F->getBody())))
        R.PageFunctions.push_back(usrOf(F->getCanonicalDecl()));
    bool MiddlewareVerifies = false;
    for (const InboundEvent &IE : Facts.Inbound)
      if (IE.Rule->Middleware && IE.Handler)
        if (const Stmt *B = handlerBody(IE)) {
          Reach Rc = reach(B);
          MiddlewareVerifies |= gates(Rc) || !Rc.Open.empty();
        }
    for (const InboundEvent &IE : Facts.Inbound) {
      if (IE.Rule->Middleware || !IE.Handler)
        continue;
      const Stmt *Body = handlerBody(IE);
      // An accept loop's handler that re-arms the acceptor with itself
      // (`acceptor.async_accept(bind(&fcgi::handle, this, ...))` in
      // `fcgi::handle`) registers no route of its own.
      if (Body && IE.Func && IE.Func->getBody() == Body)
        continue;
      WebhookHandler H;
      H.Loc = IE.Loc;
      H.Route =
          IE.TargetExprs.empty() ? "?" : foldTarget(IE.TargetExprs[0], Ctx);
      // `prefix + hook.path` folds to "??": nothing of it is known.
      if (llvm::all_of(H.Route, [](char C) { return C == '?'; }))
        H.Route = "?";
      H.Method = IE.Operation;
      H.Library = IE.Lib->Name;
      if (!Body) {
        // `server.Post("/ci_webhook", incomingWebhook)`, defined in another
        // TU: a webhook by its path, verified if that function verifies
        // (the scanner's join knows; the plugin stays silent).
        // The function named in the handler (also through the
        // std::function it is converted to).
        const FunctionDecl *FD = handlerMethodOf(IE);
        walk(IE.Handler, [&](const Stmt *X) {
          if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
            if (!FD)
              FD = dyn_cast<FunctionDecl>(DRE->getDecl());
        });
        if (!FD || !webhookPath(H))
          continue;
        H.Webhook = true;
        H.WhyWebhook = "its path";
        H.VerifiedByMiddleware = MiddlewareVerifies;
        H.OpenVerifiers.push_back(usrOf(FD));
        R.Handlers.push_back(std::move(H));
        continue;
      }
      std::vector<std::string> Around = namesAround(IE.Func, IE.Loc);
      if (!IE.TargetExprs.empty())
        namesIn(IE.TargetExprs[0], Around, 1);
      // A handler for every path that tests the path itself: each route it
      // answers is an endpoint of its own.
      if (H.Route == "?") {
        reportByRoute(R, MiddlewareVerifies, Body, H, Around);
        continue;
      }
      // A handler that is a function of its own is reported where it is
      // defined: the fix goes there, and a list of registrations on
      // adjacent lines does not blur which route a finding is about.
      const FunctionDecl *Named = handlerMethodOf(IE);
      if (!Named)
        Named = handlerFunction(IE.Handler);
      const FunctionDecl *Def = Named ? definition(Named) : nullptr;
      if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Def);
          MD && MD->getParent()->isLambda())
        Def = nullptr;
      if (Def && Def->getBody() == Body && projectFunction(Def) &&
          SM.getExpansionLoc(Def->getLocation()) !=
              SM.getExpansionLoc(IE.Loc)) {
        H.PointLoc = IE.Loc;
        H.Loc = Def->getLocation();
      }
      judge(Body, H, MiddlewareVerifies, Around, {}, nullptr, ownNames(IE));
      R.Handlers.push_back(std::move(H));
    }
    llvm::DenseSet<const Stmt *> Registered;
    for (const InboundEvent &IE : Facts.Inbound)
      if (IE.Handler)
        if (const Stmt *B = handlerBody(IE))
          Registered.insert(B);
    // Routes of a home-made route table or of a server library with no
    // model: `router.registerRoute("/webhook", HttpMethod::POST, onHook)`,
    // `app.post("/webhook", [](auto *res, auto *req) {...})`.
    llvm::DenseSet<const Expr *> Modelled;
    for (const InboundEvent &IE : Facts.Inbound)
      if (IE.Handler)
        Modelled.insert(IE.Handler->IgnoreParenImpCasts());
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        if (const auto *ILE = dyn_cast<InitListExpr>(X)) {
          RouteShape Shape;
          if (!routeStruct(ILE, Modelled, Shape) ||
              !Registered.insert(Shape.Body).second)
            return;
          // At the handler's field, as ESP-IDF's table entries are.
          WebhookHandler H;
          H.Loc = Shape.HandlerLoc;
          H.Route = Shape.Path;
          H.Library = "own route table";
          judge(Shape.Body, H, MiddlewareVerifies, namesAround(F, H.Loc));
          R.Handlers.push_back(std::move(H));
          return;
        }
        const auto *CE = dyn_cast<CallExpr>(X);
        if (!CE)
          return;
        RouteShape Shape;
        if (!routeShape(CE, Modelled, Shape)) {
          notePageObjectRoute(CE, Modelled, F, MiddlewareVerifies, R);
          return;
        }
        if (!Registered.insert(Shape.Body).second)
          return;
        WebhookHandler H;
        // Reported at the table (`resource[...]`), not at its `=`.
        const auto *Assign = dyn_cast<CXXOperatorCallExpr>(CE);
        H.Loc = Assign ? Assign->getArg(0)->getBeginLoc() : CE->getExprLoc();
        H.Range = CE->getSourceRange();
        H.Route = Shape.Path;
        H.Method = Shape.Method;
        H.Library = "own route table";
        judge(Shape.Body, H, MiddlewareVerifies, namesAround(F, H.Loc));
        R.Handlers.push_back(std::move(H));
      });
    // ... and route structs in tables at file scope (`static const struct
    // route routes[] = {{"/webhook", on_webhook}, ...}`), also in a
    // namespace or an `extern "C"` block.
    std::vector<const VarDecl *> FileScopeVars;
    std::function<void(const DeclContext *)> CollectVars =
        [&](const DeclContext *DC) {
          for (const Decl *D : DC->decls()) {
            if (const auto *VD = dyn_cast<VarDecl>(D))
              FileScopeVars.push_back(VD);
            else if ((isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) &&
                     !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
              CollectVars(cast<DeclContext>(D));
          }
        };
    CollectVars(Ctx.getTranslationUnitDecl());
    for (const VarDecl *VD : FileScopeVars) {
      if (!VD || !VD->getInit() || !VD->getDeclName().isIdentifier() ||
          SM.isInSystemHeader(SM.getExpansionLoc(VD->getLocation())) ||
          inLibraryHeader(SM, VD->getLocation()))
        continue;
      walk(VD->getInit(), [&](const Stmt *X) {
        const auto *ILE = dyn_cast<InitListExpr>(X);
        RouteShape Shape;
        if (!ILE || !routeStruct(ILE, Modelled, Shape) ||
            !Registered.insert(Shape.Body).second)
          return;
        WebhookHandler H;
        H.Loc = Shape.HandlerLoc;
        H.Route = Shape.Path;
        H.Library = "own route table";
        std::vector<std::string> Around = {
            VD->getName().str(),
            llvm::sys::path::filename(
                SM.getFilename(SM.getExpansionLoc(VD->getLocation())))
                .str()};
        judge(Shape.Body, H, MiddlewareVerifies, Around);
        R.Handlers.push_back(std::move(H));
      });
    }
    // Branches of a hand-written router: `if (req.method == "POST" &&
    // req.path == "/webhook")`, each a handler of its own.
    llvm::DenseSet<const FunctionDecl *> Routers;
    for (const FunctionDecl *F : Facts.Bodies) {
      if (Registered.count(F->getBody()))
        continue;
      const HandlerDef *Def = nullptr;
      for (const HandlerDef &HD : Facts.HandlerDefs)
        if (HD.Func == F)
          Def = &HD;
      for (const Branch &B : branches(F->getBody())) {
        Routers.insert(F);
        WebhookHandler H;
        H.Loc = B.If->getBeginLoc();
        H.Range = B.If->getCond()->getSourceRange();
        H.Route = B.Route;
        H.Method = B.Method;
        H.Library = Def ? Def->Lib->Name : "own HTTP server";
        judge(B.Handler, H, MiddlewareVerifies,
              namesAround(F, B.If->getBeginLoc()),
              runBefore(B.If, F->getBody()), F->getBody());
        R.Handlers.push_back(std::move(H));
      }
    }
    findSocketServers(R, MiddlewareVerifies, Registered, Routers);
    for (const HandlerDef &HD : Facts.HandlerDefs) {
      // Found by its registration already, or a helper the handler calls,
      // or a router whose branches are the handlers.
      if (Registered.count(HD.Func->getBody()) || Routers.count(HD.Func))
        continue;
      // Called with the request: a helper of a handler (`verify(req)`),
      // not one. A connection class's `process_request()` that reads the
      // request from a member is the handler, whoever calls it.
      bool Called = false;
      for (const ProjectCall &PC : Facts.ProjectCalls)
        Called |= PC.Callee == HD.Func->getCanonicalDecl();
      bool TakesRequest = false;
      for (const ParmVarDecl *P : HD.Func->parameters())
        TakesRequest |= requestType(P->getType());
      // A predicate over the request (`bool Verifier::check(req)`) checks
      // it for a handler; it does not answer it.
      // A library's handler method may answer with a bool (CivetWeb's
      // `bool handlePost(...) override`).
      const auto *MD = dyn_cast<CXXMethodDecl>(HD.Func);
      bool Overrides = MD && MD->size_overridden_methods() > 0;
      if ((Called && TakesRequest) ||
          (HD.Func->getReturnType()->isBooleanType() && !Overrides))
        continue;
      // One handler class created for several URIs (Poco's factory): each
      // route is an endpoint of its own, reported where it is created.
      if (std::vector<FactorySite> Sites = factorySites(HD); Sites.size() > 1) {
        for (const FactorySite &Site : Sites) {
          WebhookHandler H;
          H.Loc = Site.Loc;
          H.Route = Site.Route;
          H.Library = HD.Lib->Name;
          judge(HD.Func->getBody(), H, MiddlewareVerifies, {});
          R.Handlers.push_back(std::move(H));
        }
        continue;
      }
      WebhookHandler H;
      H.Loc = HD.Func->getLocation();
      H.DefinitionUSR = usrOf(HD.Func->getCanonicalDecl());
      H.Route = routeOf(HD);
      H.Method = "";
      H.Library = HD.Lib->Name;
      // A function taking the request may be registered by name in another
      // TU, which names its route; one that keeps the request in a member
      // is the whole server, known only by what it is called.
      // A library with no registration call to model (H2O sets a
      // handler's `on_req` field) never names the route elsewhere: the
      // names around the handler say what it takes.
      judge(HD.Func->getBody(), H, MiddlewareVerifies,
            TakesRequest && !HD.Lib->Inbound.empty()
                ? std::vector<std::string>()
                : namesAround(HD.Func, HD.Func->getLocation()));
      R.Handlers.push_back(std::move(H));
    }
    findFactoriesOfUnseenHandlers(R, MiddlewareVerifies);
    findShapedHandlers(R, MiddlewareVerifies, Registered, Routers);
    findCgiPrograms(R, MiddlewareVerifies, Registered, Routers);
    findUrlRouters(R, MiddlewareVerifies, Registered, Routers);
    adoptHandshakeRoutes(R);
    for (const FunctionDecl *F : Facts.Bodies)
      findCompares(F, R.Compares);
    findSecretComparerBodies(R);
    return R;
  }

  /// A subscription handshake (Meta's `hub.challenge`, WeChat's `echostr`)
  /// is answered where the provider then delivers its events: the POST
  /// handler of the same route on the same server is the webhook, whatever
  /// it reads (WhatsApp's `server.Get("/", verify)` beside
  /// `server.Post("/", onEvent)`).
  void adoptHandshakeRoutes(WebhookResult &R) {
    for (WebhookHandler &H : R.Handlers) {
      if (H.Webhook || H.Route == "?" || !deliveryMethod(H.Method))
        continue;
      auto It = HandshakeRoutes.find({H.Library, H.Route});
      if (It == HandshakeRoutes.end())
        continue;
      H.Webhook = true;
      H.WhyWebhook = "its route answers the '" + It->second + "' handshake";
    }
  }

  /// A router of the project's own that no model and no accept call leads
  /// to: a game server's session class parses the request with its own
  /// parser, then `if (strcmp(szUrl.c_str(), "/recharge_callback") == 0)`.
  /// Two or more branches that test one path-named value (`url`, `uri`,
  /// `path`, `target`) against literal paths; each branch is a route.
  void findUrlRouters(WebhookResult &R, bool MiddlewareVerifies,
                      const llvm::DenseSet<const Stmt *> &Registered,
                      const llvm::DenseSet<const FunctionDecl *> &Routers) {
    for (const FunctionDecl *F : Facts.Bodies) {
      if (Routers.count(F) || Registered.count(F->getBody()) ||
          llvm::any_of(R.Handlers, [&](const WebhookHandler &H) {
            return within(SM, F->getBody(), H.Loc);
          }))
        continue;
      std::vector<Branch> Routes;
      std::set<std::string> Paths;
      const ValueDecl *Base = nullptr;
      for (const Branch &B : branches(F->getBody(), /*PathOnly=*/true)) {
        const ValueDecl *D = B.PathBase;
        if (B.Route == "?" || !D || !D->getDeclName().isIdentifier() ||
            !pathName(D->getName()) || (Base && D != Base))
          continue;
        Base = D;
        // An empty branch (a route kept for later) processes nothing.
        if (const auto *Block = dyn_cast_or_null<CompoundStmt>(B.Handler);
            Block && Block->body_empty()) {
          Paths.insert(B.Route);
          continue;
        }
        Routes.push_back(B);
        Paths.insert(B.Route);
      }
      if (Paths.size() < 2)
        continue;
      std::vector<std::string> Around = namesAround(F, F->getLocation());
      WebhookHandler Server;
      Server.Library = "own HTTP server";
      for (const Branch &B : Routes)
        reportBranch(R, MiddlewareVerifies, F->getBody(), B, Server, Around);
    }
  }

  /// A handler of a server library with no model, by its shape: it takes
  /// the request and the response (`bool TelegramBot::handleRequest(
  /// Tufao::HttpServerRequest &, Tufao::HttpServerResponse &)`) and nothing
  /// in its file calls it (a helper that gets both is called by the
  /// handler); or it overrides a handler class's method that takes the
  /// request (`bool HttpHandlerWebhooks::handle(const std::string &,
  /// WsjcppLightWebHttpRequest *)`), not one that only asks whether it
  /// handles it (`canHandle`). Its route is not known: the names around it
  /// say whether it is a webhook.
  void findShapedHandlers(WebhookResult &R, bool MiddlewareVerifies,
                          const llvm::DenseSet<const Stmt *> &Registered,
                          const llvm::DenseSet<const FunctionDecl *> &Routers) {
    llvm::DenseSet<const FunctionDecl *> Known, Called;
    for (const HandlerDef &HD : Facts.HandlerDefs)
      Known.insert(HD.Func);
    for (const ProjectCall &PC : Facts.ProjectCalls)
      Called.insert(PC.Callee);
    for (const FunctionDecl *F : Facts.Bodies) {
      if (Known.count(F) || Routers.count(F) ||
          Registered.count(F->getBody()) ||
          Called.count(F->getCanonicalDecl()) || !projectFunction(F))
        continue;
      bool Request = false, Response = false;
      for (const ParmVarDecl *P : F->parameters()) {
        Request |= requestType(P->getType());
        Response |= recordNamed(P->getType(), "response");
        // Not a request that can reach its response (Poco's
        // `HTTPServerRequest::response()`, taken by a factory).
        if (!requestType(P->getType()))
          handsOutExchange(P->getType(), Request, Response);
      }
      if ((!Request || (!Response && !handlerOverride(F))) &&
          !takesRequestParts(F))
        continue;
      WebhookHandler H;
      H.Loc = F->getLocation();
      H.DefinitionUSR = usrOf(F->getCanonicalDecl());
      H.Route = "?";
      H.Library = "unmodelled server";
      judge(F->getBody(), H, MiddlewareVerifies,
            namesAround(F, F->getLocation()));
      R.Handlers.push_back(std::move(H));
    }
  }

  /// A function named for a request that is handed its parts, parsed by a
  /// server of the project's own (Celeste's `EventSub::ParseRequest(
  /// socketID, query, headers, content)`, connected to its `QTcpServer`'s
  /// signal): the headers and the body.
  static bool takesRequestParts(const FunctionDecl *F) {
    if (!F->getDeclName().isIdentifier() ||
        !F->getName().contains_insensitive("request"))
      return false;
    static const llvm::Regex Headers("^_*(m_)?(headers|header_?map|hdrs)_*$",
                                     llvm::Regex::IgnoreCase);
    static const llvm::Regex Body("^_*(m_)?(body|content|payload)_*$",
                                  llvm::Regex::IgnoreCase);
    auto Has = [&](const llvm::Regex &R) {
      return llvm::any_of(F->parameters(), [&](const ParmVarDecl *P) {
        return P->getDeclName().isIdentifier() && R.match(P->getName());
      });
    };
    return Has(Headers) && Has(Body);
  }

  /// A connection or exchange object that hands out both the request and
  /// the response (`socket->getRequest()`, `getResponse()` of the Magic
  /// framework's `Safe<Http::HttpSocket>`), also through a smart pointer.
  void handsOutExchange(QualType T, bool &Request, bool &Response) const {
    const CXXRecordDecl *RD = heldType(T)->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return;
    bool Req = false, Resp = false;
    for (const CXXMethodDecl *M : RD->getDefinition()->methods()) {
      QualType R = M->getReturnType();
      Req |= requestType(R);
      Resp |=
          recordNamed(R, "response") || recordNamed(heldType(R), "response");
    }
    if (Req && Resp)
      Request = Response = true;
  }

  /// What a pointer, a reference or a smart pointer (`Safe<T>`,
  /// `std::shared_ptr<T>`) holds.
  static QualType heldType(QualType T) {
    T = pointee(T);
    if (const auto *CT = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
            T->getAsCXXRecordDecl());
        CT && !CT->getTemplateArgs().asArray().empty() &&
        CT->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      return pointee(CT->getTemplateArgs()[0].getAsType());
    return T;
  }

  /// A CGI program: its `main` reads the request from the environment the
  /// web server sets (`getenv("QUERY_STRING")`, `getenv("HTTP_...")`), or
  /// a function (`main`, or a framework's `weixin4c(&conf)`) runs FastCGI's
  /// accept loop, which answers there. Its route is the script's URL, which
  /// the server's configuration sets: the names around it (`webhook.c`) and
  /// what it reads say whether it is a webhook.
  void findCgiPrograms(WebhookResult &R, bool MiddlewareVerifies,
                       const llvm::DenseSet<const Stmt *> &Registered,
                       const llvm::DenseSet<const FunctionDecl *> &Routers) {
    for (const FunctionDecl *F : Facts.Bodies) {
      if (Registered.count(F->getBody()) || Routers.count(F))
        continue;
      bool Cgi =
          F->isMain() && readsCgiRequest(F->getBody(), /*Headers=*/false);
      SourceLocation AcceptLoc;
      walk(F->getBody(), [&](const Stmt *X) {
        if (AcceptLoc.isInvalid() && connection(X, "request-loop"))
          AcceptLoc = X->getBeginLoc();
      });
      if (!Cgi && AcceptLoc.isInvalid())
        continue;
      WebhookHandler H;
      H.Loc = F->isMain() ? F->getLocation() : AcceptLoc;
      H.Route = "?";
      H.Library = "CGI";
      judge(F->getBody(), H, MiddlewareVerifies,
            namesAround(F, F->getLocation()));
      R.Handlers.push_back(std::move(H));
    }
  }

  /// An override in a class named like a handler, by a name that handles
  /// rather than asks or builds (`handle`, `onRequest`; not `canHandle`,
  /// `isMine`, a factory's `createRequestHandler`).
  static bool handlerOverride(const FunctionDecl *F) {
    const auto *MD = dyn_cast<CXXMethodDecl>(F);
    if (!MD || MD->size_overridden_methods() == 0 ||
        !MD->getDeclName().isIdentifier() ||
        !MD->getParent()->getDeclName().isIdentifier())
      return false;
    llvm::StringRef Class = MD->getParent()->getName();
    if (!Class.contains_insensitive("handler") ||
        Class.contains_insensitive("factory"))
      return false;
    llvm::StringRef N = MD->getName();
    return llvm::none_of(
        std::initializer_list<llvm::StringRef>{"can", "is", "match", "accept",
                                               "create", "make", "new"},
        [&](llvm::StringRef Verb) { return N.starts_with_insensitive(Verb); });
  }

  /// A factory that creates, for a URI, a handler class whose handler
  /// method is defined in another file (`if (uri == "/elopage_webhook")
  /// return new ElopageWebhook;`, Poco): a route registered by name, which
  /// the scanner judges by that method's file, as for a function handler.
  void findFactoriesOfUnseenHandlers(WebhookResult &R,
                                     bool MiddlewareVerifies) {
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *New = dyn_cast<CXXNewExpr>(X);
        const CXXRecordDecl *Cls =
            New ? New->getAllocatedType()->getAsCXXRecordDecl() : nullptr;
        if (!Cls || !Cls->hasDefinition() ||
            inLibraryHeader(SM, Cls->getLocation()))
          return;
        // Its library's handler method, declared here and defined elsewhere.
        const CXXMethodDecl *Handler = nullptr;
        std::string Library;
        for (const CXXMethodDecl *M : Cls->methods())
          for (const CXXMethodDecl *Base : M->overridden_methods())
            if (M->getDeclName().isIdentifier() &&
                M->getName().starts_with("handle") &&
                inLibraryHeader(SM, Base->getLocation()) && !definition(M)) {
              Handler = M;
              std::string Ns = Base->getQualifiedNameAsString();
              Library = llvm::StringRef(Ns).starts_with("Poco::")
                            ? "poco"
                            : Base->getParent()->getNameAsString();
            }
        if (!Handler)
          return;
        std::string Route = factoryRoute(New);
        WebhookHandler H;
        H.Loc = New->getBeginLoc();
        H.Route = Route.empty() ? "?" : Route;
        H.Library = Library;
        if (!webhookPath(H))
          return;
        H.Webhook = true;
        H.WhyWebhook = "its path";
        H.VerifiedByMiddleware = MiddlewareVerifies;
        H.OpenVerifiers.push_back(usrOf(Handler->getCanonicalDecl()));
        R.Handlers.push_back(std::move(H));
      });
  }

private:
  ASTContext &Ctx;
  SourceManager &SM;
  const TUFacts &Facts;
  const WebhookOptions &Opts;
  llvm::Regex Path, Names;
  llvm::DenseMap<const Expr *, const CryptoEvent *> CryptoOf;
  llvm::DenseMap<const CallExpr *, const ConnectionRule *> ConnectionOf;
  llvm::DenseMap<const FunctionDecl *, bool> MacWriterMemo;
  /// Server objects whose handlers read the request through them.
  llvm::DenseSet<const ValueDecl *> RequestServers;
  llvm::DenseSet<const FunctionDecl *> MacReturning;
  /// Routes (library, path) whose handler answers a subscription
  /// handshake, with the marker it reads.
  std::map<std::pair<std::string, std::string>, std::string> HandshakeRoutes;
  /// Members some method sets to a computed MAC (see run).
  llvm::DenseSet<const ValueDecl *> MacFields;
  /// Fields filled with the answer the server expects (see run()).
  llvm::DenseSet<const FieldDecl *> AnswerFields;

  /// The field \p Arg points at when it is handed to a parameter named for
  /// an answer to fill (`&client->challenge` for `char **r_response`).
  static const FieldDecl *answerFilledThrough(const Expr *Arg,
                                              const ParmVarDecl *P) {
    static const llvm::Regex Out("^(r|out|p|o)_?(expected_?)?(response|"
                                 "answer|reply)$|^expected_?(response|answer|"
                                 "reply)$",
                                 llvm::Regex::IgnoreCase);
    const auto *Addr = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
    if (!Addr || Addr->getOpcode() != UO_AddrOf ||
        !P->getDeclName().isIdentifier() || !Out.match(P->getName()))
      return nullptr;
    const auto *ME =
        dyn_cast<MemberExpr>(Addr->getSubExpr()->IgnoreParenImpCasts());
    return ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  }
  /// verifier()'s answers, with names trusted [1] and not [0], and the
  /// functions it trusted by name on the way.
  llvm::DenseMap<const FunctionDecl *, bool> VerifierMemo[2];
  llvm::DenseMap<const FunctionDecl *,
                 std::vector<std::pair<std::string, std::string>>>
      TrustedIn;
  /// Functions trusted by their names (USR, name) since judge() began.
  std::vector<std::pair<std::string, std::string>> NameTrusted;
  bool TrustNames = true;
  /// What a project function compares of its parameters (see
  /// comparerShape).
  struct ComparerShape {
    bool Unsafe = false;
    unsigned Left = 0, Right = 0;
    std::string How; // what it compares with inside: memcmp, ==, ...
    /// The project comparer it hands the two values to, if that is how it
    /// compares (tac_plus-ng's `check_access` calling `compare_pwdat`).
    const FunctionDecl *Via = nullptr;
    /// The comparison itself.
    const Stmt *At = nullptr;
  };
  llvm::DenseMap<const FunctionDecl *, ComparerShape> ComparerMemo;

  /// A MAC call, or a call of a project function that returns one.
  /// A project function named like a MAC computation
  /// (`platform_hmac_sha256`, `hmac_hex`), whatever its body: its output
  /// is a MAC.
  bool macByName(const FunctionDecl *FD) {
    // `hmac_sha256`, tinc's `poly1305_auth(tag, in, n, key)`, `aes_cmac`.
    // The name is held: a StringRef to the returned string would dangle.
    std::string Name = computingName(FD);
    llvm::StringRef N(Name);
    // The result a MAC class hands out (pwsafe's `HMAC<SHA256, ...>::
    // Final(digest)`, 7-Zip's `CHmac::Final`).
    if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(FD);
        Method && Method->getParent()->getDeclName().isIdentifier() &&
        Method->getDeclName().isIdentifier()) {
      static const llvm::Regex MacClass("hmac|cmac|(^|[^a-z])mac$",
                                        llvm::Regex::IgnoreCase);
      // (Also cppcms's `crypto::hmac::readout(digest)`.)
      static const llvm::Regex Result("^(final|finish|digest|result|sign|"
                                      "read_?out)",
                                      llvm::Regex::IgnoreCase);
      if (MacClass.match(Method->getParent()->getName()) &&
          Result.match(Method->getName()))
        return true;
    }
    // ... and NTLM's `ntlm_compute_message_integrity_check` (a MIC).
    if (N.contains("poly1305") || N.contains("integrity"))
      return true;
    // (Not RadioLib's `execMacCommand`, a LoRaWAN MAC command: computingName
    // keeps camel-case words apart.)
    if (N.contains("hmac") || N.contains("cmac"))
      return true;
    // An AEAD's tag read out (BTstack's `btstack_crypto_ccm_get_
    // authentication_value(&ccm, trans_mic)`, `gcm_get_tag`); not a TLV
    // iterator's tag (iwd's `ie_tlv_iter_get_tag`).
    // Also CCM's tag by SP 800-38C's letter (libsmb2's `ccm_generate_T`),
    // an authenticating engine's result (cc2538's `aes_auth_crypt_get_
    // result(iv, tag)`), an AEAD cipher's tag (iPXE's `cipher_auth(cipher,
    // ctx, auth)`).
    static const llvm::Regex Tag("get_?auth(entication)?_?(value|tag)$|"
                                 "(gcm|ccm|aead|poly1305)[a-z0-9_]*get_?tag$|"
                                 "(gcm|ccm)_(generate|compute|calc|make)_?"
                                 "(t|tag)$|auth[a-z0-9_]*_get_?result$|"
                                 "(^|_)(cipher|aead)_auth$|"
                                 // Nettle's AEAD tag (`gcm_aes128_digest`,
                                 // opendht's `gcmAes128Digest`).
                                 "(gcm|ccm|eax|ocb|siv)[a-z0-9_]*digest$");
    if (Tag.match(N))
      return true;
    // Bluetooth's security toolbox, by the specification's names: c1, f4
    // and f6 compute the pairing's confirm and DHKey check values (NimBLE's
    // `ble_sm_alg_c1`, BlueZ's `smp_c1`, Zephyr's `bt_crypto_f4`).
    static const llvm::Regex Toolbox("(^|_)(sm|smp|alg|crypto)_(c1|f4|f6)$");
    if (Toolbox.match(N))
      return true;
    // TLS's Finished verify data, a PRF or HMAC of the handshake under the
    // master secret (NetX Duo's `_nx_secure_tls_finished_hash_generate`).
    static const llvm::Regex Finished(
        "(tls|ssl)[a-z0-9_]*_finished_?(hash|mac|verify_?data)_?(gen|"
        "generate|compute|calc|calculate|make)?$");
    if (Finished.match(N))
      return true;
    // sntp's `make_mac(pkt, len, size, key, digest)`, `computeMac`: a MAC
    // named by a verb and given a key (a MAC object's `make_mac(ldr, name,
    // &mac)` or a MAC address's `generate_mac(addr)` takes none).
    // Also noun first (open5gs's `ogs_nas_mac_calculate`).
    static const llvm::Regex VerbMac(
        "^(make|compute|calc|calculate|gen|generate|create|build|sign)_?mac"
        "(_|$)|(^|_)mac_(calc|calculate|compute|gen|generate|make)$");
    // A message integrity code by its verb (GnuPG's `calculate_mic(final,
    // sha1hash2)` over a decrypted key): no microphone is computed.
    static const llvm::Regex VerbMic(
        "^(make|compute|calc|calculate|gen|generate)_?mic$");
    return (VerbMac.match(N) && !N.contains("addr") && takesKey(FD)) ||
           VerbMic.match(N);
  }

  /// Whether a parameter of \p FD is a key: named for one (`cmp_key`,
  /// `secret`) or of a record named for one (`struct key *`).
  static bool takesKey(const FunctionDecl *FD) {
    return llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
      QualType T = P->getType();
      if (T->isPointerType())
        T = T->getPointeeType();
      const auto *Record = T->getAsRecordDecl();
      // 3GPP's keys: `knas_int`, `kasme`, `kenb`.
      static const llvm::Regex Key3gpp(
          "^k_?(nas|asme|enb|gnb|amf|seaf|ausf|rrc|up)",
          llvm::Regex::IgnoreCase);
      return P->getName().contains_insensitive("key") ||
             P->getName().contains_insensitive("secret") ||
             Key3gpp.match(P->getName()) ||
             (Record && Record->getName().contains_insensitive("key"));
    });
  }

  /// A call named like it computes the answer to a challenge and given one
  /// (Varnish's `VCLI_AuthResponse(fd, cli->challenge, buf)`, hashing the
  /// challenge with the secret file's contents): what it writes is what the
  /// client must send, a MAC of the challenge.
  static bool answersChallenge(const CallExpr *CE) {
    static const llvm::Regex Response(
        "(auth|chap|challenge)_?response|(compute|calc|make|build|gen|"
        "generate|create|get)_?(auth_?|expected_?)?response",
        llvm::Regex::IgnoreCase);
    if (!Response.match(calleeName(CE)))
      return false;
    return llvm::any_of(CE->arguments(), [](const Expr *Arg) {
      const ValueDecl *D = declOf(stripConversions(Arg));
      return D && D->getDeclName().isIdentifier() &&
             (D->getName().contains_insensitive("challenge") ||
              D->getName().contains_insensitive("nonce"));
    });
  }

  /// A project function, in view, that computes a MAC and copies it out
  /// through a pointer parameter (`generate_cookie(ssl, cookie, &len)`
  /// running HMAC() and `memcpy(cookie, result, len)`).
  bool macWriter(const FunctionDecl *FD) {
    const FunctionDecl *Def = FD ? definition(FD) : nullptr;
    if (!Def || !projectFunction(Def))
      return false;
    if (auto It = MacWriterMemo.find(Def); It != MacWriterMemo.end())
      return It->second;
    MacWriterMemo[Def] = false; // recursion
    llvm::SmallVector<const ValueDecl *, 2> Macs;
    bool CopiesOut = false;
    walk(Def->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      // A MAC of the project's own into a local array (tinydtls's
      // `dtls_hmac_finalize(&hmac_context, buf)`).
      if (const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
          FD && projectFunction(FD) && macByName(FD))
        for (const Expr *Arg : CE->arguments())
          if (const auto *VD = dyn_cast_or_null<VarDecl>(bufferOf(Arg));
              VD && VD->isLocalVarDecl() &&
              VD->getType()->isConstantArrayType())
            Macs.push_back(VD);
      // A hash of the project's given a secret, straight into a pointer
      // parameter (libwebsockets' DHT `make_token` running `lws_dht_hash(
      // ctx, token_return, n, ctx->secret, ...)`): a keyed hash, copied out.
      if (const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
          FD && projectFunction(FD) && hashFunction(FD)) {
        static const Secrets None;
        bool Keyed = false, IntoParam = false;
        for (const Expr *Arg : CE->arguments()) {
          const ValueDecl *Into = bufferOf(Arg);
          bool Param = isa_and_nonnull<ParmVarDecl>(Into) &&
                       Into->getType()->isPointerType() &&
                       !Into->getType()->getPointeeType().isConstQualified();
          // (Or given a password: MuPDF's `pdf_compute_hardened_hash_r6(
          // ctx, password, n, salt, ukey, validationkey)`, the hash a PDF
          // stores to check one; a C password is often a writable pointer.)
          bool Password = readsNamed(Arg, passwordName);
          IntoParam |= Param && !Password;
          Keyed |= (!Param || Password) &&
                   !Arg->getType()->isIntegralOrEnumerationType() &&
                   (mentionsServerSecret(Arg, None) || Password);
        }
        CopiesOut |= Keyed && IntoParam;
      }
      auto It = CE ? CryptoOf.find(CE) : CryptoOf.end();
      if (It == CryptoOf.end() || !producesSecret(*It->second->Rule))
        return;
      const ValueDecl *Out = bufferOf(It->second->Output);
      CopiesOut |= isa_and_nonnull<ParmVarDecl>(Out);
      if (Out)
        Macs.push_back(Out);
    });
    // `memcpy(cookie, result, len)` of the MAC's buffer (also the
    // `__builtin___memcpy_chk` a fortified memcpy expands to).
    walk(Def->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      std::string N = CE ? calleeName(CE) : "";
      if (CE && CE->getNumArgs() >= 3 &&
          (llvm::StringRef(N).contains("memcpy") || N == "memmove") &&
          isa_and_nonnull<ParmVarDecl>(bufferOf(CE->getArg(0))) &&
          llvm::is_contained(Macs, bufferOf(CE->getArg(1))))
        CopiesOut = true;
    });
    // A digest keyed with a secret of the server's and finished straight
    // into a pointer parameter (l2tpns's `calc_auth(buf, len, in, out)`:
    // `MD5_Update(&ctx, config->radiussecret, n)`, then `MD5_Final(out,
    // &ctx)`). Only looked into when the body finishes a digest.
    bool FinishesDigest = false;
    walk(Def->getBody(), [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X))
        FinishesDigest |= digestFinal(CE->getDirectCallee());
    });
    if (!CopiesOut && FinishesDigest) {
      Secrets S = secretsIn(Def->getBody(), Def);
      walk(Def->getBody(), [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        if (!CE || !finalOfKeyedDigest(CE, S))
          return;
        for (const Expr *Arg : CE->arguments())
          if (const auto *Out = dyn_cast_or_null<ParmVarDecl>(bufferOf(Arg));
              Out && Out->getType()->isPointerType() &&
              !Out->getType()->getPointeeType().isConstQualified())
            CopiesOut = true;
      });
    }
    return MacWriterMemo[Def] = CopiesOut;
  }

  /// The lower-case name of a project function that computes something
  /// rather than checks or manages it (not `verify_*`, `check_*`,
  /// `*valid*`, a comparison, `*_init`, `*_free`), or "".
  std::string computingName(const FunctionDecl *FD) {
    if (!FD || !FD->getDeclName().isIdentifier() || !projectFunction(FD))
      return "";
    // Camel-case joins become underscores, so that words stay words:
    // RadioLib's `execMacCommand` holds no `cmac`.
    std::string N;
    llvm::StringRef Written = FD->getName();
    for (size_t I = 0; I < Written.size(); ++I) {
      if (I > 0 && llvm::isLower(Written[I - 1]) && llvm::isUpper(Written[I]))
        N += '_';
      N += llvm::toLower(Written[I]);
    }
    llvm::StringRef L(N);
    // `compute_*` computes, whatever it names (`ntlm_compute_message_
    // integrity_check`).
    bool Computes = L.contains("compute") || L.contains("calc");
    if (((L.contains("verif") || L.contains("check") || L.contains("valid")) &&
         !Computes) ||
        comparerName(L) || L.contains("init") || L.contains("free"))
      return "";
    return N;
  }

  bool callsMac(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      if (auto It = CryptoOf.find(E);
          It != CryptoOf.end() && producesSecret(*It->second->Rule))
        Found = true;
      if (const auto *CE = dyn_cast<CallExpr>(E))
        if (const FunctionDecl *FD = CE->getDirectCallee())
          Found |=
              MacReturning.count(FD->getCanonicalDecl()) > 0 ||
              // `rightResponse = auth.getResponse(client->challenge)`.
              ((macByName(FD) || signsByName(FD) || answersChallenge(CE)) &&
               !FD->getReturnType()->isVoidType() &&
               !FD->getReturnType()->isBooleanType() &&
               !FD->getReturnType()->isIntegerType());
    });
    return Found;
  }

  struct Reach {
    std::vector<const Stmt *> Bodies;
    std::vector<std::string> Open; // project functions defined elsewhere
    /// ... and those of them it hands the request to, outside a condition
    /// (`handle_stripe_webhook(c, hm)`), which may reject it themselves.
    std::vector<std::string> HandedTo;
    /// For each body, the call in the first body it is reached through
    /// (null for the first body itself).
    std::vector<const Stmt *> Via;
  };

  const FunctionDecl *definition(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (FD && FD->hasBody(Def) && Def->getBody() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation())))
      return Def;
    return nullptr;
  }

  /// The body that answers a registered route: the handler expression's,
  /// or that of the handler method of the object registered
  /// (`server.addHandler("/hook", hook)` answered by
  /// `TelegramWebHook::handlePost`).
  const Stmt *handlerBody(const InboundEvent &IE) {
    if (const Stmt *B = bodyOf(IE.Handler))
      return B;
    if (const FunctionDecl *Def = definition(handlerMethodOf(IE)))
      return Def->getBody();
    return nullptr;
  }

  /// The method of the registered object's class that the library calls
  /// (one its model names in `handlers: override`), or null.
  const FunctionDecl *handlerMethodOf(const InboundEvent &IE) {
    if (!IE.Handler)
      return nullptr;
    QualType T = stripConversions(IE.Handler)->getType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      return nullptr;
    for (const HandlerRule &HR : IE.Lib->Handlers)
      for (const CXXMethodDecl *M : RD->methods())
        if (M->getDeclName().isIdentifier() &&
            llvm::is_contained(HR.OverrideMethods, M->getName().str()))
          return M;
    return nullptr;
  }

  struct RouteShape {
    std::string Path, Method;
    const Stmt *Body = nullptr;
    SourceLocation HandlerLoc; // where a route struct names its handler
  };

  /// A call that registers a route by its shape: a path literal (`"/..."`)
  /// and a handler whose function takes a request (a type named like
  /// one), with the verb from an argument (`HttpMethod::POST`, `"POST"`)
  /// or the callee's name (`post`). Calls a model already knows are not.
  bool routeShape(const CallExpr *CE,
                  const llvm::DenseSet<const Expr *> &Modelled,
                  RouteShape &Out) {
    // A route table's catch-all verb, besides HTTP's own.
    auto RouteVerb = [](llvm::StringRef Word) {
      std::string Upper = Word.upper();
      return Upper == "ANY" ? Upper : verbWord(Upper);
    };
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
      return routeAssignment(OC, Modelled, Out);
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || CE->getNumArgs() < 2)
      return false;
    for (const Expr *Arg : CE->arguments()) {
      const Expr *A = stripConversions(Arg)->IgnoreParenImpCasts();
      if (Modelled.count(Arg->IgnoreParenImpCasts()) || Modelled.count(A))
        return false;
      if (const auto *SL = stringLiteralIn(A)) {
        if (SL->getCharByteWidth() != 1)
          continue;
        llvm::StringRef S = SL->getString();
        if (Out.Path.empty() && S.starts_with("/"))
          Out.Path = S.str();
        else if (!RouteVerb(S).empty())
          Out.Method = RouteVerb(S);
        continue;
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(A);
          DRE && isa<EnumConstantDecl>(DRE->getDecl())) {
        if (std::string V = verbOf(A); !V.empty())
          Out.Method = V;
        continue;
      }
      // `"/" + apiKey`: a path built at run time under a literal root.
      if (Out.Path.empty() && leadingPathLiteral(A)) {
        Out.Path = foldTarget(A, Ctx);
        continue;
      }
      if (Out.Body)
        continue;
      const FunctionDecl *Handler = handlerFunction(A);
      if (!Handler || !definition(Handler))
        continue;
      bool TakesRequest = false;
      for (const ParmVarDecl *P : Handler->parameters())
        TakesRequest |= requestType(P->getType());
      if (TakesRequest)
        Out.Body = definition(Handler)->getBody();
    }
    if (Out.Path.empty() || !Out.Body)
      return false;
    if (Out.Method.empty() && Callee->getDeclName().isIdentifier())
      Out.Method = RouteVerb(Callee->getName());
    return true;
  }

  /// A page object registered for a path in a route table of the
  /// project's own (`server.AddPage(std::regex("GET|POST"),
  /// std::regex("/travisci/(\\w*)"), std::make_shared<TravisCiPage>())`):
  /// the table takes a polymorphic page class, and the handler is the one
  /// method the registered class overrides from it. Judged here when that
  /// method is defined in this file; else, as a factory's handler, by the
  /// scanner in the method's own file.
  void notePageObjectRoute(const CallExpr *CE,
                           const llvm::DenseSet<const Expr *> &Modelled,
                           const FunctionDecl *Registrar,
                           bool MiddlewareVerifies, WebhookResult &R) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || isa<CXXOperatorCallExpr>(CE) || CE->getNumArgs() < 2)
      return;
    std::string Path, Method;
    const CXXMethodDecl *Handler = nullptr;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      if (Modelled.count(Arg->IgnoreParenImpCasts()))
        return;
      if (const StringLiteral *SL = stringLiteralIn(Arg)) {
        if (SL->getCharByteWidth() != 1)
          continue;
        llvm::StringRef S = SL->getString();
        S.consume_front("^");
        if (Path.empty() && S.starts_with("/"))
          Path = S.str();
        else if (Method.empty() && !verbWord(S.upper()).empty())
          Method = S.upper();
        else if (Method.empty() && llvm::StringRef(S.upper()).contains("POST"))
          Method = S.upper(); // a verb pattern: "GET|POST"
        continue;
      }
      if (Handler || I >= Callee->getNumParams())
        continue;
      Handler = pageHandler(Arg, Callee->getParamDecl(I)->getType());
    }
    // A page takes the request; a file's path is no route.
    static const llvm::Regex FilePath("^/(etc|var|usr|tmp|dev|proc|sys|home|"
                                      "opt|run)(/|$)");
    if (Path.empty() || !Handler || Handler->param_empty() ||
        FilePath.match(Path))
      return;
    WebhookHandler H;
    H.Loc = CE->getExprLoc();
    H.Range = CE->getSourceRange();
    H.Route = Path;
    H.Method = Method;
    H.Library = "own route table";
    if (const FunctionDecl *Def = definition(Handler)) {
      judge(Def->getBody(), H, MiddlewareVerifies,
            namesAround(Registrar, H.Loc));
      R.Handlers.push_back(std::move(H));
      return;
    }
    if (webhookPath(H)) {
      H.Webhook = true;
      H.WhyWebhook = "its path";
      H.VerifiedByMiddleware = MiddlewareVerifies;
      H.OpenVerifiers.push_back(usrOf(Handler->getCanonicalDecl()));
    }
    R.Handlers.push_back(std::move(H));
  }

  /// The handler of a page object handed as \p Arg to a parameter of type
  /// \p Param (a pointer, reference or smart pointer to a polymorphic base):
  /// the one method, not a destructor, that the object's class (created
  /// right there: `new T`, `std::make_shared<T>()`) overrides from that
  /// base.
  const CXXMethodDecl *pageHandler(const Expr *Arg, QualType Param) {
    const CXXRecordDecl *Base = heldType(Param)->getAsCXXRecordDecl();
    if (!Base || !Base->hasDefinition() || !Base->isPolymorphic() ||
        inLibraryHeader(SM, Base->getLocation()))
      return nullptr;
    const Expr *E = stripConversions(Arg)->IgnoreParenImpCasts();
    const CXXRecordDecl *Cls = nullptr;
    if (const auto *New = dyn_cast<CXXNewExpr>(E))
      Cls = New->getAllocatedType()->getAsCXXRecordDecl();
    else if (const auto *Call = dyn_cast<CallExpr>(E);
             Call && Call->getDirectCallee() &&
             Call->getDirectCallee()->getDeclName().isIdentifier() &&
             Call->getDirectCallee()->getName().starts_with("make_"))
      Cls = heldType(Call->getType())->getAsCXXRecordDecl();
    if (!Cls || !Cls->hasDefinition() || Cls == Base ||
        !Cls->isDerivedFrom(Base) || inLibraryHeader(SM, Cls->getLocation()))
      return nullptr;
    const CXXMethodDecl *Found = nullptr;
    for (const CXXMethodDecl *M : Cls->methods()) {
      if (isa<CXXDestructorDecl>(M) || M->size_overridden_methods() == 0)
        continue;
      if (Found)
        return nullptr; // more than one: which answers is not known
      Found = M;
    }
    return Found;
  }

  /// A route described by a struct a library with no model is given
  /// (`struct tebot_setup_webhook setup = {.msg_handle = on_update, .route =
  /// "https://host:8443/hook"}`): a field named like a route holding a
  /// path or URL literal, and a field holding a function that takes a
  /// request or parses one (a request-typed local). Modelled structs
  /// (ESP-IDF's `httpd_uri_t`) are the recognizer's.
  bool routeStruct(const InitListExpr *ILE,
                   const llvm::DenseSet<const Expr *> &Modelled,
                   RouteShape &Out) {
    if (ILE->isSyntacticForm() && ILE->getSemanticForm())
      ILE = ILE->getSemanticForm();
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD || RD->isUnion())
      return false;
    // `webhook_url`, `route`; not `cert_path` or `log_path`.
    static const llvm::Regex RouteField("(route|path|uri|url|endpoint)$",
                                        llvm::Regex::IgnoreCase);
    static const llvm::Regex FileField("cert|key|file|log|dir|sock|ca_",
                                       llvm::Regex::IgnoreCase);
    // The semantic form initializes a C++ aggregate's bases first, and
    // skips unnamed bit-fields.
    unsigned I = 0;
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
      I = CRD->getNumBases();
    for (const FieldDecl *FD : RD->fields()) {
      if (FD->isUnnamedBitField())
        continue;
      if (I >= ILE->getNumInits())
        break;
      const Expr *Init = ILE->getInit(I++);
      if (Modelled.count(Init->IgnoreParenImpCasts()))
        return false;
      if (const StringLiteral *SL = stringLiteralIn(Init)) {
        if (SL->getCharByteWidth() != 1 || !FD->getDeclName().isIdentifier() ||
            !RouteField.match(FD->getName()) ||
            FileField.match(FD->getName()) || !Out.Path.empty())
          continue;
        llvm::StringRef S = SL->getString();
        if (size_t Scheme = S.find("://"); Scheme != llvm::StringRef::npos) {
          size_t Slash = S.find('/', Scheme + 3);
          S = Slash == llvm::StringRef::npos ? "/" : S.substr(Slash);
        }
        if (S.starts_with("/"))
          Out.Path = S.str();
        continue;
      }
      const auto *DRE =
          dyn_cast<DeclRefExpr>(stripConversions(Init)->IgnoreParenImpCasts());
      if (const auto *UO = dyn_cast<UnaryOperator>(
              stripConversions(Init)->IgnoreParenImpCasts());
          UO && UO->getOpcode() == UO_AddrOf)
        DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
      const auto *Fn = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
      const FunctionDecl *Def = Fn ? definition(Fn) : nullptr;
      if (!Def || Out.Body)
        continue;
      bool Request = llvm::any_of(Def->parameters(), [&](const ParmVarDecl *P) {
        return requestType(P->getType());
      });
      walk(Def->getBody(), [&](const Stmt *X) {
        if (const auto *DS = dyn_cast<DeclStmt>(X))
          for (const Decl *D : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(D))
              Request |= requestType(VD->getType());
      });
      if (Request) {
        Out.Body = Def->getBody();
        Out.HandlerLoc = Init->getBeginLoc();
      }
    }
    return !Out.Path.empty() && Out.Body;
  }

  /// The literal a string is built from: itself, or the one a
  /// `std::string(const char *, const allocator &)` is constructed from.
  static const StringLiteral *stringLiteralIn(const Expr *E) {
    E = stripWrappers(E)->IgnoreParenImpCasts();
    while (const auto *CC = dyn_cast<CXXConstructExpr>(E))
      if (CC->getNumArgs() >= 1 && !isa<CXXDefaultArgExpr>(CC->getArg(0)))
        E = stripWrappers(CC->getArg(0))->IgnoreParenImpCasts();
      else
        break;
    return dyn_cast<StringLiteral>(E);
  }

  /// A handler stored in a route table keyed by path and verb
  /// (Simple-Web-Server's `server.resource["^/webhook$"]["POST"] =
  /// [](auto response, auto request) {...}`).
  bool routeAssignment(const CXXOperatorCallExpr *OC,
                       const llvm::DenseSet<const Expr *> &Modelled,
                       RouteShape &Out) {
    if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2 ||
        Modelled.count(OC->getArg(1)->IgnoreParenImpCasts()))
      return false;
    for (const Expr *Key = OC->getArg(0);;) {
      const auto *Sub = dyn_cast<CXXOperatorCallExpr>(
          stripConversions(Key)->IgnoreParenImpCasts());
      if (!Sub || Sub->getOperator() != OO_Subscript || Sub->getNumArgs() != 2)
        break;
      if (const StringLiteral *SL = stringLiteralIn(Sub->getArg(1));
          SL && SL->getCharByteWidth() == 1) {
        llvm::StringRef S = SL->getString();
        if (S.starts_with("/") || S.starts_with("^/"))
          Out.Path = S.str();
        else if (std::string V = verbWord(S.upper()); !V.empty())
          Out.Method = V;
      }
      Key = Sub->getArg(0);
    }
    const FunctionDecl *Handler = handlerFunction(OC->getArg(1));
    if (Out.Path.empty() || !Handler || !definition(Handler) ||
        llvm::none_of(Handler->parameters(), [&](const ParmVarDecl *P) {
          return requestType(P->getType());
        }))
      return false;
    Out.Body = definition(Handler)->getBody();
    return true;
  }

  /// A concatenation whose first piece is a literal path (`"/" + key`,
  /// `QString("/hooks/") + name`).
  static bool leadingPathLiteral(const Expr *E) {
    for (int Depth = 0; E && Depth < 8; ++Depth) {
      E = stripConversions(E)->IgnoreParenImpCasts();
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
          OC && OC->getOperator() == OO_Plus && OC->getNumArgs() == 2) {
        E = OC->getArg(0);
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(E);
          BO && BO->getOpcode() == BO_Add) {
        E = BO->getLHS();
        continue;
      }
      if (Depth == 0)
        return false;
      const auto *SL = dyn_cast<StringLiteral>(E);
      return SL && SL->getCharByteWidth() == 1 &&
             SL->getString().starts_with("/");
    }
    return false;
  }

  /// A lambda's call operator; a generic one's (`[](const auto &req, auto
  /// &res) {...}`) as instantiated with the library's request type, where
  /// calls are resolved, or null when never instantiated.
  static const FunctionDecl *callOperator(const LambdaExpr *LE) {
    if (!LE->isGenericLambda())
      return LE->getCallOperator();
    const FunctionTemplateDecl *FT = LE->getDependentCallOperator();
    return FT ? firstInstantiation(FT) : nullptr;
  }

  /// The function a handler argument names: a lambda's call operator (as
  /// instantiated, for a generic one), a function, `&Class::method`,
  /// `std::bind(&Class::method, ...)`.
  const FunctionDecl *handlerFunction(const Expr *E, int Depth = 0) {
    if (!E || Depth > 4)
      return nullptr;
    E = stripConversions(E)->IgnoreParenImpCasts();
    if (const auto *LE = dyn_cast<LambdaExpr>(E))
      return callOperator(LE);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_AddrOf)
        return handlerFunction(UO->getSubExpr(), Depth + 1);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<FunctionDecl>(DRE->getDecl());
    if (const auto *CE = dyn_cast<CallExpr>(E))
      if (CE->getNumArgs() >= 1 && calleeName(CE) == "bind")
        return handlerFunction(CE->getArg(0), Depth + 1);
    // A delegate built from an object and its method (`{this,
    // &Bot::onUpdate}`, `Delegate(this, &Bot::onUpdate)`).
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E))
      for (const Expr *A : CC->arguments())
        if (const FunctionDecl *F = handlerFunction(A, Depth + 1))
          return F;
    if (const auto *IL = dyn_cast<InitListExpr>(E))
      for (const Expr *A : IL->inits())
        if (const FunctionDecl *F = handlerFunction(A, Depth + 1))
          return F;
    return nullptr;
  }

  /// The body of a handler expression: a lambda, a function or member
  /// function (also through std::bind / Routes::bind), a functor.
  const Stmt *bodyOf(const Expr *E, int Depth = 0) {
    if (!E || Depth > 8)
      return nullptr;
    E = E->IgnoreParenImpCasts();
    if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
      const FunctionDecl *Op = callOperator(LE);
      return Op ? Op->getBody() : LE->getBody();
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      return bodyOf(MTE->getSubExpr(), Depth + 1);
    if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      return bodyOf(BT->getSubExpr(), Depth + 1);
    if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      return bodyOf(FC->getSubExpr(), Depth + 1);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      return bodyOf(UO->getSubExpr(), Depth + 1);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        if (const FunctionDecl *Def = definition(FD))
          return Def->getBody();
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->getInit())
          return bodyOf(VD->getInit(), Depth + 1);
      return nullptr;
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      // std::bind(&C::f, this, _1), Routes::bind(&C::f, this)
      if (CE->getNumArgs() >= 1)
        return bodyOf(CE->getArg(0), Depth + 1);
      return nullptr;
    }
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
      // A functor of the project, or std::function built from a callable.
      if (const CXXRecordDecl *RD = CC->getConstructor()->getParent())
        for (const CXXMethodDecl *M : RD->methods())
          if (M->getOverloadedOperator() == OO_Call)
            if (const FunctionDecl *Def = definition(M))
              return Def->getBody();
      if (CC->getNumArgs() >= 1)
        return bodyOf(CC->getArg(0), Depth + 1);
    }
    return nullptr;
  }

  /// A function of a JSON or HTTP-server library copied into the tree
  /// (`json.hpp`, `httplib.h` beside the sources): its insides are not the
  /// handler's work, and a value's conversion in nlohmann's `from_json` is
  /// no parse of the request.
  bool vendoredLibrary(const FunctionDecl *FD) const {
    const NamespaceDecl *Outermost = nullptr;
    for (const DeclContext *DC = FD->getDeclContext(); DC; DC = DC->getParent())
      if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
        Outermost = NS;
    if (!Outermost || !Outermost->getDeclName().isIdentifier())
      return false;
    return llvm::is_contained(Opts.LibraryNamespaces, Outermost->getName());
  }

  Reach reach(const Stmt *Body) {
    Reach R;
    llvm::DenseSet<const Stmt *> Seen;
    std::function<void(const Stmt *, int, const Stmt *)> Go =
        [&](const Stmt *B, int Depth, const Stmt *Via) {
          if (!B || !Seen.insert(B).second)
            return;
          R.Bodies.push_back(B);
          R.Via.push_back(Via);
          if (Depth > 4)
            return;
          walk(B, [&](const Stmt *S) {
            const auto *CE = dyn_cast<CallExpr>(S);
            if (!CE)
              return;
            const FunctionDecl *FD = CE->getDirectCallee();
            if (!FD || inLibraryHeader(SM, FD->getLocation()) ||
                vendoredLibrary(FD))
              return;
            if (const FunctionDecl *Def = definition(FD))
              Go(Def->getBody(), Depth + 1, Depth == 0 ? CE : Via);
            else if (CryptoOf.count(CE) || !overridesInView(FD).empty())
              return;
            else if (inCondition(CE)) // `if (!verify(req))`, elsewhere
              R.Open.push_back(usrOf(FD));
            else if (passesRequest(CE))
              R.HandedTo.push_back(usrOf(FD));
          });
        };
    Go(Body, 0, nullptr);
    return R;
  }

  /// Whether the call hands over a request, from argument \p First on (a
  /// functor's call has the functor itself first).
  bool passesRequest(const CallExpr *CE, unsigned First = 0) const {
    for (unsigned I = First; I < CE->getNumArgs(); ++I)
      if (requestType(CE->getArg(I)->IgnoreParenImpCasts()->getType()))
        return true;
    return false;
  }

  bool inCondition(const Stmt *S) {
    const Stmt *Child = S;
    for (const Stmt *Up : parents(S)) {
      if (const auto *If = dyn_cast<IfStmt>(Up))
        return If->getCond() == Child;
      if (isa<CompoundStmt>(Up))
        return false;
      Child = Up;
    }
    return false;
  }

  bool verifiesSomething(const Stmt *Body) {
    bool Found = false;
    walk(Body, [&](const Stmt *S) {
      if (const auto *E = dyn_cast<Expr>(S))
        if (auto It = CryptoOf.find(E); It != CryptoOf.end())
          Found |= It->second->Rule->Kind == "mac" ||
                   It->second->Rule->Kind == "verify";
    });
    return Found;
  }

  /// Variables that hold a secret to compare: a computed MAC (and what is
  /// encoded from it), the signature from the request, secret-named ones.
  struct Secrets {
    llvm::DenseSet<const ValueDecl *> Mac, Signature, Named;
    /// Places a MAC is written to that no variable names (libsmb2's
    /// `smb2_calc_signature(smb2, &smb2->in.iov[1].buf[48], ...)` over the
    /// received signature): the same expression compared is the MAC.
    std::vector<const Expr *> MacPlaces;
    /// Local pointers moved across several buffers (OpenSC's `p = sbuf`,
    /// then `p = rbuf`, `p = aeskeys`): what one holds depends on where.
    llvm::DenseSet<const ValueDecl *> Cursors;
    /// ... of which keys derived from a password (`PKCS5_PBKDF2_HMAC`).
    llvm::DenseSet<const ValueDecl *> DerivedKeys;
    /// Parameters of a request type, and values taken from them.
    llvm::DenseSet<const ValueDecl *> Request;
    /// Variables that hold a verification's outcome: `valid =
    /// github_verify_hmac(body, len, sig)`, tested later.
    llvm::DenseSet<const ValueDecl *> Verdict;
    /// Values built with a signing key (`osig.append(app_key)`): what a
    /// hash of them computes is a MAC.
    llvm::DenseSet<const ValueDecl *> Keyed;
    /// ... of which buffers a copy or a format wrote the key into
    /// (`strncpy(xdata.s, itc->kvalue.s, n)`), not what a call given the
    /// key computed.
    llvm::DenseSet<const ValueDecl *> KeyText;
    /// Text a copy or a format wrote a secret of the server's into, beside
    /// the client's values or not (UxPlay's Digest `strcat(raw, pwd)`
    /// after `strcat(raw, username)`): a hash of it is what the server
    /// expects (see hashOfKeyedText).
    llvm::DenseSet<const ValueDecl *> SecretText;
    /// Keys of key/value pairs a call reads or writes (ET: Legacy's
    /// `Info_NextPair(&s, cs_key, cs_value)`): they name an entry, and
    /// sign nothing.
    llvm::DenseSet<const ValueDecl *> PairKeys;
    /// The hash calls that made a buffer a hashed password: of the several
    /// calls that fill one buffer on different branches (wolfSSH's
    /// `authHash`, of the password or of the public key by the method),
    /// which one a comparison on one branch sees.
    llvm::DenseSet<const CallExpr *> PasswordHashes;
    /// Where a local first became a MAC, by a call that filled it or an
    /// assignment: a value copied from it before that point is not the MAC
    /// (Hiawatha's `value`, first a field of the request's header, later
    /// the text the digest is computed over).
    llvm::DenseMap<const ValueDecl *, SourceLocation> MacAt;
    /// Objects a method call gave the server's secret to
    /// (`authenticator.setUsernameAndPassword(user, password)`).
    llvm::DenseSet<const ValueDecl *> KeyedObjects;
    /// Pointer locals set to a global's text (pppd's `filename =
    /// path_upapfile`): a call given one reads it, whatever its constness.
    llvm::DenseSet<const ValueDecl *> PointsAtGlobal;
    /// Parameters of a function named like a check (`check_token(const
    /// char *tok)`, `verify_login(password)`): the value its caller got
    /// from a client, compared as a request's value is.
    llvm::DenseSet<const ValueDecl *> Supplied;
    /// Buffers and streams written from a secret (`snprintf(expected, n,
    /// "Bearer %s", gw->bearer_token)`): that secret, as a local set from
    /// one is.
    llvm::DenseSet<const ValueDecl *> BuiltFromSecret;
    /// A local array's writes by the calls that made them: whether one put
    /// a secret of the server's in, or only reworked the array's own bytes
    /// (`filtertext(text, text, ...)`). A buffer one function reuses for
    /// every message of a big switch (AssaultCube's `text`) holds what its
    /// last write before a use put there.
    enum class Write { Plain, Secret, InPlace };
    llvm::DenseMap<const ValueDecl *, llvm::DenseMap<const Stmt *, Write>>
        BufferWrites;
    /// Text locals set from a secret of the server's (Exim's `clearpass =
    /// expand_string(ob->spa_serverpassword)`): they hold it.
    llvm::DenseSet<const ValueDecl *> HeldSecrets;
    /// ... and the secret each holds (Asterisk's `passptr = vmu->password`
    /// holds `password`): compared, it is that secret.
    llvm::DenseMap<const ValueDecl *, const ValueDecl *> HeldSecretOf;
    /// Parameters of a function that sets a password (`change_password(
    /// vmu, password)`), but the old one: a new value the caller chose,
    /// not one it guesses.
    llvm::DenseSet<const ValueDecl *> NewValues;
    /// Locals set from a hash or crypt(3) call (`res = crypt(pass,
    /// stored)`) or filled by one, by those calls (vsftpd sets `p_crypted`
    /// twice).
    llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const CallExpr *, 1>>
        HashedBy;
    /// Locals set to a variable or a member (`salt = ent->pw_passwd`), by
    /// those values.
    llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const Expr *, 1>>
        CopiedFrom;
    /// Every value a local is set to, its initializer included.
    llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const Expr *, 1>> SetTo;
    /// Local pointers set to a point inside a local buffer (`r = p +
    /// strlen(p)`), by those buffers.
    llvm::DenseMap<const ValueDecl *, const VarDecl *> OffsetInto;
    /// Locals set to a word of the command a peer sent (`key = parv[2]`).
    llvm::DenseSet<const ValueDecl *> ArgWords;
    /// Accessors whose value the function hands on as a password (yate's
    /// `buildMD5Digest(digest, retValue(), true)`, its `password`
    /// parameter): the same call elsewhere reads that password.
    /// Each by the object it is called on (null: `this`): `toString()` of
    /// one JSON value handed to `setPassword` says nothing of another's.
    std::set<std::pair<const FunctionDecl *, const ValueDecl *>>
        PasswordGetters;
    /// Buffers cut at their first colon (`pass = strchr(info, ':'); *pass++
    /// = '\0'`): what is left of Basic's `user:password` is the user.
    llvm::DenseSet<const ValueDecl *> UserParts;
    /// Buffers a call fills from the empty password (SoftEther's
    /// `HashAdminPassword(empty_pw_hash, "")`, then `SecurePassword(
    /// secure_null_password, null_password, c->Random)`): compared, they
    /// test whether a password is set, and an attacker times nothing
    /// secret.
    llvm::DenseSet<const ValueDecl *> EmptyPasswordDigests;
    /// Locals set from a tokenizer (SoftEther's `t = ParseToken(line,
    /// " \t")`): their `Token` members are words of a text, no secret.
    llvm::DenseSet<const ValueDecl *> TokenLists;
    /// Locals set from what a call returns (`value = Info_ValueForKey(
    /// userinfo, "password")`), and the function's parameters: values that
    /// come from elsewhere at run time.
    llvm::DenseSet<const ValueDecl *> CallResults, Params;
    /// Digest contexts a secret of the server's went into (`MD5_Update(
    /// &ctx, secret, n)`): their final call writes a keyed hash.
    llvm::DenseSet<const ValueDecl *> KeyedDigests;
    /// ... and those the client's value went into (FlashMQ's
    /// `EVP_DigestUpdate(ctx, password.c_str(), n)`): their final call
    /// writes the client's value, hashed.
    llvm::DenseSet<const ValueDecl *> ClientDigests;
    /// ... of them, those given the client's password, and the hashes
    /// their final call writes (bitlbee's `pass_md5`).
    llvm::DenseSet<const ValueDecl *> PasswordDigests, HashedPasswords;
    /// Whether the function is named for checking a MAC (libzip's
    /// `verify_hmac`): the byte buffers it compares are the MACs.
    bool MacCheck = false;
    /// Whether it is named for checking a password (openvpn3's
    /// `process_password`): the password it compares is checked.
    bool PasswordCheck = false;
    /// The function is named for authenticating a user (`wsUserAuth`,
    /// `auth_user`): the records it is handed hold what the client sent.
    bool UserAuth = false;
    /// Buffers a hash of no secret filled (`crypto_sha256_final(rpIdHash)`).
    llvm::DenseSet<const ValueDecl *> PlainHashOutputs;
  };

  /// Local buffers a call fills, by the values it is given: one a MAC
  /// computation writes (`platform_hmac_sha256(key, n, data, n, mac)`), one
  /// an encoder writes from a MAC (`b64url_encode(mac, 32, expected)`), one
  /// a request accessor writes (`mg_http_creds(hm, user, n, pass, n)`,
  /// `httpd_req_get_hdr_value_str(req, "X-Token", buf, n)`).
  /// The type of parameter \p I of the function \p CE calls through a
  /// pointer, or a null type.
  static QualType prototypeParam(const CallExpr *CE, unsigned I) {
    QualType T = CE->getCallee()->IgnoreParenImpCasts()->getType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const auto *Proto = T->getAs<FunctionProtoType>();
    return Proto && I < Proto->getNumParams() ? Proto->getParamType(I)
                                              : QualType();
  }

  /// A call that copies or formats text into its first argument
  /// (`strncpy`, `memcpy`, `strcat`, `snprintf`, `String::Format`).
  static bool copiesText(const CallExpr *CE) {
    static const llvm::Regex Copies("cpy|cat|printf|memmove|format",
                                    llvm::Regex::IgnoreCase);
    return Copies.match(calleeName(CE));
  }

  /// Whether \p E reads one of \p Values as it holds at \p At.
  bool readsHeld(const llvm::DenseSet<const ValueDecl *> &Values, const Expr *E,
                 SourceLocation At, const Secrets &S) const {
    bool Found = false;
    walk(E, [&](const Stmt *X) {
      if (!isa<DeclRefExpr, MemberExpr>(X))
        return;
      const ValueDecl *D = declOf(cast<Expr>(X));
      Found |= D && Values.count(D) && !overwritten(D, At, S);
    });
    return Found;
  }

  /// Whether the last write of local array \p D before \p At (a call's,
  /// in the order of the source) put no secret in.
  bool overwritten(const ValueDecl *D, SourceLocation At,
                   const Secrets &S) const {
    auto It = S.BufferWrites.find(D);
    if (It == S.BufferWrites.end())
      return false;
    const Stmt *Last = nullptr;
    Secrets::Write Kind = Secrets::Write::Plain;
    for (const auto &[Writer, W] : It->second) {
      SourceLocation L = Writer->getBeginLoc();
      if (W == Secrets::Write::InPlace || !SM.isBeforeInTranslationUnit(L, At))
        continue;
      if (!Last || SM.isBeforeInTranslationUnit(Last->getBeginLoc(), L)) {
        Last = Writer;
        Kind = W;
      }
    }
    return Last && Kind == Secrets::Write::Plain;
  }

  /// A hash of the client's password (tac_plus-ng's `SHA256(password,
  /// strlen(password), hash)`), or such a hash encoded (`cisco64_enc(hash,
  /// n, hash64)`): what the stored hash must match.
  static bool
  hashesClientPassword(const CallExpr *CE, const Secrets &S,
                       llvm::ArrayRef<const ValueDecl *> Outputs = {}) {
    const FunctionDecl *FD = CE->getDirectCallee();
    return llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
      // (Not the buffer it fills: wolfSSH hashes the password or the
      // public key into the same `authHash`.)
      if (llvm::is_contained(Outputs, bufferOf(Arg)))
        return false;
      if (mentionsAny(Arg, S.HashedPasswords))
        return true;
      bool Password = false;
      if (hashFunction(FD))
        walk(Arg, [&](const Stmt *X) {
          const ValueDecl *D = namedValue(X);
          Password |= D && passwordName(D->getName());
        });
      return Password;
    });
  }

  /// CoAP's token, which matches a response or a notification to its
  /// request (Contiki-NG's `memcmp(obs->token, token, token_len)` in
  /// `coap_remove_observer_by_token`): an identifier, no credential. A
  /// field of a CoAP record, or a variable of a CoAP function.
  static bool coapToken(const ValueDecl *D) {
    if (!D->getDeclName().isIdentifier() ||
        !D->getName().contains_insensitive("token"))
      return false;
    const Decl *Context = nullptr;
    if (const auto *Field = dyn_cast<FieldDecl>(D))
      Context = Field->getParent();
    // (At file scope there is no function: null.)
    else if (const auto *Function = dyn_cast_or_null<FunctionDecl>(
                 D->getDeclContext()->getNonClosureAncestor()))
      Context = Function;
    const auto *Holder = dyn_cast_or_null<NamedDecl>(Context);
    llvm::StringRef Name;
    if (Holder && Holder->getDeclName().isIdentifier())
      Name = Holder->getName();
    else if (const auto *RD = dyn_cast_or_null<RecordDecl>(Holder))
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Name = TD->getName();
    return Name.contains_insensitive("coap");
  }

  /// A packet the function was handed, decoded (Contiki-NG's
  /// `snmp_message_decode(snmp_packet, &header, varbinds)`): what the
  /// call fills is what the peer sent.
  static bool decodesPacket(const CallExpr *CE, const Expr *Arg) {
    static const llvm::Regex Decode("(^|_)(decode|parse|unpack|deseriali[sz]e)"
                                    "|[a-z](Decode|Parse|Unpack)",
                                    llvm::Regex::NoFlags);
    static const llvm::Regex Packet("packet|pkt|pdu|datagram|frame",
                                    llvm::Regex::IgnoreCase);
    const auto *P =
        dyn_cast_or_null<ParmVarDecl>(declOf(Arg->IgnoreParenImpCasts()));
    if (!P || !Decode.match(calleeName(CE)))
      return false;
    const RecordDecl *RD = pointee(P->getType())->getAsRecordDecl();
    std::string TypeName;
    if (RD && RD->getDeclName().isIdentifier())
      TypeName = RD->getName().str();
    else if (const auto *TT = pointee(P->getType())->getAs<TypedefType>())
      TypeName = TT->getDecl()->getName().str();
    return (P->getDeclName().isIdentifier() && Packet.match(P->getName())) ||
           Packet.match(TypeName);
  }

  /// A MAC's result read out through a function pointer (libarchive's
  /// `__archive_hmac.__hmac_sha1_final(ctx, hmac, &len)`, a crypto
  /// backend's table), by the pointer's name.
  static bool macThroughPointer(const CallExpr *CE) {
    if (CE->getDirectCallee())
      return false;
    static const llvm::Regex Final(
        "(hmac|cmac|poly1305).*(final|result|finish|compute|sign)|"
        // ... or the MAC itself, as ShadowsocksR's obfs plugins hold it
        // (`local->hmac(hash, msg, key)`).
        "^(hmac|cmac)(_?(sha[0-9]*|md5))?$",
        llvm::Regex::IgnoreCase);
    return Final.match(calleeName(CE));
  }

  /// Whether parameter \p I of a project function declared as a keyed MAC
  /// is its output, by the parameters' names (Milenage's `f1(k, rand, sqn,
  /// amf, mac_a, op)`, defined in another file): what it fills is a MAC,
  /// and the inputs beside it are not. A key must go in: `get_mac(ifname,
  /// mac)` fills a hardware address.
  bool macOutParameter(const FunctionDecl *FD, unsigned I) {
    if (!FD || I >= FD->getNumParams() || !projectFunction(FD))
      return false;
    static const llvm::Regex MacOut(
        "^(x|exp|expected|calc|computed)?_?(mac|hmac|cmac|mic|auth|auth_?tag|"
        "authentication|auth_?value|conf|confirm|cfm)(_?[a-z0-9]|_?ptr)?$",
        llvm::Regex::IgnoreCase);
    const ParmVarDecl *Out = FD->getParamDecl(I);
    QualType T = Out->getType();
    if (!Out->getDeclName().isIdentifier() ||
        !MacOut.match(Out->getName().trim('_')) || !T->isPointerType() ||
        T->getPointeeType().isConstQualified() ||
        !T->getPointeeType()->isIntegerType())
      return false;
    // The key as takesKey reads it, or Milenage's one-letter `k`.
    if (takesKey(FD) ||
        llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
          return P->getDeclName().isIdentifier() &&
                 P->getName().equals_insensitive("k");
        }))
      return true;
    // ... or a key the function finds itself (AUTOSAR's `Csm_MacGenerate(
    // jobId, mode, data, n, macPtr, &len)`, Z-Wave's `GenerateAuthentication(
    // data, n, driver, ..., auth)` reading the driver's key), named for
    // generating a MAC over the data it is given: a byte buffer and its
    // length go in.
    static const llvm::Regex Generates(
        "(gen|generate|compute|calc|calculate|make|create)_?(mac|mic|"
        "authentication|auth_?(tag|code))($|_)|(^|_)(mac|mic)_?(gen|generate|"
        "compute|calc|calculate|make|create)$");
    auto Input = [](const ParmVarDecl *P) {
      QualType PT = P->getType();
      return PT->isPointerType() && PT->getPointeeType().isConstQualified() &&
             PT->getPointeeType()->isIntegerType();
    };
    return Generates.match(computingName(FD)) &&
           llvm::any_of(FD->parameters(), Input) &&
           llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
             return P->getType()->isIntegerType();
           });
  }

  /// The key of a key/value pair a call is given: a `...key` buffer beside
  /// a `...value` (or `...val`) one of the same stem.
  void notePairKeys(const CallExpr *CE, Secrets &S) {
    for (const Expr *Arg : CE->arguments()) {
      const ValueDecl *Key = bufferOf(Arg);
      if (!Key || !Key->getDeclName().isIdentifier() ||
          !Key->getName().ends_with_insensitive("key"))
        continue;
      llvm::StringRef Stem = Key->getName().drop_back(3);
      if (llvm::any_of(CE->arguments(), [&](const Expr *Other) {
            const ValueDecl *Value = bufferOf(Other);
            if (!Value || !Value->getDeclName().isIdentifier() ||
                !Value->getName().starts_with_insensitive(Stem))
              return false;
            llvm::StringRef Rest = Value->getName().drop_front(Stem.size());
            return Rest.equals_insensitive("value") ||
                   Rest.equals_insensitive("val");
          }))
        S.PairKeys.insert(Key);
    }
  }

  /// A local array named for a digest that \p E merely points at (getdns's
  /// `*digest = digest_spc`, space a hash then fills), holding nothing
  /// yet that \p S knows of.
  static bool digestSpace(const Expr *E, const Secrets &S) {
    const auto *Array = dyn_cast_or_null<VarDecl>(declOf(withoutCasts(E)));
    return Array && Array->isLocalVarDecl() &&
           Array->getType()->isArrayType() &&
           Array->getName().contains_insensitive("digest") &&
           !S.BuiltFromSecret.count(Array) && !S.Mac.count(Array);
  }

  /// A variable whose contents a call in the function sets for the
  /// function: a local, or an array or record of the file's own (C
  /// servers' `static u_int8_t randbuf[8]`, Netatalk's challenge, encrypted
  /// in place with the password's key schedule to make the answer
  /// expected).
  static bool ownBuffer(const VarDecl *VD) {
    return VD->isLocalVarDecl() ||
           (VD->isFileVarDecl() && VD->getStorageClass() == SC_Static &&
            (VD->getType()->isArrayType() || VD->getType()->isRecordType()));
  }

  void noteOutputBuffers(const CallExpr *CE, Secrets &S) {
    // An object given the server's secret (LIVE555's
    // `fCurrentAuthenticator.setUsernameAndPassword(username, password)`)
    // computes from it: what its methods return is built from the secret.
    noteHashObjectInput(CE, S);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const ValueDecl *Object = declOf(MC->getImplicitObjectArgument());
      if (Object && !requestType(Object->getType()) &&
          !S.Request.count(Object) &&
          llvm::any_of(MC->arguments(), [&](const Expr *Arg) {
            return !Arg->getType()->isIntegralOrEnumerationType() &&
                   mentionsServerSecret(Arg, S);
          }))
        S.KeyedObjects.insert(Object);
      // A MAC object's result written into a local array (pwsafe's
      // `m_hmac.Final(digest)`).
      if (macByName(MC->getMethodDecl()))
        for (unsigned I = 0;
             I < MC->getNumArgs() && I < MC->getMethodDecl()->getNumParams();
             ++I) {
          QualType PT = MC->getMethodDecl()->getParamDecl(I)->getType();
          const auto *Out = dyn_cast_or_null<VarDecl>(bufferOf(MC->getArg(I)));
          if (Out && Out->isLocalVarDecl() &&
              Out->getType()->isConstantArrayType() && PT->isPointerType() &&
              !PT->getPointeeType().isConstQualified())
            markMac(Out, MC->getBeginLoc(), S);
        }
      return;
    }
    if (isa<CXXOperatorCallExpr>(CE))
      return;
    const FunctionDecl *FD = CE->getDirectCallee();
    // Clearing memory (`memset(&dp, 0, n)`, `explicit_bzero`) writes no
    // value into it.
    if (std::string N = calleeName(CE);
        llvm::StringRef(N).contains("memset") ||
        llvm::StringRef(N).contains("bzero") ||
        llvm::StringRef(N).contains("memzero") ||
        llvm::StringRef(N).contains("zeroize") ||
        llvm::StringRef(N).contains("cleanse"))
      return;
    noteKeyedDigest(CE, S);
    // A tokenizer's state given by address (libwebsockets' `lws_tokenize(
    // &ts)`): its `token` member is a word of the text.
    if (tokenizerName(calleeName(CE)))
      for (const Expr *Arg : CE->arguments()) {
        if (const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenCasts());
            UO && UO->getOpcode() == UO_AddrOf)
          if (const ValueDecl *State = declOf(UO->getSubExpr()))
            S.TokenLists.insert(State);
        // A local vector it cuts a line into (X3's `split_line(line,
        // false, n, argv)` of a line read from a client): its words are
        // the peer's, as an argument vector handed over is.
        if (const auto *Vector =
                dyn_cast_or_null<VarDecl>(declOf(Arg->IgnoreParenImpCasts()));
            Vector && Vector->isLocalVarDecl() &&
            Vector->getType()->isArrayType() &&
            Vector->getType()->getArrayElementTypeNoTypeQual()->isPointerType())
          S.ArgWords.insert(Vector);
      }
    bool FromMac = macByName(FD) || macThroughPointer(CE) ||
                   keyedHashByName(CE, S) || signsByName(FD) || macWriter(FD) ||
                   finalOfKeyedDigest(CE, S) || answersChallenge(CE) ||
                   cbcMacByKey(CE, S),
         FromRequest = false, FromSupplied = false;
    // `EVP_DigestFinal_ex(ctx, md_value.data(), &n)` of a context the
    // client's password went into.
    FromSupplied =
        digestFinal(FD) && llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const ValueDecl *D = bufferOf(Arg);
          return D && S.ClientDigests.count(D);
        });
    bool PasswordDigest =
        digestFinal(FD) && llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const ValueDecl *D = bufferOf(Arg);
          return D && S.PasswordDigests.count(D);
        });
    // Whether the only values of the client's it is given are a user's name
    // (`scan_authfile(f, user, server, secret, ...)`).
    bool ByUserOnly = true;
    std::vector<const ValueDecl *> Buffers, FieldBuffers, KeptFieldBuffers;
    std::vector<const Expr *> Places;
    // A function that names its outputs (`chap_calc_digest_md5(id, secret,
    // n, uint8_t *challenge, n, uint8_t *digest)`) writes only those; a
    // buffer given to another writable parameter is read.
    auto OutputName = [](const ParmVarDecl *P) {
      static const llvm::Regex Out(
          "^(out|output|result|res|digest|md|mac|hmac|hash|sig|signature|tag|"
          "response|resp|dst|dest)(_|$)|(^|_)(out|output|digest|mac|hash)$",
          llvm::Regex::IgnoreCase);
      return P->getDeclName().isIdentifier() &&
             Out.match(P->getName().trim('_'));
    };
    bool NamesOutputs =
        FD && llvm::any_of(FD->parameters(), [&](const ParmVarDecl *P) {
          QualType T = P->getType();
          return T->isPointerType() &&
                 !T->getPointeeType().isConstQualified() && OutputName(P);
        });
    // Pointers the call sets to text it makes (`&normkey`).
    std::vector<const ValueDecl *> SetPointers;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      // (Not the MAC it fills, once found: it holds no input.)
      FromMac |= mentionsAny(Arg, S.Mac) && !macOutParameter(FD, I);
      bool Request = requestType(Arg->IgnoreParenImpCasts()->getType()) ||
                     mentionsAny(Arg, S.Request) || decodesPacket(CE, Arg),
           Supplied = mentionsAny(Arg, S.Supplied);
      FromRequest |= Request;
      FromSupplied |= Supplied;
      if (Request || Supplied) {
        const ValueDecl *D = bufferOf(Arg);
        ByUserOnly &=
            D && D->getDeclName().isIdentifier() && userName(D->getName());
      }
      const auto *VD = dyn_cast_or_null<VarDecl>(bufferOf(Arg));
      // An array; a pointer given to a parameter that points to writable
      // memory (`httpd_req_recv(req, body + got, n)` into a malloc'd body);
      // a local bound to a non-const reference parameter
      // (`Base64Encode(std::string &out, const std::string &in)`).
      // The parameter's type, also of a call through a pointer (WeeChat's
      // `(weechat_plugin->crypto_hash)(data, n, algo, hash, &size)`).
      QualType PT = FD && I < FD->getNumParams()
                        ? FD->getParamDecl(I)->getType()
                        : prototypeParam(CE, I);
      const bool HasParam = !PT.isNull();
      auto WritablePointer = [](QualType T) {
        return T->isPointerType() && !T->getPointeeType().isConstQualified();
      };
      // Not one given to a parameter that points to const (`strcmp(md5,
      // passwd)` reads both).
      bool ReadOnly = HasParam && PT->isPointerType() &&
                      PT->getPointeeType().isConstQualified();
      // C's out-parameters: a local struct given by address
      // (`generate(&key, t, &out)`), or its bytes (`key.mv_val`); one that
      // already holds a secret is an input.
      bool StructOut = false;
      if (HasParam && WritablePointer(PT)) {
        const VarDecl *Holder = bytesHolder(Arg);
        if (const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenCasts());
            !Holder && VD && UO && UO->getOpcode() == UO_AddrOf &&
            isa<DeclRefExpr>(UO->getSubExpr()->IgnoreParens()) &&
            VD->getType()->isRecordType())
          Holder = VD;
        if (Holder && !S.BuiltFromSecret.count(Holder) &&
            !S.Keyed.count(Holder)) {
          VD = Holder;
          StructOut = true;
        }
      }
      // A variadic argument is read (`mg_md5(out, link_buf, ":", s,
      // NULL)` hashes `link_buf`), as a format's arguments are.
      bool Variadic = FD && FD->isVariadic() && I >= FD->getNumParams();
      bool Input = NamesOutputs && I < FD->getNumParams() &&
                   !OutputName(FD->getParamDecl(I));
      bool Written =
          VD && !ReadOnly && !Variadic && !Input &&
          // (Also a local array of a run-time size: tac_plus-ng's
          // `unsigned char buf[key.len]`.)
          (StructOut || VD->getType()->isConstantArrayType() ||
           (VD->isLocalVarDecl() && VD->getType()->isVariableArrayType()) ||
           // A container's bytes (`md_value.data()` of a `std::array`;
           // bareos's `host.c_str()` of a `PoolMem`, writable).
           (HasParam && WritablePointer(PT) && VD->isLocalVarDecl() &&
            VD->getType()->isRecordType() &&
            (calleeName(Arg->IgnoreParenImpCasts()) == "data" ||
             (calleeName(Arg->IgnoreParenImpCasts()) == "c_str" &&
              WritablePointer(Arg->IgnoreParenImpCasts()->getType())))) ||
           // ... or a C buffer object's (`ibuf_data(tmp)`).
           (HasParam && WritablePointer(PT) && VD->isLocalVarDecl() &&
            isa<CallExpr>(Arg->IgnoreParenCasts()) &&
            bytesAccessor(cast<CallExpr>(Arg->IgnoreParenCasts()))) ||
           (HasParam && WritablePointer(VD->getType()) &&
            textType(VD->getType()) && WritablePointer(PT) &&
            !S.PointsAtGlobal.count(VD)) ||
           // A C string object a hash fills (mysql-proxy's
           // `network_mysqld_proto_password_hash(step2, ...)` into a
           // `GString *`).
           (HasParam && WritablePointer(PT) && VD->isLocalVarDecl() &&
            (hashFunction(FD) || scrambling(FD)) &&
            stringObjectPointer(VD->getType())) ||
           (HasParam && PT->isLValueReferenceType() &&
            !PT.getNonReferenceType().isConstQualified() && declOf(Arg) == VD));
      if (Written && ownBuffer(VD) && !mentionsAny(Arg, S.Mac) &&
          !mentionsAny(Arg, S.Request)) {
        Buffers.push_back(VD);
        // A pointer into a local array (`p = buf` in mailutils' hex loop
        // `sprintf(p, "%02x", md5digest[i])`) writes into that array.
        // Not a cursor's: which array it writes depends on where.
        if (auto It = VD->getType()->isPointerType() && !S.Cursors.count(VD)
                          ? S.CopiedFrom.find(VD)
                          : S.CopiedFrom.end();
            It != S.CopiedFrom.end())
          for (const Expr *From : It->second)
            if (const auto *Array = dyn_cast_or_null<VarDecl>(declOf(From));
                Array && Array->isLocalVarDecl() &&
                Array->getType()->isConstantArrayType() &&
                !llvm::is_contained(Buffers, Array))
              Buffers.push_back(Array);
      }
      // A local a call sets through a reference (LIVE555's
      // `parseAuthorizationHeader(buf, username, ..., response)`) or fills
      // (rsync's `generate_hash(secret, challenge, pass2)`) comes from
      // elsewhere at run time, as a returned value does.
      if (Written && VD->isLocalVarDecl() && HasParam &&
          (PT->isLValueReferenceType() || !VD->getType()->isPointerType()))
        S.CallResults.insert(VD);
      // So does a pointer a call sets (PennMUSH's stored hash, cut from the
      // saved password by `pcre2_substring_get_bynumber(md, 3, &shash,
      // &n)`).
      if (const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenCasts());
          VD && VD->isLocalVarDecl() && VD->getType()->isPointerType() && UO &&
          UO->getOpcode() == UO_AddrOf && !ReadOnly && !Variadic &&
          declOf(UO->getSubExpr()->IgnoreParens()) == VD) {
        S.CallResults.insert(VD);
        SetPointers.push_back(VD);
      }
      // Bytes written through an element's address (`&x->buf[48]`).
      if (const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
          !VD && UO && UO->getOpcode() == UO_AddrOf && HasParam &&
          WritablePointer(PT) && PT->getPointeeType()->isIntegerType() &&
          isa<ArraySubscriptExpr>(UO->getSubExpr()->IgnoreParens()))
        Places.push_back(Arg);
      // A member array a call writes (`rfbEncryptBytes(cl->authChallenge,
      // passwd)`).
      if (const auto *Field = dyn_cast_or_null<FieldDecl>(bufferOf(Arg));
          !VD && Field && Field->getType()->isConstantArrayType() && HasParam &&
          WritablePointer(PT) && !mentionsAny(Arg, S.Request)) {
        FieldBuffers.push_back(Field);
        // ... of a record the function was handed, not of a message it
        // builds to send (BlueZ's `msg.conf`, sent right after).
        if (const auto *ME = dyn_cast<MemberExpr>(withoutCasts(Arg));
            ME && ME->isArrow())
          KeptFieldBuffers.push_back(Field);
      }
    }
    // A hash over text built with a signing key (`compute_sha256(xout,
    // xdata.s, n)` after `strncpy(xdata.s, itc->kvalue.s, ...)`) is a MAC,
    // as keyedHash says of a hash returned.
    if (!FromMac && hashFunction(FD))
      FromMac = llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
        return !llvm::is_contained(Buffers, bufferOf(Arg)) &&
               mentionsAny(Arg, S.KeyText);
      });
    // `String::Format(check, "%s|%s", id, GetAppKey())`: built with a key.
    if (llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          return mentionsSigningKey(Arg, S);
        })) {
      S.Keyed.insert(Buffers.begin(), Buffers.end());
      if (copiesText(CE))
        S.KeyText.insert(Buffers.begin(), Buffers.end());
    }
    // A secret of the server's goes in: a value named like one that is not
    // the client's, or text built with one.
    bool ServerSecret = false;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      // A length is no secret, even of one (`sizeof(dp->rdigest)`).
      if (Arg->getType()->isIntegralOrEnumerationType())
        continue;
      // The buffers it fills are no input (`sha256_hex(pw, pw_hash)`).
      // But a secret a pointer already holds goes in, though the parameter
      // is not const (`rfbEncryptBytes(cl->authChallenge, passwd)` after
      // `char *passwd = rfbDecryptPasswdFromFile(...)`), or text built
      // from one (pgagroal's `pgagroal_md5(pwdusr, n, &shadow)` after
      // `snprintf(pwdusr, size, "%s%s", password, username)`); not one
      // given by address, which is written.
      const auto *Held = dyn_cast_or_null<VarDecl>(bufferOf(Arg));
      const auto *AddressOf =
          dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
      // So does a pointer set to such a buffer (sofia-sip's `a1 = a1buf`
      // after `auth_digest_a1(ar, a1buf, apw->apw_pass)`).
      auto PointsAtBuilt = [&](const VarDecl *P) {
        auto It = S.CopiedFrom.find(P);
        return It != S.CopiedFrom.end() &&
               llvm::any_of(It->second, [&](const Expr *From) {
                 const ValueDecl *Source = declOf(From);
                 return Source && Source != P &&
                        Source->getType()->isArrayType() &&
                        (S.BuiltFromSecret.count(Source) ||
                         S.Keyed.count(Source));
               });
      };
      bool HeldSecret = Held && Held->getType()->isPointerType() &&
                        ((Held->getInit() && !digestSpace(Held->getInit(), S) &&
                          serverSecretName(Held, S)) ||
                         S.HeldSecrets.count(Held) ||
                         ((S.BuiltFromSecret.count(Held) ||
                           S.Keyed.count(Held) || PointsAtBuilt(Held)) &&
                          !(AddressOf && AddressOf->getOpcode() == UO_AddrOf)));
      // Nor a member array given for a parameter named for a password
      // (tac_plus-ng's `mschapv1_ntresp(chal, pwdat->value, response)`
      // into `char *password`): a C function takes its input so too.
      bool PasswordParam = FD && I < FD->getNumParams() &&
                           FD->getParamDecl(I)->getDeclName().isIdentifier() &&
                           passwordName(FD->getParamDecl(I)->getName());
      if ((llvm::is_contained(Buffers, bufferOf(Arg)) ||
           (llvm::is_contained(FieldBuffers, bufferOf(Arg)) &&
            !PasswordParam)) &&
          !HeldSecret)
        continue;
      ServerSecret |= readsHeld(S.Keyed, Arg, CE->getBeginLoc(), S) ||
                      readsHeld(S.BuiltFromSecret, Arg, CE->getBeginLoc(), S);
      ServerSecret |= mentionsServerSecret(Arg, S) || HeldSecret;
    }
    // In a user-auth callback, a password read from the record it is handed
    // is the one the client sent (wolfSSH's `wc_Sha256Hash(
    // authData->sf.password.password, n, authHash)`), hashed.
    const bool ClientPasswordHash =
        S.UserAuth && FD && hashFunction(FD) && !FromMac &&
        llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const auto *Field =
              dyn_cast_or_null<FieldDecl>(declOf(stripConversions(Arg)));
          return Field && Field->getDeclName().isIdentifier() &&
                 passwordName(Field->getName()) && mentionsAny(Arg, S.Params);
        });
    if (ClientPasswordHash)
      ServerSecret = false;
    if (const ValueDecl *Into = copiesText(CE) && CE->getNumArgs() >= 2
                                    ? bufferOf(CE->getArg(0))
                                    : nullptr;
        Into && !ClientPasswordHash &&
        llvm::any_of(llvm::drop_begin(CE->arguments()), [&](const Expr *Arg) {
          return !Arg->getType()->isIntegralOrEnumerationType() &&
                 bufferOf(Arg) != Into && mentionsServerSecret(Arg, S);
        }))
      S.SecretText.insert(Into);
    // What a cursor holds depends on where it points.
    llvm::erase_if(Buffers,
                   [&](const ValueDecl *D) { return S.Cursors.count(D); });
    // Not a copy (`strcpy(expected, "")` empties a buffer a MAC fills next).
    if (!ServerSecret && !copiesText(CE) &&
        llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const auto *SL = dyn_cast<StringLiteral>(Arg->IgnoreParenImpCasts());
          // (C's out-parameters read and write alike: `SecurePassword(
          // out, hashed_empty_password, random)` takes one as a buffer.)
          return (SL && SL->getLength() == 0) ||
                 mentionsAny(Arg, S.EmptyPasswordDigests);
        }))
      S.EmptyPasswordDigests.insert(Buffers.begin(), Buffers.end());
    // A secret found by the client's name is the server's: what the client
    // sent is checked against it.
    std::vector<const ValueDecl *> ClientBuffers = Buffers;
    if (ByUserOnly)
      llvm::erase_if(ClientBuffers, [](const ValueDecl *D) {
        return D->getDeclName().isIdentifier() && secretName(D->getName());
      });
    // A buffer both read and written (`strcat(buf, mac)`) stays what it is.
    // So is a member array a MAC function fills (BlueZ mesh's
    // `mesh_crypto_aes_cmac(prov->calc_key, ws, 32, prov->calc_key)`, the
    // confirmation expected); not one a call given such a member fills:
    // a member is every holder's, and the MAC would spread to the record's
    // every field.
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (const ValueDecl *Out = bufferOf(CE->getArg(I));
          Out && macOutParameter(FD, I) && llvm::is_contained(Buffers, Out))
        markMac(Out, CE->getBeginLoc(), S);
    // An AEAD's tag written beside its ciphertext (Contiki-NG's
    // `CCM_STAR.aead(nonce, m, m_len, a, a_len, generated_mic, mic_len, 0)`
    // through a driver's table): the buffer named for the tag is a MAC.
    static const llvm::Regex Aead("aead|(^|_)(ccm|gcm)",
                                  llvm::Regex::IgnoreCase);
    static const llvm::Regex TagBuffer("(^|_)(mic|tag|mac|auth_?tag)$",
                                       llvm::Regex::IgnoreCase);
    if (Aead.match(calleeName(CE)))
      for (const ValueDecl *D : Buffers)
        if (D->getDeclName().isIdentifier() && TagBuffer.match(D->getName()) &&
            !macAddress(D))
          markMac(D, CE->getBeginLoc(), S);
    // A buffer a plain hash filled is what a MAC function is then given
    // (FIDO's `make_auth_tag(rpIdHash, nonce, count, tag)` after
    // `crypto_sha256_final(rpIdHash)`), when another buffer is there to
    // take the MAC.
    // (Once found, that one is a MAC and no longer among the buffers.)
    if (FromMac && !FromRequest &&
        llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const ValueDecl *D = bufferOf(Arg);
          return D && (S.Mac.count(D) || (llvm::is_contained(Buffers, D) &&
                                          !S.PlainHashOutputs.count(D)));
        }))
      llvm::erase_if(Buffers, [&](const ValueDecl *D) {
        return S.PlainHashOutputs.count(D) > 0;
      });
    else if (!FromMac && hashFunction(FD) && !ServerSecret && !FromRequest &&
             !FromSupplied)
      S.PlainHashOutputs.insert(Buffers.begin(), Buffers.end());
    // A key a project function computes from a password it is given
    // (MuPDF's `pdf_compute_encryption_key_r5(ctx, crypt, ownerpass, n, 1,
    // key)`): derived from it, as PBKDF2's is.
    // (Also noun first: Enchive's `key_derive(pass, protect, iexp, iv)`.)
    static const llvm::Regex KeyFromPassword(
        "(compute|derive|make|calc|calculate|generate)_?[a-z0-9_]*key|"
        "(^|_)key_?(derive|derivation|compute|calc|calculate|generate)$",
        llvm::Regex::IgnoreCase);
    if (!FromMac && FD && KeyFromPassword.match(computingName(FD)) &&
        llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
          const ValueDecl *D = declOf(Arg->IgnoreParenImpCasts());
          return D && D->getDeclName().isIdentifier() &&
                 passwordName(D->getName()) && !llvm::is_contained(Buffers, D);
        })) {
      S.DerivedKeys.insert(Buffers.begin(), Buffers.end());
      FromMac = true;
    }
    // A password scrambled with a challenge (MySQL's `scramble(to,
    // message, password)`, Atlas's `network_mysqld_proto_password_scramble(
    // expected, challenge, hashed_password)`): the answer a client must
    // send, a MAC of the challenge.
    if (!FromMac && scrambling(FD) &&
        argumentNamed(CE, S, [&](const ValueDecl *D) {
          return passwordName(D->getName()) && !llvm::is_contained(Buffers, D);
        }))
      FromMac = true;
    if (FromMac && !FromRequest) {
      for (const ValueDecl *D : Buffers)
        markMac(D, CE->getBeginLoc(), S);
      llvm::append_range(S.MacPlaces, Places);
      if (macByName(FD))
        for (const ValueDecl *D : KeptFieldBuffers)
          markMac(D, CE->getBeginLoc(), S);
    }
    // A response enciphered with the server's password from the client's
    // challenge (NTLM's, built from its request) is the one the server
    // expects, not the client's; the key given in a writable buffer is no
    // output. (From the server's values alone it is a secret built from
    // one, below.)
    // A value the server sealed with its own key and the client carried
    // back (the nginx OAuth proxy's CSRF token, decrypted from its cookie
    // with `config->encryption_key`) is the server's, not the client's.
    else if (FromRequest && sealedByServer(CE, S)) {
      S.BuiltFromSecret.insert(Buffers.begin(), Buffers.end());
    } else if (FromRequest && keyedCipherByName(CE, S)) {
      for (const ValueDecl *D : Buffers)
        if (!D->getDeclName().isIdentifier() ||
            !(secretName(D->getName()) || passwordName(D->getName())))
          markMac(D, CE->getBeginLoc(), S);
    } else if (FromRequest && !FromMac && FD) {
      // (Not through a pointer: a provider's `get_realm_hash(r, user,
      // realm, &hash)` given the request looks the stored hash up.)
      S.Request.insert(ClientBuffers.begin(), ClientBuffers.end());
      if (hashesClientPassword(CE, S, Buffers)) {
        S.HashedPasswords.insert(ClientBuffers.begin(), ClientBuffers.end());
        S.PasswordHashes.insert(CE);
      }
      // ... also into a member array (nginx-auth-ldap's `ngx_md5_final(
      // ctx->cache_big_hash, &md5ctx)` of the user and password, matched
      // against a cache of logins).
      if (PasswordDigest) {
        S.Request.insert(FieldBuffers.begin(), FieldBuffers.end());
        S.HashedPasswords.insert(FieldBuffers.begin(), FieldBuffers.end());
      }
    }
    // A hash of a secret the server stores (`pg_md5_encrypt(stored_passwd +
    // 3, salt, 4, md5)`), or any value computed from one (MS-CHAP's
    // `ChapMS(challenge, secret, secret_len, md)`), is what it expects the
    // client to send.
    // Not a pointer it sets: `strtoull(session_id, &endptr, 10)`.
    else if (ServerSecret) {
      // Into a pointer's buffer only by a hash or a copy (WeeChat's
      // `memcpy(salt_password + salt_size, relay_password, n)`); a pointer
      // the call sets points at what it made of the secret (GNU SASL's
      // `gsasl_saslprep(key, 0, &normkey, NULL)`), not a parser's end
      // position (`strtoull(token, &endptr, 10)`).
      static const llvm::Regex Parser("^_*(strto|wcsto)");
      bool MakesText = !Parser.match(calleeName(CE));
      // ... or an encoding of it (kcgi's `base64buf(enc, buf, n)` of
      // `user:pass`, the Basic credentials expected).
      static const llvm::Regex Encoder("base64|b64|hex|encode",
                                       llvm::Regex::IgnoreCase);
      std::string Callee = calleeName(CE);
      bool Encodes = Encoder.match(Callee) &&
                     !llvm::StringRef(Callee).contains_insensitive("decode");
      for (const ValueDecl *D : Buffers)
        if (hashFunction(FD) || !D->getType()->isPointerType() ||
            copiesText(CE) || Encodes ||
            (MakesText && llvm::is_contained(SetPointers, D)))
          S.BuiltFromSecret.insert(D);
      // A member array is named for all its holders: only what the
      // server's secret went into (VNC's challenge encrypted with the
      // password, the response a client must send).
      S.BuiltFromSecret.insert(FieldBuffers.begin(), FieldBuffers.end());
    }
    // What a check's caller passed, hashed (`pg_md5_encrypt(passwd, ...,
    // md5)`), is still the client's; not when the server's secret goes in
    // with it (`SHA1(data)` of the token, timestamp and nonce).
    else if (FromSupplied && FD) {
      S.Supplied.insert(ClientBuffers.begin(), ClientBuffers.end());
      if (PasswordDigest || hashesClientPassword(CE, S, Buffers)) {
        S.HashedPasswords.insert(ClientBuffers.begin(), ClientBuffers.end());
        S.PasswordHashes.insert(CE);
      }
      // ... also into a member array (see below).
      if (PasswordDigest) {
        S.Supplied.insert(FieldBuffers.begin(), FieldBuffers.end());
        S.HashedPasswords.insert(FieldBuffers.begin(), FieldBuffers.end());
      }
    } else if (ClientPasswordHash) {
      S.Supplied.insert(Buffers.begin(), Buffers.end());
      S.HashedPasswords.insert(Buffers.begin(), Buffers.end());
      S.PasswordHashes.insert(CE);
    }
    // A buffer a password hash fills is set from that hash, as one it
    // returns (bcrypt's `wt_crypt_rn(pass, setting, result, 64)`). (Not
    // any digest's: a CA's key digest matched against a request's.)
    if (hashFunction(FD) && passwordHashName(FD->getName()))
      for (const ValueDecl *D : Buffers)
        if (!llvm::is_contained(S.HashedBy[D], CE))
          S.HashedBy[D].push_back(CE);
    for (const ValueDecl *D : Buffers) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->isLocalVarDecl() || !VD->getType()->isArrayType())
        continue;
      unsigned Uses = llvm::count_if(
          CE->arguments(), [&](const Expr *Arg) { return bufferOf(Arg) == D; });
      Secrets::Write &W = S.BufferWrites[D][CE];
      if (Uses > 1)
        W = Secrets::Write::InPlace;
      else if (ServerSecret && S.BuiltFromSecret.count(D))
        W = Secrets::Write::Secret;
    }
  }

  /// The variable a computation's output goes into: a buffer, a local
  /// struct through its bytes (`dk.bv_val`: `dk`), a member array. Not a
  /// pointer member, which is every holder's: marking it would make
  /// `scheme->bv_val` a MAC too.
  static const ValueDecl *outputBuffer(const Expr *E) {
    if (!E)
      return nullptr;
    if (const VarDecl *Holder = bytesHolder(E))
      return Holder;
    const ValueDecl *D = bufferOf(E);
    const auto *Field = dyn_cast_or_null<FieldDecl>(D);
    if (!Field || Field->getType()->isArrayType())
      return D;
    // An object's own member (`mac_` of `this`) is its own.
    bool OfThis = false;
    walk(E, [&](const Stmt *X) {
      if (const auto *ME = dyn_cast<MemberExpr>(X))
        OfThis |= ME->getMemberDecl() == Field &&
                  isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
    });
    return OfThis ? D : nullptr;
  }

  /// The local struct whose bytes member \p E is (`key.mv_val`,
  /// `out.data`), when that member points to writable memory.
  static const VarDecl *bytesHolder(const Expr *E) {
    const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenCasts());
    const auto *Field = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!Field || !Field->getDeclName().isIdentifier() ||
        !bytesMember(Field->getName()) || !Field->getType()->isPointerType() ||
        Field->getType()->getPointeeType().isConstQualified())
      return nullptr;
    return pointerMemberHolder(ME);
  }

  /// The local struct variable whose pointer member \p ME reads
  /// (`dk.bv_val`: `dk`), or null (`scheme->bv_val`, an array member).
  static const VarDecl *pointerMemberHolder(const MemberExpr *ME) {
    return ME && ME->getType()->isPointerType() ? fieldOfLocal(ME) : nullptr;
  }

  /// The name of a hash function, without `_ex`, or "" for any other
  /// callee: its ending says the step of a streaming digest
  /// (`MD5_Update`, `ngx_md5_update`, `PPP_DigestUpdate`,
  /// `EVP_DigestFinal_ex`, `mbedtls_sha256_finish`).
  static llvm::StringRef digestStepName(const FunctionDecl *FD) {
    // Also GLib's `g_checksum_update`.
    if (!FD || !FD->getDeclName().isIdentifier() ||
        !(hashName(FD->getName()) ||
          FD->getName().contains_insensitive("checksum")))
      return "";
    llvm::StringRef N = FD->getName();
    N.consume_back("_ex");
    return N;
  }

  static bool digestUpdate(const FunctionDecl *FD) {
    // Also GnuPG's old `md5_write(&ctx, buf, n)` (OpenIPMI's copy).
    // ... and libmhash's `mhash(td, data, n)`.
    return digestStepName(FD).ends_with_insensitive("update") ||
           digestStepName(FD).ends_with_insensitive("write") ||
           digestStepName(FD) == "mhash";
  }

  /// `md5_read(&ctx)`, a final step that returns the digest, of a context
  /// a secret of the server's went into: a keyed hash.
  bool readsKeyedDigest(const Expr *E, const Secrets &S) {
    bool Found = false;
    walk(E, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
      if (!FD || !FD->getReturnType()->isPointerType() ||
          !(digestFinal(FD) ||
            digestStepName(FD).ends_with_insensitive("read")))
        return;
      for (const Expr *Arg : CE->arguments())
        if (const ValueDecl *D = bufferOf(Arg); D && S.KeyedDigests.count(D))
          Found = true;
    });
    return Found;
  }

  static bool digestFinal(const FunctionDecl *FD) {
    llvm::StringRef N = digestStepName(FD);
    // (Also NetX Duo's `_nx_sha1_digest_calculate(&ctx, digest)`.)
    return N.ends_with_insensitive("final") ||
           N.ends_with_insensitive("finalize") ||
           N.ends_with_insensitive("finish") ||
           N.ends_with_insensitive("get_digest") ||
           N.ends_with_insensitive("digest_calculate") ||
           // libmhash's `mhash_deinit(td, result)`.
           N == "mhash_deinit" || N == "mhash_end";
  }

  /// A call that returns a digest: a finishing step (`hash_finalize(zck,
  /// &ctx)`, libgcrypt's `gcry_md_read(md, algo)`) or a one-shot hash or
  /// checksum (`g_compute_checksum_for_data(...)`). Not a password hash,
  /// nor a step that takes data in.
  static bool checksumCall(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier() ||
        digestStepName(FD).empty() || passwordHashName(FD->getName()) ||
        cipherName(FD->getName()) || digestUpdate(FD))
      return false;
    QualType T = FD->getReturnType();
    static const llvm::Regex Setup("init|start|begin|new|create|open|reset|"
                                   "copy|free|close|len|size|type|name|algo",
                                   llvm::Regex::IgnoreCase);
    return !T->isVoidType() && !T->isBooleanType() &&
           !T->isIntegralOrEnumerationType() &&
           !Setup.match(digestStepName(FD));
  }

  /// `MD5_Update(&ctx, secret, n)`: the context (the first argument) now
  /// hashes a secret of the server's, as CHAP, HTTP Digest and many
  /// payment signatures build their keyed hash.
  void noteKeyedDigest(const CallExpr *CE, Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || CE->getNumArgs() < 2)
      return;
    const ValueDecl *Context = bufferOf(CE->getArg(0));
    if (!Context)
      return;
    // A key given to the context (iked's `hash_setkey(sa->sa_integr, key,
    // n)`, `hmac_set_key`): what it finishes is a MAC.
    static const llvm::Regex SetKey("set_?key$", llvm::Regex::IgnoreCase);
    if (FD->getDeclName().isIdentifier() && SetKey.match(FD->getName())) {
      S.KeyedDigests.insert(Context);
      return;
    }
    if (!digestUpdate(FD))
      return;
    for (const Expr *Arg : llvm::drop_begin(CE->arguments()))
      switch (digestInput(Arg, S)) {
      case DigestInput::ClientPassword:
        S.PasswordDigests.insert(Context);
        [[fallthrough]];
      case DigestInput::Client:
        S.ClientDigests.insert(Context);
        break;
      case DigestInput::Key:
        S.KeyedDigests.insert(Context);
        break;
      case DigestInput::Other:
        break;
      }
  }

  enum class DigestInput { Other, Client, ClientPassword, Key };

  /// What a value fed to a digest is: the client's (its password among
  /// them), a secret or key of the server's, or neither.
  DigestInput digestInput(const Expr *Arg, const Secrets &S) {
    if (lookedUpSecret(Arg))
      return DigestInput::Key;
    // A check's parameter named for a shared secret, hashed with what it
    // checks, is the key the caller configured, not the client's value
    // (openvpn-radiusplugin's `authenticateReceivedPacket(secret)`
    // hashing the reply with the RADIUS secret).
    static const llvm::Regex SharedSecret(
        "^(shared_?)?secret$|^psk$|^((hmac|mac|shared|auth)_?)?key$",
        llvm::Regex::IgnoreCase);
    if (const auto *P =
            dyn_cast_or_null<ParmVarDecl>(declOf(withoutCasts(Arg)));
        P && S.Supplied.count(P) && P->getDeclName().isIdentifier() &&
        SharedSecret.match(P->getName()))
      return DigestInput::Key;
    if (mentionsAny(Arg, S.Supplied) || mentionsAny(Arg, S.Request))
      return readsNamed(Arg, passwordName) ? DigestInput::ClientPassword
                                           : DigestInput::Client;
    // (Also a key derived from a passphrase: Enchive's `protect` after
    // `key_derive(pass, protect, iexp, iv)`, hashed into its check value.)
    if (mentionsSigningKey(Arg, S) || mentionsAny(Arg, S.Keyed) ||
        mentionsServerSecret(Arg, S) || mentionsAny(Arg, S.DerivedKeys))
      return DigestInput::Key;
    // Also text printed with one into a `char` buffer (APOP's `sprintf(tmp,
    // "%s%s", challenge, password)` in UW IMAP's `apop_login`); not bytes
    // or a record a field named for a digest or key was copied into
    // (YubiHSM's chain of log digests).
    auto PlainChars = [](QualType T) {
      QualType Element = elementType(T);
      return !Element.isNull() &&
             (Element->isSpecificBuiltinType(BuiltinType::Char_S) ||
              Element->isSpecificBuiltinType(BuiltinType::Char_U));
    };
    bool BuiltText = false;
    forEachVariableRead(Arg, [&](const VarDecl *V) {
      BuiltText |= S.BuiltFromSecret.count(V) && PlainChars(V->getType());
    });
    return BuiltText ? DigestInput::Key : DigestInput::Other;
  }

  /// A secret field of the record a look-up returned, though the look-up
  /// was given the client's request (mangos's `lookup = m_gateway.
  /// LookupAccount(request)`, then `&lookup.sessionKey`): the server's
  /// record of the account, not what the client sent.
  static bool lookedUpSecret(const Expr *Arg) {
    const Expr *Read = withoutCasts(Arg);
    if (const auto *UO = dyn_cast<UnaryOperator>(Read);
        UO && UO->getOpcode() == UO_AddrOf)
      Read = withoutCasts(UO->getSubExpr());
    const auto *ME = dyn_cast_or_null<MemberExpr>(Read);
    if (!ME || !ME->getMemberDecl()->getDeclName().isIdentifier() ||
        !secretName(ME->getMemberDecl()->getName()))
      return false;
    const auto *Record =
        dyn_cast_or_null<VarDecl>(declOf(ME->getBase()->IgnoreParenImpCasts()));
    const auto *Lookup =
        Record && Record->isLocalVarDecl()
            ? dyn_cast_or_null<CallExpr>(withoutCasts(Record->getInit()))
            : nullptr;
    static const llvm::Regex LookupName("look_?up|find|fetch|query|select",
                                        llvm::Regex::IgnoreCase);
    return Lookup && LookupName.match(calleeName(Lookup));
  }

  /// A C++ digest object fed a value (cmangos's `sha.UpdateData(K)` of a
  /// `Sha1Hash`, resiprocate's `a1 << user << realm << password` into a
  /// `DigestStream`, Qt's `hash.addData(secret)`): given a secret of the
  /// server's (also a local a getter named for one set: `K =
  /// srp.GetStrongSessionKey()`, kept as `Keyed`), what it returns is a
  /// keyed hash, a MAC; given the client's value, that value hashed.
  void noteHashObjectInput(const CallExpr *CE, Secrets &S) {
    const Expr *ObjectExpr = nullptr;
    llvm::ArrayRef<const Expr *> Inputs;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      static const llvm::Regex Feed("^(update|add|write|append|feed|put)",
                                    llvm::Regex::IgnoreCase);
      const CXXMethodDecl *M = MC->getMethodDecl();
      if (!M || !M->getDeclName().isIdentifier() || !Feed.match(M->getName()))
        return;
      ObjectExpr = MC->getImplicitObjectArgument();
      Inputs = llvm::ArrayRef(MC->getArgs(), MC->getNumArgs());
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
               OC && OC->getOperator() == OO_LessLess &&
               OC->getNumArgs() == 2) {
      // `a1 << user << ':' << password`: each `<<` returns the stream.
      ObjectExpr = OC->getArg(0);
      while (const auto *Inner = dyn_cast<CXXOperatorCallExpr>(
                 ObjectExpr->IgnoreParenImpCasts()))
        if (Inner->getOperator() == OO_LessLess && Inner->getNumArgs() == 2)
          ObjectExpr = Inner->getArg(0);
        else
          break;
      Inputs = llvm::ArrayRef(OC->getArgs() + 1, 1);
    } else {
      return;
    }
    feedHashObject(dyn_cast_or_null<VarDecl>(declOf(ObjectExpr)), Inputs, S);
  }

  /// A local digest object given \p Inputs (see noteHashObjectInput); also
  /// by its constructor (yate's `MD5 md5(tmp)` of `tmp << m_nonce_secret`).
  void feedHashObject(const VarDecl *Object,
                      llvm::ArrayRef<const Expr *> Inputs, Secrets &S) {
    if (!Object || !Object->isLocalVarDecl())
      return;
    const RecordDecl *RD = Object->getType()->getAsRecordDecl();
    if (!RD || !RD->getDeclName().isIdentifier() ||
        !(hashName(RD->getName()) ||
          RD->getName().contains_insensitive("hmac")))
      return;
    for (const Expr *Arg : Inputs) {
      if (Arg->getType()->isIntegralOrEnumerationType())
        continue;
      switch (digestInput(Arg, S)) {
      case DigestInput::ClientPassword:
        S.HashedPasswords.insert(Object);
        [[fallthrough]];
      case DigestInput::Client:
        S.Supplied.insert(Object);
        break;
      case DigestInput::Key:
        markMac(Object, Arg->getBeginLoc(), S);
        break;
      case DigestInput::Other:
        break;
      }
    }
  }

  /// A call that makes a context keyed at its creation (ell's
  /// `l_checksum_new_hmac(type, kck, 16)`, `l_checksum_new_cmac_aes(key,
  /// 16)`, `hmac_new(...)`): what it finishes is a MAC.
  static bool macContextConstructor(const Expr *Value) {
    const auto *CE = dyn_cast_or_null<CallExpr>(withoutCasts(Value));
    if (!CE || !CE->getType()->isPointerType())
      return false;
    std::string N = llvm::StringRef(calleeName(CE)).lower();
    static const llvm::Regex Make("(^|_)(new|create|alloc)(_|$)");
    return (llvm::StringRef(N).contains("hmac") ||
            llvm::StringRef(N).contains("cmac")) &&
           Make.match(N);
  }

  /// `MD5_Final(out, &ctx)` of a context a secret went into.
  bool finalOfKeyedDigest(const CallExpr *CE, const Secrets &S) {
    return digestFinal(CE->getDirectCallee()) &&
           llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
             const ValueDecl *D = bufferOf(Arg);
             return D && S.KeyedDigests.count(D);
           });
  }

  /// A user's name: `username`, `user_`, `login`; who, not the secret.
  static bool userName(llvm::StringRef Name) {
    // Also IRC services' account `handle` and `nick`.
    static const llvm::Regex User(
        "^_*(m_)?(user|login|account|handle|nick)(_?(name|id))?_*$|"
        "user_?name|"
        // POSIX's account records: `pw_name`, shadow's `sp_namp`.
        "^(pw_name|sp_namp)$",
        llvm::Regex::IgnoreCase);
    return User.match(Name);
  }

  /// A variable named for the kind of a secret holds its scheme, not the
  /// secret (Anope's `hash_method(nc->pass.begin(), ...)`, the stored
  /// hash up to its ':').
  static bool kindName(const ValueDecl *D) {
    static const llvm::Regex Kind(
        "(alg|algo|algorithm|method|scheme|type|kind|format)s?$",
        llvm::Regex::IgnoreCase);
    return D->getDeclName().isIdentifier() && Kind.match(D->getName());
  }

  /// The name of an account, not of what proves it: a user's (see
  /// userName) or an IRC nick's. A password compared with one is a
  /// strength rule (Anope's `pass.equals_ci(u_nick)`: "choose a more
  /// obscure password"), not a check of who knows it.
  static bool accountName(llvm::StringRef Name) {
    static const llvm::Regex Nick("(^|_)nick(_?name)?$|^nick(name)?$",
                                  llvm::Regex::IgnoreCase);
    // ... also one kept from before (thttpd's cached `prevuser`).
    static const llvm::Regex Kept(
        "^_*(prev|last|cached|old)_?(user|login|account)(_?name)?_*$",
        llvm::Regex::IgnoreCase);
    return userName(Name) || Nick.match(Name) || Kept.match(Name);
  }

  /// A word of a text a tokenizer cut (`t->Token[0]` after `t =
  /// ParseToken(line, " \t")`): named token, no secret.
  static bool tokenWord(const Stmt *X, const Secrets &S) {
    const auto *ME = dyn_cast<MemberExpr>(X);
    return ME && S.TokenLists.count(declOf(ME->getBase()));
  }

  /// Whether \p E reads a value named like a secret that is not the
  /// client's, and is no number (OpenSprinkler's station id `sid`).
  static bool mentionsServerSecret(const Expr *E, const Secrets &S) {
    bool Found = false;
    walk(E, [&](const Stmt *X) {
      if (tokenWord(X, S))
        return;
      const ValueDecl *D = namedValue(X);
      Found |= serverSecretName(D, S) &&
               !D->getType()->isIntegralOrEnumerationType();
      // The bytes of a record named for a secret (OpenIPMI's `handle->data`
      // of a `struct ipmi_authdata_s`).
      if (const auto *ME = dyn_cast<MemberExpr>(X);
          ME && D && bytesMember(D->getName()) &&
          !mentionsAny(ME->getBase(), S.Request) &&
          !mentionsAny(ME->getBase(), S.Supplied))
        if (const RecordDecl *RD =
                pointee(ME->getBase()->getType())->getAsRecordDecl();
            RD && RD->getDeclName().isIdentifier()) {
          llvm::StringRef Type = RD->getName();
          if (Type.ends_with("_s") || Type.ends_with("_t"))
            Type = Type.drop_back(2);
          Found |= secretName(Type);
        }
      // A property read by an enum's constant named for a password
      // (GNU SASL's `gsasl_property_get(sctx, GSASL_PASSWORD)`).
      if (const auto *Get = dyn_cast<CallExpr>(X))
        Found |= readsSecretProperty(Get) || passwordOfUser(Get);
    });
    return Found;
  }

  /// The element type of an array or the pointee of a pointer, or null.
  static QualType elementType(QualType T) {
    if (T->isArrayType())
      return T->getAsArrayTypeUnsafe()->getElementType();
    return T->isPointerType() ? T->getPointeeType() : QualType();
  }

  /// A function named for a password, given a user's name: the password
  /// the server keeps for that user (UW IMAP's `auth_md5_pwd(user)`). (One
  /// a user types is asked for with a prompt: `getpass("Password: ")`.)
  static bool passwordOfUser(const CallExpr *CE) {
    if (!passwordName(calleeName(CE)))
      return false;
    // (Also a choice of names: `auth_md5_pwd(authuser ? authuser : user)`.)
    bool GivenUser = false;
    for (const Expr *Arg : CE->arguments())
      forEachVariableRead(Arg, [&](const VarDecl *V) {
        GivenUser |= V->getDeclName().isIdentifier() && userName(V->getName());
      });
    return GivenUser;
  }

  /// A getter given an enum's constant named for a secret: `gsasl_property_
  /// get(sctx, GSASL_PASSWORD)`, `av_get(ac, AV_A_DBPASSWORD)` (as an enum).
  /// Not a length (`TOKEN_LEN`).
  static bool readsSecretProperty(const CallExpr *CE) {
    static const llvm::Regex Getter("get|prop|param|attr|option|conf|value",
                                    llvm::Regex::IgnoreCase);
    if (!Getter.match(calleeName(CE)))
      return false;
    return llvm::any_of(CE->arguments(), [](const Expr *Arg) {
      return secretName(keyConstantName(Arg, ""));
    });
  }

  /// The name of the numeric key \p Arg is, an enum's constant or (given
  /// as \p Macro) a macro, or "" when there is none or it names a length
  /// (`TOKEN_LEN`): the key a value is read by.
  static std::string keyConstantName(const Expr *Arg, std::string Macro) {
    static const llvm::Regex Size("(len|length|size|max|min|count|num)$",
                                  llvm::Regex::IgnoreCase);
    if (!Arg->getType()->isIntegralOrEnumerationType())
      return "";
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
        Macro.empty() && DRE && isa<EnumConstantDecl>(DRE->getDecl()) &&
        DRE->getDecl()->getDeclName().isIdentifier())
      Macro = DRE->getDecl()->getName().str();
    return Size.match(Macro) ? "" : Macro;
  }

  /// `*p`, `*p++`, `p[i]` of a pointer in \p Of: one of its bytes.
  static bool readsElementOf(const Expr *E,
                             const llvm::DenseSet<const ValueDecl *> &Of) {
    E = E->IgnoreParenCasts();
    const Expr *Base = nullptr;
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_Deref)
      Base = UO->getSubExpr();
    else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
      Base = ASE->getBase();
    if (!Base)
      return false;
    Base = Base->IgnoreParenCasts();
    if (const auto *Step = dyn_cast<UnaryOperator>(Base);
        Step && Step->isIncrementDecrementOp())
      Base = Step->getSubExpr()->IgnoreParenCasts();
    const ValueDecl *D = declOf(Base);
    return D && Of.count(D);
  }

  /// A value named like a secret that is not one the client sent.
  /// (Not a `digest` an unkeyed hash of no secret wrote: NetX Duo's
  /// WebSocket client hashing the nonce it sent.)
  static bool serverSecretName(const ValueDecl *D, const Secrets &S) {
    return D && D->getDeclName().isIdentifier() && secretName(D->getName()) &&
           !S.Request.count(D) && !S.Supplied.count(D) &&
           !S.PlainHashOutputs.count(D) && !digestObject(D);
  }

  /// A hash's context or digest record named for the digest alone
  /// (apk-tools' `struct apk_digest_ctx digest_ctx`): what it hashes says
  /// whether it is keyed, not its name.
  static bool digestObject(const ValueDecl *D) {
    QualType T = D->getType();
    if (T->isPointerType())
      T = T->getPointeeType();
    return T->isRecordType() && !textType(T) && digestOnlyName(D->getName());
  }

  /// A member that holds its holder's bytes: `sid->buff`, `token.data`,
  /// a Quake cvar's `string`.
  /// A pointer to a C string object: a struct with a writable text member
  /// named for its bytes (GLib's `GString *`, `str`).
  static bool stringObjectPointer(QualType T) {
    if (!T->isPointerType() || T->getPointeeType().isConstQualified())
      return false;
    const RecordDecl *RD = T->getPointeeType()->getAsRecordDecl();
    RD = RD ? RD->getDefinition() : nullptr;
    return RD && llvm::any_of(RD->fields(), [](const FieldDecl *F) {
             return F->getDeclName().isIdentifier() &&
                    bytesMember(F->getName()) && textType(F->getType()) &&
                    F->getType()->isPointerType();
           });
  }

  /// The local pointer to a string object whose bytes \p E reads
  /// (`step2` of `step2->str`), or null.
  static const VarDecl *stringObjectHolder(const Expr *E) {
    const auto *ME = dyn_cast_or_null<MemberExpr>(E);
    if (!ME || !ME->isArrow() ||
        !ME->getMemberDecl()->getDeclName().isIdentifier() ||
        !bytesMember(ME->getMemberDecl()->getName()))
      return nullptr;
    const auto *VD = dyn_cast_or_null<VarDecl>(declOf(ME->getBase()));
    return VD && VD->isLocalVarDecl() && stringObjectPointer(VD->getType())
               ? VD
               : nullptr;
  }

  /// The one field a digest type named for it holds (TrouSerS's
  /// `TCPA_DIGEST::digest`): its name repeats the type's, which says what
  /// any value of the type is, a hash, not that this one is a secret.
  static bool payloadOfType(const ValueDecl *D) {
    const auto *Field = dyn_cast<FieldDecl>(D);
    if (!Field || !Field->getDeclName().isIdentifier())
      return false;
    const RecordDecl *RD = Field->getParent();
    llvm::StringRef Name = RD->getName();
    if (Name.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Name = TD->getName();
    std::vector<std::string> Words = nameWords(Name);
    return !Words.empty() && Words.back() == Field->getName().lower() &&
           (Words.back() == "digest" || Words.back() == "hash") &&
           std::distance(RD->field_begin(), RD->field_end()) == 1;
  }

  static bool bytesMember(llvm::StringRef Name) {
    // Also with a C struct's short prefix: OpenLDAP's `bv_val`, LMDB's
    // `mv_val`, `iov_base`.
    static const llvm::Regex Bytes(
        "^([a-z]{1,3}_)?(buf|buff|buffer|data|bytes|str|string|s|ptr|value|"
        "val|base)$");
    return Bytes.match(Name);
  }

  /// A name that says a digest algorithm: `Md5Encode`, `sha256_hex`,
  /// `CMD5Wrapper`, `Digest`.
  static bool digestName(llvm::StringRef Name) {
    static const llvm::Regex Digest("md5|sha-?(1|2|224|256|384|512)|digest",
                                    llvm::Regex::IgnoreCase);
    return Digest.match(Name);
  }

  /// A function named like a hash, or a method of a class named like one
  /// (see hashClassMethod).
  static bool hashFunction(const FunctionDecl *FD) {
    if (!FD || !FD->getDeclName().isIdentifier() || cipherName(FD->getName()))
      return false;
    return hashCallName(FD->getName()) || hashClassMethod(FD);
  }

  /// A cipher is no hash: `msg_decrypt = decrypt(...)`; PostgreSQL's
  /// `pg_md5_encrypt` is one. Nor is shadow's `pw_encrypt(clear, salt)`,
  /// crypt(3) by another name.
  static bool cipherName(llvm::StringRef Name) {
    static const llvm::Regex Cipher("(en|de)crypt", llvm::Regex::IgnoreCase);
    static const llvm::Regex PasswordCrypt("^(pw|pwd|pass|passwd)_?encrypt$",
                                           llvm::Regex::IgnoreCase);
    return Cipher.match(Name) && !digestName(Name) &&
           !Name.contains_insensitive("hash") && !PasswordCrypt.match(Name);
  }

  /// A call of a hash function, or of a function pointer named like one
  /// that returns a value (a crypto module's table: atheme's
  /// `ci->crypt(password, parameters)`).
  static bool hashCall(const CallExpr *CE) {
    if (!CE)
      return false;
    if (const FunctionDecl *FD = CE->getDirectCallee())
      return hashFunction(FD);
    const ValueDecl *Pointer =
        namedValue(CE->getCallee()->IgnoreParenImpCasts());
    return Pointer && Pointer->getDeclName().isIdentifier() &&
           !CE->getCallReturnType(Pointer->getASTContext())->isVoidType() &&
           !cipherName(Pointer->getName()) && hashCallName(Pointer->getName());
  }

  /// A method of a class named like a hash that returns a value
  /// (`CMD5Wrapper::encode(text)`, `MD5::Encode`).
  static bool hashClassMethod(const FunctionDecl *FD) {
    if (!FD || !FD->getDeclName().isIdentifier())
      return false;
    const auto *Holder = dyn_cast<NamedDecl>(FD->getDeclContext());
    return Holder && Holder->getDeclName().isIdentifier() &&
           digestName(Holder->getName()) &&
           !FD->getReturnType()->isVoidType() &&
           !FD->getReturnType()->isBooleanType();
  }

  /// A name that says hashing: `hash_key`, `sha1_hex`, `Md5Encode`.
  static bool hashName(llvm::StringRef Name) {
    // A hash table's operations (`hash_find`, `g_hash_table_lookup`,
    // czmq's `zhashx_lookup`) hash nothing the caller sees.
    static const llvm::Regex Table(
        "hash[a-z]?_?(table|map|set|tbl|find|lookup|search|insert|put|remove|"
        "del)",
        llvm::Regex::IgnoreCase);
    if (Table.match(Name))
      return false;
    // Also MD2 and MD4 as a word (IPMI's and NTLM's), not `cmd2`, and a
    // library's generic digest (libgcrypt's `gcry_md_write`, mbed TLS's
    // `mbedtls_md_update`).
    static const llvm::Regex Hash("hash|sha|md5|digest|(^|_)md[24]?(_|$)",
                                  llvm::Regex::IgnoreCase);
    // English words that hold "sha" (`handshake`, `shared`, `shape`) do not
    // say SHA.
    static const llvm::Regex NotSha("hand_?shak|shar[deiu]|shap|shall|shaft",
                                    llvm::Regex::IgnoreCase);
    std::string Words = Name.str();
    llvm::SmallVector<llvm::StringRef, 1> Match;
    while (NotSha.match(Words, &Match)) {
      size_t At = Match[0].data() - Words.data();
      Words.replace(At, Match[0].size(), std::string(Match[0].size(), '_'));
    }
    return Hash.match(Words);
  }

  /// A function named like a hash or a password hashing.
  static bool hashCallName(llvm::StringRef Name) {
    return hashName(Name) || passwordHashName(Name);
  }

  /// A function named like a password hashing: `crypt_rn`, `pbkdf2`.
  static bool passwordHashName(llvm::StringRef Name) {
    // Also OpenPGP's string-to-key (Gnuk's `s2k(salt, n, pw, n, out)`).
    static const llvm::Regex PasswordHash("crypt|pbkdf|argon2|(^|_)s2k(_|$)",
                                          llvm::Regex::IgnoreCase);
    // Not OpenSSL's allocator (`OPENSSL_strdup` is `CRYPTO_strdup`).
    return PasswordHash.match(Name) && !Name.contains_insensitive("crypto_");
  }

  /// A write that builds text: `snprintf(buf, ...)`, `out << ...`,
  /// `s.append(...)` (not a search or a lookup: `payload.find(token)`).
  static bool buildsText(const Stmt *X) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X))
      return OC->getOperator() == OO_LessLess;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
      const FunctionDecl *FD = MC->getDirectCallee();
      return FD && FD->getDeclName().isIdentifier() &&
             (FD->getName() == "append" || FD->getName() == "assign");
    }
    return isa<CallExpr>(X);
  }

  /// The named variable or field \p X reads, or null.
  static const ValueDecl *namedValue(const Stmt *X) {
    const ValueDecl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
      D = dyn_cast<VarDecl>(DRE->getDecl());
    else if (const auto *ME = dyn_cast<MemberExpr>(X))
      D = dyn_cast<FieldDecl>(ME->getMemberDecl());
    return D && D->getDeclName().isIdentifier() ? D : nullptr;
  }

  /// Whether \p E reads a variable or field named like a secret.
  static bool namesSecret(const Expr *E) { return readsNamed(E, secretName); }

  /// Whether \p E reads a variable or member whose name \p Says.
  static bool readsNamed(const Expr *E, bool (*Says)(llvm::StringRef)) {
    bool Found = false;
    std::function<void(const Stmt *)> Visit = [&](const Stmt *X) {
      if (!X || Found)
        return;
      const ValueDecl *D = namedValue(X);
      if (D && D->getDeclName().isIdentifier() && Says(D->getName())) {
        Found = true;
        return;
      }
      // A public property of a secret's holder is not the secret:
      // `userToken->userName`, `token->encryptionAlgorithm`.
      if (D && isa<MemberExpr>(X) && D->getDeclName().isIdentifier() &&
          publicMemberName(D->getName()))
        return;
      for (const Stmt *C : X->children())
        Visit(C);
    };
    Visit(E);
    return Found;
  }
  /// A new value a caller chose, not one it guesses: a parameter named for
  /// a new password in any function (Cetus's `pwd_pair_same_pwd(pwd,
  /// new_pass, t)`, refusing an update that changes nothing), and what a
  /// password setter is given but the old password it may check first.
  static bool newValueParam(const FunctionDecl *F, const ParmVarDecl *P) {
    if (!P->getDeclName().isIdentifier())
      return false;
    static const llvm::Regex NewSecret(
        "^_*new_?(pass|passwd|password|pw|pwd|secret|pin)$",
        llvm::Regex::IgnoreCase);
    static const llvm::Regex OldValue("old|cur|prev", llvm::Regex::IgnoreCase);
    // Nor the raw message a setter was handed, which carries the old
    // password as well as the new (Netatalk's `randnum_changepw(..., char
    // *ibuf, ...)` checking the old one first).
    static const llvm::Regex RawMessage(
        "^(i|in|input|rx|recv|rcv|req|request)_?buf(fer)?$|^(pkt|packet)$",
        llvm::Regex::IgnoreCase);
    llvm::StringRef Name = P->getName();
    return NewSecret.match(Name) ||
           (F && setsPassword(F) && !OldValue.match(Name) &&
            !RawMessage.match(Name));
  }

  /// `Session::getID()`, `HttpSession::id()`: a session class's getter of
  /// its id, not of a user's or an object's id it carries. Not a media or
  /// a TLS session's, whose id goes in clear (SDP's origin line, a
  /// ServerHello).
  static bool sessionIdGetter(const CXXMethodDecl *Method) {
    static const llvm::Regex IdGetter("^(get_?)?s?id$",
                                      llvm::Regex::IgnoreCase);
    static const llvm::Regex SessionClass("session", llvm::Regex::IgnoreCase);
    static const llvm::Regex PublicSession(
        "sdp|rtp|rtsp|sip|media|call|dialog|ssl|tls|quic",
        llvm::Regex::IgnoreCase);
    const CXXRecordDecl *Record = Method->getParent();
    return Method->getNumParams() == 0 &&
           Method->getDeclName().isIdentifier() &&
           IdGetter.match(Method->getName()) && Record &&
           Record->getDeclName().isIdentifier() &&
           SessionClass.match(Record->getName()) &&
           !PublicSession.match(Record->getName());
  }

  /// A member that names a public property of what holds it: a
  /// protocol's public field (publicFieldName), its name, type, algorithm,
  /// length, a user's shell.
  static bool publicMemberName(llvm::StringRef Name) {
    static const llvm::Regex Property(
        "(algorithm|(^|_)alg|uri|url|shell|(^|_)dir|gecos|(^|_)[ug]id|"
        "length|(^|_)len|size|count|version|(^|_)identity|code_?challenge|"
        // An edge token's access list and client address (Akamai's
        // `parsed_token.acl`, `.ip`): what it grants, sent in clear.
        "(^|_)acl|(^|_)ip)$",
        llvm::Regex::IgnoreCase);
    return publicFieldName(Name) || labelName(Name) || userName(Name) ||
           Property.match(Name);
  }

  /// A project function named like signing (`do_md_sign(in, n, type,
  /// &out)`, `rsa_sign`, `computeSignature`): what it writes is a
  /// signature. Not `assign`, `design`, `signal`, `verify_sign`.
  bool signsByName(const FunctionDecl *FD) {
    static const llvm::Regex Sign(
        "(^|_)sign(_|$)|^sign[A-Z]|[a-z]Sign([A-Z]|$)|"
        "(^|_)signature(_|$)|[a-z]Signature$");
    // What names the kinds of signature is no signature:
    // `userauth_supported_key_sign_algs`, `sign_method_name`.
    static const llvm::Regex Kinds(
        "(alg|algo|algorithm|method|type|kind|name|list|pref|len|length|size|"
        "flag|mode)s?$",
        llvm::Regex::IgnoreCase);
    // Nor a radio operator's or a player's call sign (BZFlag's
    // `getCallSign()`).
    static const llvm::Regex CallSign("call_?sign", llvm::Regex::IgnoreCase);
    return !computingName(FD).empty() && Sign.match(FD->getName()) &&
           !outcomeName(FD->getName()) && !Kinds.match(FD->getName()) &&
           !CallSign.match(FD->getName());
  }

  /// A project function that hashes a key into a buffer:
  /// `hash_shared_key(ins, conn, salt, host, n, out, 128)`, or a hash
  /// given a secret (`sha256_digest(app_secret, data, out)`).
  bool keyedHashByName(const CallExpr *CE, const Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!hashName(computingName(FD)))
      return false;
    // A bare `key` argument may be a cache's or a table's: only a secret's
    // name says the hash is keyed.
    // Nor is the buffer a finishing step writes the digest into (7-Zip's
    // `Sha256_Final(&sha, digest)` of a public check value); a one-shot
    // hash into `digest` (tac_plus-ng's `md5v(digest, n, iov, 1)` of a
    // password) is still taken for a keyed one.
    bool Final = digestFinal(FD);
    // Nor one named for the digest of a public record or document
    // (getdns's `_getdns_secalgo_ds_digest(alg, buf, n, digest)`, a DNSKEY's
    // digest matched with its DS record).
    static const llvm::Regex PublicDigest(
        "(^|_)(ds|dnskey|file|body|content|document|cert|certificate|pubkey|"
        "public_?key|fingerprint)_?(digest|hash)",
        llvm::Regex::IgnoreCase);
    bool OfPublic = PublicDigest.match(computingName(FD));
    // Nor a hash object named for its digest, nor the pointer the call
    // sets to the text it makes (nats.c's `_getDigestValue(&digest,
    // get->digest)` of a `nats_hash *`): a context and an output, no key.
    bool SecretArg = argumentNamed(CE, S, [&](const ValueDecl *D) {
      bool Digest = D->getName().contains_insensitive("digest");
      QualType T = D->getType();
      bool HashContext =
          Digest && T->isPointerType() && T->getPointeeType()->isRecordType();
      return secretName(D->getName()) && !passwordName(D->getName()) &&
             !((Final || OfPublic) && Digest) && !HashContext;
    });
    // `hash_key`, `cache_key` hash a table's key; a shared or signing key
    // is the server's secret.
    static const llvm::Regex KeyOfSecret(
        "(shared|secret|private|signing|sign|psk|app|auth)_?key",
        llvm::Regex::IgnoreCase);
    return SecretArg || KeyOfSecret.match(FD->getName());
  }

  /// A project cipher given a secret or a password as its key
  /// (`spa_smb_nt_encrypt(clearpass, challenge, nt_resp)`, a VNC server's
  /// `encrypt_bytes(challenge, passwd)`): what it writes is the response a
  /// challenge-response login expects, as secret as a MAC.
  /// An encryption under a key named for MACs (OpenSC's `des_encrypt_cbc(
  /// card, exdata->sk_mac, 8, iv, data, n, mac)`): a CBC-MAC, or the
  /// retail MAC of smart cards, written into its output. Not a MAC
  /// address (`struct ether_addr mac`).
  bool cbcMacByKey(const CallExpr *CE, const Secrets &S) {
    // ... or into a buffer named for one (CWA-14890's `macbuf`).
    static const llvm::Regex MacKey(
        "^_*(sk|k|s|session)?_?c?mac_?(key|k|enc)?$|^_*c?mac_?key|^_*kmac|"
        "^_*c?mac_?(buf|buffer|out|value|data)$",
        llvm::Regex::IgnoreCase);
    return encrypting(CE->getDirectCallee()) &&
           argumentNamed(CE, S, [](const ValueDecl *D) {
             return MacKey.match(D->getName()) && !macAddress(D);
           });
  }

  /// A function named for encrypting (`des_encrypt_cbc`, `EVP_EncryptUpdate`),
  /// not for decrypting.
  /// A function named for scrambling a password with a challenge (MySQL's
  /// `scramble`, `network_mysqld_proto_password_scramble`).
  bool scrambling(const FunctionDecl *FD) {
    static const llvm::Regex Scramble("(^|_)scramble(_|$)");
    return FD && Scramble.match(computingName(FD));
  }

  static bool encrypting(const FunctionDecl *FD) {
    return FD && FD->getDeclName().isIdentifier() &&
           FD->getName().contains_insensitive("encrypt") &&
           !FD->getName().contains_insensitive("decrypt");
  }

  bool keyedCipherByName(const CallExpr *CE, const Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (computingName(FD).empty() || !encrypting(FD))
      return false;
    return argumentNamed(CE, S, [](const ValueDecl *D) {
      return secretName(D->getName()) || passwordName(D->getName());
    });
  }

  /// A project function that decrypts with a key of the server's
  /// (`oauth_proxy_decryption_decrypt_cookie(r, &token, &hex,
  /// &config->encryption_key)`).
  bool sealedByServer(const CallExpr *CE, const Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    static const llvm::Regex Open("decrypt|unseal|unprotect",
                                  llvm::Regex::IgnoreCase);
    if (computingName(FD).empty() || !Open.match(computingName(FD)))
      return false;
    return argumentNamed(CE, S, [](const ValueDecl *D) {
      return secretName(D->getName()) && !passwordName(D->getName());
    });
  }

  /// Whether an argument of \p CE reads a value, not the client's, whose
  /// name \p Named accepts.
  template <typename Pred>
  static bool argumentNamed(const CallExpr *CE, const Secrets &S, Pred Named) {
    bool Found = false;
    for (const Expr *Arg : CE->arguments()) {
      // Not a pointer the call sets (`&digest`): it carries nothing in.
      const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
      const ValueDecl *Set = UO && UO->getOpcode() == UO_AddrOf
                                 ? declOf(UO->getSubExpr())
                                 : nullptr;
      if (Set && Set->getType()->isPointerType())
        continue;
      walk(Arg, [&](const Stmt *X) {
        const ValueDecl *D = namedValue(X);
        Found |= D && !S.Request.count(D) && Named(D);
      });
    }
    return Found;
  }

  /// A function that sets a password (`change_password_realtime`,
  /// `setPassword`): what it compares is the new value with the kept one.
  static bool setsPassword(const FunctionDecl *F) {
    static const llvm::Regex Setter(
        "(change|set|update|reset|store|save)_?(pass|pw|pwd|passwd|password)",
        llvm::Regex::IgnoreCase);
    return F->getDeclName().isIdentifier() && Setter.match(F->getName());
  }

  /// Buffers of \p Body cut at their first colon: a pointer set to
  /// `strchr(buf, ':')` through which a NUL is written (thttpd's `authpass =
  /// strchr(authinfo, ':'); *authpass++ = '\0'`).
  static llvm::DenseSet<const ValueDecl *> userParts(const Stmt *Body) {
    llvm::DenseMap<const ValueDecl *, const ValueDecl *> ColonOf;
    auto NoteSplit = [&](const ValueDecl *Pointer, const Expr *Value) {
      const auto *Find = dyn_cast_or_null<CallExpr>(withoutCasts(Value));
      if (!Pointer || !Find || Find->getNumArgs() != 2 ||
          calleeName(Find) != "strchr")
        return;
      const auto *Colon =
          dyn_cast<CharacterLiteral>(Find->getArg(1)->IgnoreParenImpCasts());
      // A local buffer; not one named as a password, whose colon parts
      // are passwords both (bahamut's `sptr->passwd` of `PASS conn:nick`).
      const auto *Buffer = dyn_cast_or_null<VarDecl>(declOf(Find->getArg(0)));
      if (Buffer && Buffer->isLocalVarDecl() &&
          Buffer->getDeclName().isIdentifier() &&
          !passwordName(Buffer->getName()) && Colon && Colon->getValue() == ':')
        ColonOf[Pointer] = Buffer;
    };
    llvm::DenseSet<const ValueDecl *> Parts;
    walk(Body, [&](const Stmt *X) {
      if (const auto *DS = dyn_cast<DeclStmt>(X))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
            NoteSplit(VD, VD->getInit());
      const auto *BO = dyn_cast<BinaryOperator>(X);
      if (!BO || BO->getOpcode() != BO_Assign)
        return;
      NoteSplit(declOf(BO->getLHS()), BO->getRHS());
      // `*p++ = '\0'`, `*p = 0`, `p[0] = '\0'`.
      const Expr *Target = BO->getLHS()->IgnoreParenImpCasts();
      if (const auto *Deref = dyn_cast<UnaryOperator>(Target);
          Deref && Deref->getOpcode() == UO_Deref)
        Target = Deref->getSubExpr()->IgnoreParenImpCasts();
      else if (const auto *At = dyn_cast<ArraySubscriptExpr>(Target))
        Target = At->getBase()->IgnoreParenImpCasts();
      else
        return;
      if (const auto *Step = dyn_cast<UnaryOperator>(Target);
          Step && Step->isIncrementOp())
        Target = Step->getSubExpr();
      Expr::EvalResult Zero;
      if (auto It = ColonOf.find(declOf(Target));
          It != ColonOf.end() &&
          BO->getRHS()->EvaluateAsInt(Zero, It->first->getASTContext()) &&
          Zero.Val.getInt() == 0)
        Parts.insert(It->second);
    });
    return Parts;
  }

  /// A parameter that is the request: by its type, or an object named
  /// `request` whatever its class (resiprocate's `const SipMessage&
  /// request`), or the text of its authorization header (ESPAsyncWebServer's
  /// `checkDigestAuthentication(const char *header, ..., password, ...)`).
  bool requestParam(const ParmVarDecl *P) const {
    static const llvm::Regex Named("^_*(request|req|(http|sip)_?request)_*$",
                                   llvm::Regex::IgnoreCase);
    static const llvm::Regex Header(
        "^_*(auth(orization)?_?)?header$|^_*authorization$",
        llvm::Regex::IgnoreCase);
    if (requestType(P->getType()) || !P->getDeclName().isIdentifier())
      return requestType(P->getType());
    QualType T = pointee(P->getType());
    return (Named.match(P->getName()) && T->isRecordType() && !textType(T)) ||
           (Header.match(P->getName()) && textType(P->getType()));
  }

  /// \p Init calls a method of a request that a call returned
  /// (`session->get_request()->get_header("Authorization")`).
  bool readsTemporaryRequest(const Expr *Init) const {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(stripConversions(Init));
    const Expr *Object = MC ? MC->getImplicitObjectArgument() : nullptr;
    if (!Object)
      return false;
    Object = Object->IgnoreImplicit()->IgnoreParens();
    // Through a smart pointer's `->`.
    if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Object);
        Arrow && Arrow->getOperator() == OO_Arrow)
      Object = Arrow->getArg(0)->IgnoreImplicit()->IgnoreParens();
    return isa<CallExpr>(Object) && requestType(Object->getType());
  }

  /// A callback an asynchronous MAC engine calls with its result
  /// (BTstack's `sm_sc_cmac_done(uint8_t *hash)`, `att_signed_write_handle_
  /// cmac_result(uint8_t hash[8])`): the bytes it is given are the MAC.
  static bool macResultCallback(const FunctionDecl *F) {
    static const llvm::Regex Callback(
        "(hmac|cmac|(^|_)mac|(^|_)mic|auth_?value)_?(handle_?)?(done|result|"
        "complete|completed|calculated|computed|ready|finished)$",
        llvm::Regex::IgnoreCase);
    return F->getDeclName().isIdentifier() && Callback.match(F->getName());
  }

  /// See Secrets::Cursors.
  static llvm::DenseSet<const ValueDecl *> cursors(const Stmt *Body) {
    llvm::DenseMap<const ValueDecl *, llvm::SmallPtrSet<const ValueDecl *, 2>>
        Targets;
    auto Note = [&](const ValueDecl *Pointer, const Expr *Value) {
      const auto *Local = dyn_cast_or_null<VarDecl>(Pointer);
      if (!Local || !Local->isLocalVarDecl() ||
          !Local->getType()->isPointerType() || !Value)
        return;
      if (const ValueDecl *Target = bufferOf(Value); Target && Target != Local)
        Targets[Local].insert(Target);
    };
    walk(Body, [&](const Stmt *X) {
      const Expr *Lhs = nullptr, *Rhs = nullptr;
      if (asAssignment(X, Lhs, Rhs))
        Note(declOf(Lhs->IgnoreParenImpCasts()), Rhs);
      if (const auto *DS = dyn_cast<DeclStmt>(X))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D))
            Note(VD, VD->getInit());
    });
    llvm::DenseSet<const ValueDecl *> Out;
    for (const auto &[Pointer, Buffers] : Targets)
      if (Buffers.size() >= 2)
        Out.insert(Pointer);
    return Out;
  }

  Secrets secretsIn(const Stmt *Body, const FunctionDecl *F = nullptr) {
    Secrets S;
    S.UserParts = userParts(Body);
    S.Cursors = cursors(Body);
    static const llvm::Regex MacCheck(
        "(verify|check|validate|compare|cmp)_?(hmac|cmac|mac|mic|auth_?tag)$|"
        "^_*(hmac|cmac|mac|mic|auth_?tag)_?(verify|check|validate|ok|valid)$",
        llvm::Regex::IgnoreCase);
    S.MacCheck =
        F && F->getDeclName().isIdentifier() && MacCheck.match(F->getName());
    static const llvm::Regex PasswordCheck(
        "(check|verify|validate|process|match|test)_?(pass|passwd|password|pw|"
        "pwd|pass_?key|pass_?phrase)$|^_*(pass|passwd|password)_?(check|"
        "verify|ok|valid|correct|matches)$|(^|_)(pass|passwd|password|pw|pwd)_?"
        "(cmp|compare)$|"
        // MySQL's `check_scramble_sha1(reply, message, hash_stage2)`.
        "(check|verify)_?scramble(_[a-z0-9]+)?$",
        llvm::Regex::IgnoreCase);
    S.PasswordCheck = F && F->getDeclName().isIdentifier() &&
                      PasswordCheck.match(F->getName());
    static const llvm::Regex UserAuth(
        "(^|_)(user_?auth|auth_?user|authenticate(_user)?)(_|$)",
        llvm::Regex::IgnoreCase);
    S.UserAuth = F && UserAuth.match(computingName(F));
    // A check that reads the request itself (`Request::checkAuthentication(
    // username, password)`, `check_auth(req, expected)`) is given what the
    // server expects, not what the client sent.
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(F);
    bool ReadsRequest =
        (MD && requestRecord(MD->getParent())) ||
        (F && llvm::any_of(F->parameters(), [&](const ParmVarDecl *P) {
           return requestParam(P);
         }));
    if (F)
      for (const ParmVarDecl *P : F->parameters()) {
        if (textType(P->getType()) && newValueParam(F, P))
          S.NewValues.insert(P);
        S.Params.insert(P);
        if (P->getDeclName().isIdentifier() && secretName(P->getName()))
          S.Named.insert(P);
        if (macResultCallback(F) && P->getType()->isPointerType() &&
            P->getType()->getPointeeType()->isIntegerType())
          markMac(P, P->getLocation(), S);
        if ((checkName(F) && !ReadsRequest && textType(P->getType()) &&
             !serverValueName(P) && !keyOfAnswerCheck(F, P)) ||
            suppliedName(P))
          S.Supplied.insert(P);
      }
    walk(Body, [&](const Stmt *X) {
      {
        const Expr *Lhs = nullptr, *Rhs = nullptr;
        if (asAssignment(X, Lhs, Rhs))
          if (const auto *Local = dyn_cast_or_null<VarDecl>(declOf(Lhs));
              Local && Local->isLocalVarDecl() &&
              Local->getType()->isPointerType()) {
            if (const auto *Global = dyn_cast_or_null<VarDecl>(
                    declOf(Rhs->IgnoreParenImpCasts()));
                Global && Global->hasGlobalStorage())
              S.PointsAtGlobal.insert(Local);
            // `pass = cmd->argv[2]`: text the caller handed over (not a
            // record found from a parameter: `out = head->first`).
            if (Local->getType()->getPointeeType()->isAnyCharacterType() &&
                mentionsAny(Rhs, S.Params))
              S.Params.insert(Local);
          }
      }
      // ... and its locals that hold the new value (SoftEther's
      // `new_password` read from the packet in `ChangePasswordAccept`).
      static const llvm::Regex NewValue("^_*new", llvm::Regex::IgnoreCase);
      if (const auto *DS = dyn_cast<DeclStmt>(X); DS && F && setsPassword(F))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getDeclName().isIdentifier() &&
              NewValue.match(VD->getName()))
            S.NewValues.insert(VD);
      // A variadic function's arguments (`nt_response = va_arg(args, const
      // uint8_t *)` in accel-ppp's MS-CHAP check) are its parameters too.
      if (const auto *DS = dyn_cast<DeclStmt>(X))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getInit() &&
              (isa<VAArgExpr>(VD->getInit()->IgnoreParenImpCasts()) ||
               // ... and so is a byte read from one (Exim's `int a =
               // *clear++` decoding the client's hex digest).
               readsElementOf(VD->getInit(), S.Params) ||
               // ... and so is a pointer derived from one (accel-ppp's
               // `cln = container_of(h, typeof(*cln), hnd)`).
               (VD->getType()->isPointerType() &&
                mentionsAny(VD->getInit(), S.Params))))
            S.Params.insert(VD);
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
            P && requestParam(P))
          S.Request.insert(P);
      if (const auto *E = dyn_cast<Expr>(X))
        if (const ValueDecl *D = declOf(E); D && RequestServers.count(D))
          S.Request.insert(D);
      // A local read out of a request the code reached through another
      // object (restbed's `session->get_request()->get_header(
      // "Authorization")`): no parameter is the request.
      if (const auto *DS = dyn_cast<DeclStmt>(X))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getInit() && readsTemporaryRequest(VD->getInit()))
            S.Request.insert(VD);
      // A connection class's request member (`_req.target()`); a request
      // class's own fields, read in its methods (`headers.find(...)` in
      // `Request::checkAuthentication`).
      if (const auto *ME = dyn_cast<MemberExpr>(X))
        if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
            FD && (requestType(FD->getType()) ||
                   (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) &&
                    requestRecord(FD->getParent()))))
          S.Request.insert(FD);
      // A raw server's buffer: what it receives from a peer.
      if (const auto *CE = dyn_cast<CallExpr>(X))
        if (const ValueDecl *Buf = receivedInto(CE))
          S.Request.insert(Buf);
      if (const auto *CE = dyn_cast<CallExpr>(X)) {
        notePasswordGetters(CE, S);
        notePairKeys(CE, S);
      }
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      auto It = CryptoOf.find(E);
      if (It == CryptoOf.end() || !producesSecret(*It->second->Rule))
        return;
      if (const ValueDecl *Out = outputBuffer(It->second->Output)) {
        markMac(Out, E->getBeginLoc(), S);
        if (It->second->Rule->Kind == "derive_key")
          S.DerivedKeys.insert(Out);
      }
    });
    // Results of MAC calls, and values built from MACs (hex, base64).
    for (int Round = 0; Round < 4; ++Round)
      walk(Body, [&](const Stmt *X) {
        if (const auto *CE = dyn_cast<CallExpr>(X))
          noteOutputBuffers(CE, S);
        const ValueDecl *Target = nullptr;
        const Expr *Value = nullptr;
        if (const auto *DS = dyn_cast<DeclStmt>(X)) {
          for (const Decl *D : DS->decls())
            if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit()) {
              classify(VD, VD->getInit(), S);
              if (const auto *Built = dyn_cast<CXXConstructExpr>(
                      VD->getInit()->IgnoreImplicit()))
                feedHashObject(
                    VD, llvm::ArrayRef(Built->getArgs(), Built->getNumArgs()),
                    S);
            }
          return;
        }
        const Expr *Lhs = nullptr;
        bool Assigns = asAssignment(X, Lhs, Value);
        Target = Assigns ? declOf(Lhs) : writtenInto(X, Value);
        // `dk.bv_val = (char *)dk_value`: the local struct holds the value;
        // the pointer member is every holder's (`scheme->bv_val`).
        if (const VarDecl *Holder = pointerMemberHolder(
                Assigns ? dyn_cast<MemberExpr>(Lhs->IgnoreParenImpCasts())
                        : nullptr))
          Target = Holder;
        // `val[n] = q[n]`: a local array copied from another value byte by
        // byte is that value.
        if (Assigns && !Target)
          if (const auto *ASE =
                  dyn_cast<ArraySubscriptExpr>(Lhs->IgnoreParenImpCasts()))
            if (const auto *VD =
                    dyn_cast_or_null<VarDecl>(declOf(ASE->getBase()));
                VD && VD->isLocalVarDecl() && VD->getType()->isArrayType())
              Target = VD;
        // ... or a local container's (RethinkDB's `client_proof[i] =
        // client_key[i] ^ client_signature[i]` into a `std::array`).
        if (Assigns && !Target)
          if (const auto *Element =
                  dyn_cast<CXXOperatorCallExpr>(Lhs->IgnoreParenImpCasts());
              Element && Element->getOperator() == OO_Subscript)
            if (const auto *VD = dyn_cast_or_null<VarDecl>(
                    declOf(Element->getArg(0)->IgnoreParenImpCasts()));
                VD && VD->isLocalVarDecl() && VD->getType()->isRecordType())
              Target = VD;
        // `*s = hextab[digest[i] / 16]` after `s = encrypted`: a MAC
        // written in hex through a pointer into a local array (vpopmail's
        // APOP digest) is in that array.
        if (Assigns && Value && mentionsAny(Value, S.Mac))
          if (const ValueDecl *Into = arrayWrittenThrough(Lhs, S))
            markMac(Into, X->getBeginLoc(), S);
        if (!Target || !Value)
          return;
        if (Assigns)
          classify(Target, Value, S, fieldOfLocal(Lhs));
        else if (mentionsAny(Value, S.Mac))
          markMac(Target, X->getBeginLoc(), S);
        auto SecretWrite = [&] {
          if (auto It = S.BufferWrites.find(Target);
              It != S.BufferWrites.end() && It->second.count(X))
            It->second[X] = Secrets::Write::Secret;
        };
        if (!Assigns && mentionsSigningKey(Value, S)) {
          S.Keyed.insert(Target);
          SecretWrite();
        }
        if (!Assigns && buildsText(X) && !mentionsAny(Value, S.Request) &&
            namesSecret(Value)) {
          S.BuiltFromSecret.insert(Target);
          SecretWrite();
        }
      });
    return S;
  }

  /// An accessor call by its method and the object it is called on (null
  /// for `this`); none for an object that is no named variable or field.
  static std::optional<std::pair<const FunctionDecl *, const ValueDecl *>>
  getterKey(const CXXMemberCallExpr *Getter) {
    const Expr *Object =
        Getter->getImplicitObjectArgument()->IgnoreParenImpCasts();
    const ValueDecl *D = isa<CXXThisExpr>(Object) ? nullptr : declOf(Object);
    if (!D && !isa<CXXThisExpr>(Object))
      return std::nullopt;
    return std::make_pair(Getter->getMethodDecl()->getCanonicalDecl(), D);
  }

  /// Notes the accessors \p CE hands on for a parameter named for a
  /// password (see Secrets::PasswordGetters).
  static void notePasswordGetters(const CallExpr *CE, Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return;
    for (unsigned I = 0; I < CE->getNumArgs() && I < FD->getNumParams(); ++I) {
      const ParmVarDecl *P = FD->getParamDecl(I);
      const auto *Getter =
          dyn_cast<CXXMemberCallExpr>(stripConversions(CE->getArg(I)));
      // Through a conversion (`String::operator const char *`) or the
      // text's bytes (`retValue().c_str()`).
      if (Getter &&
          (isa_and_nonnull<CXXConversionDecl>(Getter->getMethodDecl()) ||
           calleeName(Getter) == "c_str" || calleeName(Getter) == "data"))
        Getter = dyn_cast<CXXMemberCallExpr>(
            stripConversions(Getter->getImplicitObjectArgument()));
      if (Getter && Getter->getNumArgs() == 0 && Getter->getMethodDecl() &&
          P->getDeclName().isIdentifier() && passwordName(P->getName()))
        if (auto Key = getterKey(Getter))
          S.PasswordGetters.insert(*Key);
    }
  }

  /// A variable named like a connected socket (`client_fd`, `sockclient`).
  static bool socketName(const ValueDecl *D) {
    static const llvm::Regex Socket("sock|client|conn|peer",
                                    llvm::Regex::IgnoreCase);
    return D->getDeclName().isIdentifier() && Socket.match(D->getName());
  }

  /// The buffer a call receives a peer's bytes into: `recv(fd, buf, ...)`,
  /// `SSL_read(ssl, buf, ...)`, `read(client_fd, buf, ...)` on a socket.
  static const ValueDecl *receivedInto(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier() || CE->getNumArgs() < 2 ||
        !FD->getDeclContext()->getRedeclContext()->isFileContext())
      return nullptr;
    llvm::StringRef N = FD->getName();
    bool Socket = N == "recv" || N == "recvfrom" || N == "SSL_read";
    if (N == "read") {
      const ValueDecl *Fd = declOf(CE->getArg(0));
      Socket = Fd && socketName(Fd);
    }
    return Socket ? bufferOf(CE->getArg(1)) : nullptr;
  }

  /// The stream or buffer a call writes into, with what it writes
  /// (\p Value): `ss << std::hex << (int)mac[i]`, `sprintf(hex + 2 * i,
  /// "%02x", mac[i])`, `hex.append(...)`. A MAC encoded there stays a MAC.
  static const ValueDecl *writtenInto(const Stmt *X, const Expr *&Value) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
      if (OC->getOperator() != OO_LessLess)
        return nullptr;
      const Expr *Base = OC->getArg(0)->IgnoreParenImpCasts();
      while (const auto *Inner = dyn_cast<CXXOperatorCallExpr>(Base)) {
        if (Inner->getOperator() != OO_LessLess)
          break;
        Base = Inner->getArg(0)->IgnoreParenImpCasts();
      }
      Value = OC;
      return declOf(Base);
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
      if (MC->getNumArgs() == 0)
        return nullptr;
      Value = MC;
      return declOf(MC->getImplicitObjectArgument());
    }
    if (const auto *CE = dyn_cast<CallExpr>(X); CE && CE->getNumArgs() >= 2)
      if (const FunctionDecl *FD = CE->getDirectCallee())
        if (FD->getDeclName().isIdentifier() &&
            FD->getName().contains("printf")) {
          // Into text (`sprintf(buf, ...)`), not onto a stream or a
          // connection (`fprintf(fp, ...)`, `mg_printf(conn, ...)`).
          QualType T = CE->getArg(0)->IgnoreParenImpCasts()->getType();
          if (!(T->isArrayType() || T->isPointerType()) ||
              !T->getPointeeOrArrayElementType()->isCharType())
            return nullptr;
          Value = CE;
          return bufferOf(CE->getArg(0));
        }
    return nullptr;
  }

  /// A call given an SQL query (`db.queryOne("SELECT ...", {id})`), or a
  /// look-up in the system's account database (busybox httpd's
  /// `getpwnam(user_and_passwd)` after cutting it at ':').
  static bool queriesDatabase(const Expr *Value) {
    static const llvm::Regex Query("^[[:space:]]*(SELECT|WITH)[[:space:]]",
                                   llvm::Regex::IgnoreCase);
    static const llvm::Regex Accounts("^(getpw|getsp)(nam|uid|ent)(_r)?$");
    bool Found = false;
    walk(Value, [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X))
        Found |= Accounts.match(calleeName(CE));
      if (const auto *SL = dyn_cast<StringLiteral>(X))
        Found |= SL->getCharByteWidth() == 1 && Query.match(SL->getString());
    });
    return Found;
  }

  /// A word of an argument vector the function was handed (an IRC
  /// server's `parv[1]`), or a local set to one.
  static bool argWord(const Expr *E, const Secrets &S) {
    const Expr *Bare = withoutCasts(E);
    if (const ValueDecl *D = declOf(Bare))
      return S.ArgWords.count(D);
    const auto *Word = dyn_cast_or_null<ArraySubscriptExpr>(Bare);
    const auto *Vector =
        Word ? dyn_cast<DeclRefExpr>(Word->getBase()->IgnoreParenImpCasts())
             : nullptr;
    if (Vector && S.ArgWords.count(Vector->getDecl()))
      return true;
    if (!Vector || !isa<ParmVarDecl>(Vector->getDecl()))
      return false;
    QualType T = Vector->getType();
    return T->isPointerType() && T->getPointeeType()->isPointerType() &&
           T->getPointeeType()->getPointeeType()->isCharType();
  }

  /// The local array a byte write goes into through a pointer set to it
  /// (`*s = ...`, `*s++ = ...`, `s[i] = ...` after `s = buf`), or null.
  static const ValueDecl *arrayWrittenThrough(const Expr *Lhs,
                                              const Secrets &S) {
    const Expr *Base = nullptr;
    const Expr *L = Lhs->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(L);
        UO && UO->getOpcode() == UO_Deref)
      Base = UO->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(L))
      Base = ASE->getBase()->IgnoreParenImpCasts();
    if (const auto *Step = dyn_cast_or_null<UnaryOperator>(Base);
        Step && Step->isIncrementDecrementOp())
      Base = Step->getSubExpr()->IgnoreParenImpCasts();
    const auto *Pointer =
        dyn_cast_or_null<VarDecl>(Base ? declOf(Base) : nullptr);
    if (!Pointer || !Pointer->isLocalVarDecl() ||
        !Pointer->getType()->isPointerType())
      return nullptr;
    // ... or after `r = p + strlen(p)`, into the heap buffer `p` that
    // courier's `mktoken` returns.
    if (auto Into = S.OffsetInto.find(Pointer); Into != S.OffsetInto.end())
      return Into->second;
    auto It = S.CopiedFrom.find(Pointer);
    if (It == S.CopiedFrom.end())
      return nullptr;
    for (const Expr *From : It->second)
      if (const auto *Array = dyn_cast_or_null<VarDecl>(declOf(From));
          Array && Array->isLocalVarDecl() &&
          Array->getType()->isConstantArrayType())
        return Array;
    return nullptr;
  }

  /// The local record a member assignment writes into (`newCust.password
  /// = password`), or null.
  static const VarDecl *fieldOfLocal(const Expr *Lhs) {
    const auto *ME = dyn_cast<MemberExpr>(Lhs->IgnoreParenImpCasts());
    if (!ME || ME->isArrow())
      return nullptr;
    const auto *DRE =
        dyn_cast<DeclRefExpr>(ME->getBase()->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    return VD && VD->isLocalVarDecl() && VD->getType()->isRecordType()
               ? VD
               : nullptr;
  }

  /// \p Holder, when given, is the local record whose field \p Target is
  /// written: a client's value there is that record's, not the field's in
  /// every record of its type (a sign-up handler's `newCust.password =
  /// password` leaves the stored customers' passwords the server's).
  /// Notes that the local \p D is a MAC from \p Loc on (see
  /// Secrets::MacAt), keeping the earliest place.
  void noteMacAt(const ValueDecl *D, SourceLocation Loc, Secrets &S) {
    const auto *Local = dyn_cast<VarDecl>(D);
    if (!Local || !Local->isLocalVarDecl() || Loc.isInvalid())
      return;
    Loc = SM.getExpansionLoc(Loc);
    auto [It, New] = S.MacAt.try_emplace(D, Loc);
    if (!New && SM.isBeforeInTranslationUnit(Loc, It->second))
      It->second = Loc;
  }

  /// Records that \p D holds a MAC, made at \p Loc.
  void markMac(const ValueDecl *D, SourceLocation Loc, Secrets &S) {
    S.Mac.insert(D);
    noteMacAt(D, Loc, S);
  }

  /// Whether \p Value reads a MAC: a local made one before it, or any
  /// other value known to hold one.
  bool mentionsMacBefore(const Expr *Value, const Secrets &S) {
    SourceLocation Here = SM.getExpansionLoc(Value->getBeginLoc());
    return mentionsWhere(Value, S.Mac, [&](const ValueDecl *D) {
      auto It = S.MacAt.find(D);
      return It == S.MacAt.end() ||
             !SM.isBeforeInTranslationUnit(Here, It->second);
    });
  }

  /// Whether \p E reads a value of \p Ds that \p Holds accepts there.
  template <typename Pred>
  static bool mentionsWhere(const Stmt *E,
                            const llvm::DenseSet<const ValueDecl *> &Ds,
                            Pred Holds) {
    bool Found = false;
    walk(E, [&](const Stmt *X) {
      if (Found || !isa<DeclRefExpr, MemberExpr>(X))
        return;
      const ValueDecl *D = declOf(cast<Expr>(X));
      Found = D && Ds.count(D) && Holds(D);
    });
    return Found;
  }

  void classify(const ValueDecl *Target, const Expr *Value, Secrets &S,
                const VarDecl *Holder = nullptr) {
    const ValueDecl *Client =
        Holder && isa<FieldDecl>(Target) ? Holder : Target;
    if (const auto *Local = dyn_cast<VarDecl>(Target);
        Local && Local->isLocalVarDecl()) {
      if (const Expr *Copied = copiedValue(Value))
        S.CopiedFrom[Local].push_back(Copied);
      // (Once each: the body is walked in rounds.)
      if (!llvm::is_contained(S.SetTo[Local], Value))
        S.SetTo[Local].push_back(Value);
      if (const auto *Step = dyn_cast<BinaryOperator>(withoutCasts(Value));
          Step && Step->isAdditiveOp() && Local->getType()->isPointerType())
        if (const auto *Buffer = dyn_cast_or_null<VarDecl>(
                declOf(Step->getLHS()->IgnoreParenImpCasts()));
            Buffer && Buffer->isLocalVarDecl() &&
            Buffer->getType()->isPointerType())
          S.OffsetInto[Local] = Buffer;
      // ircu's `keys = parv[2]`, then `key = keys`.
      if (argWord(Value, S))
        S.ArgWords.insert(Local);
    }
    if (const auto *Split = dyn_cast_or_null<CallExpr>(withoutCasts(Value));
        Split && tokenizerName(calleeName(Split)))
      S.TokenLists.insert(Target);
    // A handle (`f = fopen(usedname, "r")`, a file named after a MAC) holds
    // no MAC and no key.
    QualType TargetType = Target->getType();
    // (Not a pointer to a variable: libreswan's `hunk_eq(L, R)` macro reads
    // its operands through `const typeof(L) *l_ = &(L)`.)
    const auto *AddressOf =
        dyn_cast_or_null<UnaryOperator>(withoutCasts(Value));
    bool Handle = TargetType->isPointerType() &&
                  TargetType->getPointeeType()->isRecordType() &&
                  !textType(TargetType->getPointeeType()) &&
                  !(AddressOf && AddressOf->getOpcode() == UO_AddrOf);
    bool FromMac = mentionsMacBefore(Value, S) || callsMac(Value) ||
                   keyedHash(Value, S) || readsKeyedDigest(Value, S);
    // A position or an amount found with a MAC's help (libtorrent's
    // `syncoffset` of the sync hash in the received bytes, the bytes
    // processed after it) is no MAC.
    static const llvm::Regex Amount(
        "off(set)?|size|len(gth)?|count|cnt|pos(ition)?|index|idx|used|"
        "processed|transferred|remaining|bytes",
        llvm::Regex::IgnoreCase);
    if (TargetType->isIntegralOrEnumerationType() &&
        Target->getDeclName().isIdentifier() && Amount.match(Target->getName()))
      FromMac = false;
    if (FromMac && !Handle)
      markMac(Target, Value->getBeginLoc(), S);
    // The digest a finishing step returns of a context no secret went into
    // (zchunk's `digest = hash_finalize(zck, &check_hash)` over a chunk's
    // bytes): a checksum, whatever the local is named.
    // So is a one-shot checksum of data no secret is in (GLib's `digest =
    // g_compute_checksum_for_data(G_CHECKSUM_SHA1, data, n)`, a file's).
    if (const auto *Hash = dyn_cast_or_null<CallExpr>(stripConversions(Value));
        !FromMac && Hash && isa<VarDecl>(Target) &&
        cast<VarDecl>(Target)->isLocalVarDecl() && checksumCall(Hash) &&
        llvm::none_of(Hash->arguments(), [&](const Expr *Arg) {
          bool NamedSecret = false;
          walk(Arg, [&](const Stmt *X) {
            if (const ValueDecl *D = namedValue(X);
                D && D->getDeclName().isIdentifier() &&
                secretName(D->getName()) && !digestOnlyName(D->getName()))
              NamedSecret = true;
          });
          return NamedSecret || mentionsServerSecret(Arg, S) ||
                 mentionsAny(Arg, S.Keyed) ||
                 mentionsAny(Arg, S.KeyedDigests) ||
                 mentionsAny(Arg, S.BuiltFromSecret) ||
                 mentionsAny(Arg, S.SecretText) ||
                 // (What a password check was handed is the password.)
                 ((S.PasswordCheck || S.UserAuth) &&
                  mentionsAny(Arg, S.Supplied));
        }))
      S.PlainHashOutputs.insert(Target);
    if (readsSignatureHeader(Value) || mentionsAny(Value, S.Signature))
      S.Signature.insert(Target);
    if (Target->getDeclName().isIdentifier() && secretName(Target->getName()))
      S.Named.insert(Target);
    if (const auto *VD = dyn_cast<VarDecl>(Target);
        VD && VD->isLocalVarDecl() && textType(TargetType) && !kindName(VD) &&
        mentionsServerSecret(Value, S) && !mentionsAny(Value, S.Request) &&
        !mentionsAny(Value, S.Supplied) && !digestSpace(Value, S)) {
      S.HeldSecrets.insert(VD);
      // The secret itself, not a value computed from it (`crypted =
      // crypt(pass, salt)`).
      const Expr *Held = withoutCasts(Value);
      if (const auto *Step = dyn_cast<BinaryOperator>(Held);
          Step && Step->isAdditiveOp())
        Held = withoutCasts(Step->getLHS());
      if (const ValueDecl *D = Held ? namedValue(Held) : nullptr;
          (isa<DeclRefExpr>(Held) || isa<MemberExpr>(Held)) &&
          serverSecretName(D, S))
        S.HeldSecretOf.try_emplace(VD, D);
    }
    // `pd->pd.key = &pd_key`: an address names an object, it holds no key;
    // nor does a handle (`f = fopen(conf_chap_secrets, "r")`).
    const auto *Address = dyn_cast<UnaryOperator>(Value->IgnoreParenImpCasts());
    if (mentionsSigningKey(Value, S) && !Handle &&
        !(Address && Address->getOpcode() == UO_AddrOf))
      S.Keyed.insert(Target);
    if (macContextConstructor(Value))
      S.KeyedDigests.insert(Target);
    // (Also in Base64 or hex: `b64(md5(text, false))`.)
    if (const CallExpr *CE =
            withoutEncoding(dyn_cast_or_null<CallExpr>(withoutCasts(Value))))
      if (hashCall(CE))
        if (!llvm::is_contained(S.HashedBy[Target], CE))
          S.HashedBy[Target].push_back(CE);
    // ... and so is what it points at (twemproxy's `key = kpos->start`
    // after `kpos = array_get(req->keys, 0)`).
    if (const auto *VD = dyn_cast<VarDecl>(Target);
        VD && VD->isLocalVarDecl() && VD->getType()->isPointerType())
      if (const auto *ME = dyn_cast<MemberExpr>(withoutCasts(Value));
          ME && ME->isArrow())
        if (const ValueDecl *Base =
                declOf(ME->getBase()->IgnoreParenImpCasts());
            Base && S.CallResults.count(Base))
          S.CallResults.insert(VD);
    if (const auto *VD = dyn_cast<VarDecl>(Target);
        VD && VD->isLocalVarDecl() &&
        isa_and_nonnull<CallExpr>(stripConversions(Value)) &&
        !isa<CXXOperatorCallExpr>(stripConversions(Value))) {
      S.CallResults.insert(VD);
      // `ourResponse = fCurrentAuthenticator.computeDigestResponse(cmd,
      // uri)` of an object the password went into.
      // Not its other accessors (`fCurrentAuthenticator.realm()`).
      static const llvm::Regex Computes("hash|sha|md5|digest|response|sign|"
                                        "mac|token|compute|encrypt",
                                        llvm::Regex::IgnoreCase);
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(stripConversions(Value));
          MC && !scalar(VD->getType()) && MC->getMethodDecl() &&
          MC->getMethodDecl()->getDeclName().isIdentifier() &&
          Computes.match(MC->getMethodDecl()->getName()) &&
          S.KeyedObjects.count(declOf(MC->getImplicitObjectArgument())))
        S.BuiltFromSecret.insert(VD);
    }
    // Also `struct mg_http_message *hm = ev_data;`: a request by its type.
    // Not a row the server looks up by the client's values (`queryOne(
    // "SELECT password FROM agent WHERE username=?", {username})`): the
    // server's data.
    // Nor what the server fetches for the user's name alone (crtmpserver's
    // `password = GetAuthPassword(user)`).
    if ((mentionsAny(Value, S.Request) && !queriesDatabase(Value) &&
         !throughSettings(Value) && !recordOfAccount(Value) &&
         !serverTableLookup(Value, S) && !lookupByUser(Value, S)) ||
        requestType(Target->getType()) || readsCgiRequest(Value))
      S.Request.insert(Client);
    // `char *tok = strdup(token);` in `check_token(const char *token)`.
    // Not an entry the server looks up by the client's name
    // (`it = passwordEntries->find(username)`): the server's.
    if ((mentionsAny(Value, S.Supplied) && !queriesDatabase(Value) &&
         !lookupByUser(Value, S)) ||
        (isa<VarDecl>(Target) && suppliedName(Target)))
      S.Supplied.insert(Client);
    if (const auto *CE = dyn_cast<CallExpr>(Value->IgnoreParenImpCasts())) {
      auto It = CryptoOf.find(CE);
      const FunctionDecl *FD = CE->getDirectCallee();
      if ((It != CryptoOf.end() && checkVerifies(CE, *It->second)) ||
          (FD && projectFunction(FD) && callVerifies(FD)))
        S.Verdict.insert(Target);
    }
  }

  /// The call inside an encoding of its result (`b64(md5(text))`,
  /// `hex(sha1(text))`), or \p CE.
  static const CallExpr *withoutEncoding(const CallExpr *CE) {
    static const llvm::Regex Encoder("^_*(b64|base64|hex|to_?hex|bin2hex|"
                                     "base64_?encode|b64_?encode|hex_?encode)$",
                                     llvm::Regex::IgnoreCase);
    while (CE && CE->getNumArgs() == 1 && Encoder.match(calleeName(CE)))
      if (const auto *Inner =
              dyn_cast_or_null<CallExpr>(withoutCasts(CE->getArg(0))))
        CE = Inner;
      else
        break;
    return CE;
  }

  /// An entry the server finds in a table of its own by what the client
  /// sent (lwan's `looked_password = hash_find(rpf->entries, decoded)`):
  /// the server's value, not the client's. Not a look-up in the request
  /// (`get_header(req, "X-Sig")`, `body.find("sig")`).
  static bool serverTableLookup(const Expr *Value, const Secrets &S) {
    // (Also cast: `(char *) zhashx_lookup(...)`.)
    const auto *CE = dyn_cast_or_null<CallExpr>(withoutCasts(Value));
    static const llvm::Regex Lookup("(^|_)(find|lookup|search|get)(_|$)",
                                    llvm::Regex::IgnoreCase);
    if (!CE || !Lookup.match(calleeName(CE)))
      return false;
    const Expr *Table = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      Table = MC->getImplicitObjectArgument();
    else if (CE->getNumArgs() >= 2)
      Table = CE->getArg(0);
    // (A member of the object a C function is handed is the server's:
    // czmq's `zhashx_lookup(self->passwords, request->username)`.)
    if (!Table || mentionsAny(Table, S.Request) ||
        mentionsAny(Table, S.Supplied) ||
        (mentionsAny(Table, S.Params) &&
         !isa<MemberExpr>(Table->IgnoreParenImpCasts())))
      return false;
    // A table: a member or a global the function did not build from its
    // arguments.
    const ValueDecl *D = namedValue(Table->IgnoreParenImpCasts());
    return D && (isa<FieldDecl>(D) ||
                 (isa<VarDecl>(D) && cast<VarDecl>(D)->hasGlobalStorage()));
  }

  /// A member read through the server's settings that a request context
  /// points to (Dovecot's `request->set->verbose_passwords`, nginx's
  /// `r->loc_conf`): the server's configuration, not what the client sent.
  static bool throughSettings(const Expr *E) {
    static const llvm::Regex Settings(
        "^_*(m_)?(set|settings|setup|conf|config|cfg|options|opts|"
        "[a-z]+_conf|[a-z]+_config)_*$",
        llvm::Regex::IgnoreCase);
    // The members the value is read through, its own aside.
    for (const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenCasts()); ME;) {
      const auto *Base =
          dyn_cast<MemberExpr>(ME->getBase()->IgnoreParenCasts());
      if (Base && Base->getMemberDecl()->getDeclName().isIdentifier() &&
          Settings.match(Base->getMemberDecl()->getName()))
        return true;
      ME = Base;
    }
    return false;
  }

  /// `md5(id + ":" + amount + ":" + secret_word)`, `Md5Encode(osig)` after
  /// `osig.append(key)`: a hash over data that holds a secret of the
  /// server's is a MAC (a keyed hash, as FreeKassa, Tebex, PayU or many
  /// game and payment platforms sign), whatever its weaknesses.
  bool keyedHash(const Expr *Value, const Secrets &S) {
    const auto *CE = dyn_cast<CallExpr>(stripWrappers(Value));
    // A truncated MAC is one (`Csha1(text).read().substr(0, 12)`), and so
    // is one in hex (Archiveopteryx's `MD5::hash(s.utf8()).hex()`).
    static const llvm::Regex Part(
        "^(substr|substring|left|mid|first|slice|hex|to_?hex|hex_?digest|"
        "to_?base64|c_str|data)$",
        llvm::Regex::IgnoreCase);
    while (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(CE)) {
      if (!Part.match(calleeName(MC)))
        break;
      CE = dyn_cast<CallExpr>(stripWrappers(MC->getImplicitObjectArgument()));
    }
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    if (!FD || !FD->getDeclName().isIdentifier() ||
        !(digestName(FD->getName()) ||
          FD->getName().equals_insensitive("hash") || hashClassMethod(FD)))
      return false;
    // `QCryptographicHash::hash(data, Sha256)`, not a table's `size_t
    // hash(key)`.
    if (FD->getName().equals_insensitive("hash") &&
        (FD->getReturnType()->isIntegralOrEnumerationType() ||
         FD->getReturnType()->isVoidType()))
      return false;
    // Also the server's own password hashed with a challenge (odamex's
    // rcon `MD5SUM(password + cl->digest)`): the answer it expects.
    auto Keyed = [&](const Expr *Arg) {
      return mentionsSigningKey(Arg, S) ||
             (mentionsServerSecret(Arg, S) && !mentionsAny(Arg, S.Request) &&
              !mentionsAny(Arg, S.Supplied));
    };
    // ... or the digest object it reads was built in place from the text
    // (xbt's `Csha1(private_key + uid + info_hash).read()`).
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const auto *Built = dyn_cast_or_null<CXXConstructExpr>(
              stripWrappers(MC->getImplicitObjectArgument()));
          Built && llvm::any_of(Built->arguments(), Keyed))
        return true;
    return llvm::any_of(CE->arguments(), Keyed);
  }

  /// A signing key by its name: a secret's (`secret_word`), or a key's
  /// (`key`, `app_key`, `GetAppKey()`), not a public one. Said only of
  /// what goes into a hash or a value built for one.
  /// A function that cuts text into words (`ParseToken(line, " \t")`,
  /// `split`, `strtok`): its name says token, and no secret.
  static bool tokenizerName(llvm::StringRef Name) {
    static const llvm::Regex Tokenizer(
        "tokeni[sz]e|parse_?token|split|strtok|explode",
        llvm::Regex::IgnoreCase);
    return Tokenizer.match(Name);
  }

  static bool signingKeyName(llvm::StringRef Name) {
    static const llvm::Regex Key("(^|_|[a-z0-9])key$", llvm::Regex::IgnoreCase);
    // A lookup by a key is no key: `Info_ValueForKey`, `find_by_key`.
    static const llvm::Regex Lookup("(for|by|of|from|with|at)_?key$",
                                    llvm::Regex::IgnoreCase);
    if (Lookup.match(Name) || tokenizerName(Name))
      return false;
    // A digest keys nothing (YubiHSM's audit log chains each entry's
    // `digest` into the next hash).
    if (Name.contains_insensitive("digest") && !Key.match(Name))
      return false;
    // A tracker's `torrent_pass_private_key_` is a key, not a password.
    static const llvm::Regex PrivateKey(
        "(private|secret|signing|hmac|mac|shared)_?key_*$",
        llvm::Regex::IgnoreCase);
    if (PrivateKey.match(Name))
      return !Name.contains_insensitive("public");
    return !Name.contains_insensitive("public") && !publicKeyName(Name) &&
           !passwordName(Name) && (secretName(Name) || Key.match(Name));
  }

  /// Whether \p E reads a signing key (see signingKeyName), or a value
  /// built with one, that is not the request's.
  bool mentionsSigningKey(const Expr *E, const Secrets &S) {
    bool Found = false;
    walk(E, [&](const Stmt *X) {
      const NamedDecl *D = namedValue(X);
      if (const auto *CE = dyn_cast<CallExpr>(X))
        D = CE->getDirectCallee();
      if (!D || !D->getDeclName().isIdentifier() || tokenWord(X, S))
        return;
      const auto *VD = dyn_cast<ValueDecl>(D);
      if (VD && (S.Request.count(VD) || S.PairKeys.count(VD)))
        return;
      // A length or a count is no key's bytes (Red Eclipse's
      // `p.subbuf(tokenlen)` skips a token in the packet).
      if (VD && VD->getType()->isIntegralOrEnumerationType())
        return;
      Found |= (VD && S.Keyed.count(VD)) || signingKeyName(D->getName()) ||
               keyRecordValue(dyn_cast<FieldDecl>(D));
    });
    return Found;
  }

  /// The value member of a record named like a key (kamailio's
  /// `auth_xkey_t::kvalue`, `ApiKey::value`): the key's bytes. Not a
  /// table's or a public key's.
  static bool keyRecordValue(const FieldDecl *Field) {
    if (!Field || !Field->getDeclName().isIdentifier())
      return false;
    static const llvm::Regex Value("^(k|key)?_?(value|val|data|bytes|secret)$",
                                   llvm::Regex::IgnoreCase);
    if (!Value.match(Field->getName()))
      return false;
    const RecordDecl *RD = Field->getParent();
    llvm::StringRef Name = RD->getName();
    if (Name.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Name = TD->getName();
    Name = Name.trim('_');
    if (Name.ends_with("_t") || Name.ends_with("_s"))
      Name = Name.drop_back(2);
    // `auth_xkey`, `key`, `ApiKey`; not `turkey`, `hotkey`.
    static const llvm::Regex Key("(^|_)x?(key|KEY)s?$|[a-z0-9]Keys?$");
    static const llvm::Regex NotSecret(
        "public|pub|host|hash|cache|map|table|lookup|index|sort|primary|"
        "foreign|search|node|entry",
        llvm::Regex::IgnoreCase);
    return Key.match(Name) && !NotSecret.match(Name);
  }

  bool readsSignatureHeader(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (const StringLiteral *SL = literalAt(X))
        for (const auto &H : Opts.SignatureHeaders)
          Found |= SL->getString().equals_insensitive(H) ||
                   SL->getString().equals_insensitive(cgiVariable(H));
    });
    return Found;
  }

  /// The environment variable a CGI server passes a header in:
  /// `X-Hub-Signature-256` arrives as `HTTP_X_HUB_SIGNATURE_256`.
  static std::string cgiVariable(llvm::StringRef Header) {
    std::string Out = "HTTP_" + Header.upper();
    std::replace(Out.begin(), Out.end(), '-', '_');
    return Out;
  }

  /// A read of what a CGI program's server passes it: a header
  /// (`getenv("HTTP_X_TOKEN")`), the query, the path, the body's length;
  /// also FastCGI's `FCGX_GetParam("QUERY_STRING", envp)`.
  /// \p Headers: a header counts (`HTTP_...`); a program that reads only
  /// those may read a setting (`HTTP_PORT`), so it is no CGI program yet.
  static bool readsCgiRequest(const Stmt *S, bool Headers = true) {
    static const llvm::Regex Variable(
        "^(QUERY_STRING|PATH_INFO|REQUEST_URI|REQUEST_METHOD|"
        "CONTENT_LENGTH|CONTENT_TYPE)$");
    // `HTTP_PROXY` is a proxy setting, never a CGI header ("httpoxy").
    static const llvm::Regex Header("^HTTP_[A-Z0-9_]+$");
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      std::string N = CE ? calleeName(CE) : "";
      if (Found || !CE || CE->getNumArgs() < 1 ||
          !(N == "getenv" || N == "secure_getenv" || N == "FCGX_GetParam"))
        return;
      const auto *SL = dyn_cast<StringLiteral>(
          stripConversions(CE->getArg(0))->IgnoreParenImpCasts());
      Found = SL && SL->getCharByteWidth() == 1 &&
              (Variable.match(SL->getString()) ||
               (Headers && Header.match(SL->getString()) &&
                SL->getString() != "HTTP_PROXY"));
    });
    return Found;
  }

  /// The narrow string literal \p X is, or that a global constant it names
  /// holds (`req.get_header_value(kGithubEvent)`), or null.
  static const StringLiteral *literalAt(const Stmt *X) {
    const auto *SL = dyn_cast<StringLiteral>(X);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->hasGlobalStorage() && VD->getInit() &&
          (VD->getType().isConstQualified() || VD->getType()->isPointerType()))
        SL = dyn_cast<StringLiteral>(
            stripConversions(VD->getInit())->IgnoreParenImpCasts());
    return SL && SL->getCharByteWidth() == 1 ? SL : nullptr;
  }

  /// The operands of `==` or `!=` (built in, overloaded, or C++20's
  /// rewritten `!=`), and which of the two it is.
  static bool equality(const Stmt *X, const Expr *&A, const Expr *&B,
                       bool &Equal) {
    if (const auto *RB = dyn_cast<CXXRewrittenBinaryOperator>(X)) {
      if (RB->getOperator() != BO_EQ && RB->getOperator() != BO_NE)
        return false;
      A = RB->getLHS();
      B = RB->getRHS();
      Equal = RB->getOperator() == BO_EQ;
      return true;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(X)) {
      if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE)
        return false;
      A = BO->getLHS();
      B = BO->getRHS();
      Equal = BO->getOpcode() == BO_EQ;
      return true;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
      if ((OC->getOperator() != OO_EqualEqual &&
           OC->getOperator() != OO_ExclaimEqual) ||
          OC->getNumArgs() != 2)
        return false;
      // One that returns an object builds an expression (ODB's
      // `query::apptoken == token`, an ORM's filter): nothing is compared.
      if (OC->getType()->isRecordType())
        return false;
      A = OC->getArg(0);
      B = OC->getArg(1);
      Equal = OC->getOperator() == OO_EqualEqual;
      return true;
    }
    return false;
  }

  /// A string class's comparison method: `a.compare(b)`; Arduino's
  /// `String::equals`, `equalsIgnoreCase`; Neptune's and others'
  /// `NPT_String::Compare(s, ignore_case)`, `Equals`, `CompareNoCase`;
  /// Anope's `string::equals_cs`, `equals_ci`.
  static bool memberComparison(llvm::StringRef Name) {
    static const std::set<llvm::StringRef> Names = {
        "compare",   "equals",    "equalsIgnoreCase",
        "Compare",   "Equals",    "CompareNoCase",
        "equals_cs", "equals_ci", "EqualsIgnoreCase"};
    return Names.count(Name) > 0;
  }

  /// Comparison functions that return zero when their values are equal.
  /// GLib's and Windows' spellings too.
  static bool zeroWhenEqualComparison(llvm::StringRef Name) {
    static const std::set<llvm::StringRef> Names = {
        "memcmp", "strcmp", "strncmp", "bcmp", "strcasecmp", "strncasecmp",
        "g_strcmp0", "g_ascii_strcasecmp", "_stricmp", "wcscmp",
        // Mongoose's, over its `mg_str`.
        "mg_strcmp", "mg_strcasecmp", "mg_vcmp", "mg_vcasecmp", "mg_ncasecmp",
        // liborcania's NULL-safe wrappers (glewlwyd, ulfius, hoel).
        "o_strcmp", "o_strncmp", "o_strcasecmp", "o_strncasecmp"};
    return Names.count(Name) > 0;
  }

  /// Comparison functions that return true when their values are equal.
  static bool trueWhenEqualComparison(llvm::StringRef Name) {
    static const std::set<llvm::StringRef> Names = {
        "equal", "g_str_equal",
        // GLib's over its `GString` and `GBytes`: both stop early.
        "g_string_equal", "g_bytes_equal",
        // Boost's string algorithms.
        "equals", "iequals",
        // libXdmcp's, over XDM-AUTHENTICATION-1 keys: a byte loop that
        // returns at the first difference.
        "XdmcpCompareKeys"};
    return Names.count(Name) > 0;
  }

  /// A library's comparison of authentication keys: whatever it is given
  /// is a secret.
  static bool authKeyComparison(llvm::StringRef Name) {
    return Name == "XdmcpCompareKeys";
  }

  /// A comparison's operands, and how it compares, or false.
  bool comparison(const Stmt *X, const Expr *&A, const Expr *&B,
                  std::string &How) {
    // C++20 rewrites `a != b` as `!(a == b)`: judge it as written.
    if (bool Equal; equality(X, A, B, Equal)) {
      How = search(A, B) ? "find" : Equal ? "==" : "!=";
      return true;
    }
    if (const auto *CE = dyn_cast<CallExpr>(X)) {
      std::string N = calleeName(CE);
      bool Compares = zeroWhenEqualComparison(N) || trueWhenEqualComparison(N);
      // ... unless the project's own function of that name compares in
      // constant time (tinydtls's `equals`, an AND-accumulate loop).
      const FunctionDecl *Own = CE->getDirectCallee();
      const FunctionDecl *OwnDef =
          Own && projectFunction(Own) ? definition(Own) : nullptr;
      if (OwnDef &&
          (xorAccumulates(OwnDef) || callsConstantTime(OwnDef->getBody())))
        return false;
      // ... or whose body, in view, never stops early (cppcms's
      // `hmac_cipher::equal` counting the differing bytes to the end).
      if (OwnDef && Compares && !comparerShape(OwnDef).Unsafe)
        return false;
      if (Compares && CE->getNumArgs() >= 2) {
        // `std::equal(first1, last1, first2)`; a project's `equal(a, b, n)`.
        bool Range = N == "equal" && Own && Own->isInStdNamespace();
        A = CE->getArg(0);
        B = CE->getArg(Range && CE->getNumArgs() >= 3 ? 2 : 1);
        How = Range ? "std::equal" : N;
        return true;
      }
      // `std::find(allowed_keys.begin(), allowed_keys.end(), key)`: each
      // element compared with `==` in turn.
      if (const FunctionDecl *FD = CE->getDirectCallee();
          FD && FD->isInStdNamespace() && (N == "find" || N == "count") &&
          CE->getNumArgs() == 3) {
        A = CE->getArg(0);
        if (const auto *Begin = dyn_cast<CXXMemberCallExpr>(
                stripConversions(A)->IgnoreParenImpCasts()))
          A = Begin->getImplicitObjectArgument();
        B = CE->getArg(2);
        How = "std::" + N;
        // A character searched for in a token is parsing.
        return !scalar(B);
      }
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        if (memberComparison(N) && MC->getNumArgs() >= 1) {
          // `hp->Compare(value, password)`: a service that compares two
          // values is no value compared; its body says how it compares.
          if (N != "compare" &&
              llvm::count_if(MC->arguments(),
                             [](const Expr *Arg) { return !scalar(Arg); }) >= 2)
            return serviceComparison(MC, A, B, How);
          A = MC->getImplicitObjectArgument();
          B = MC->getArg(0);
          // `compare(pos, len, str)`: the string is the last argument.
          if (N == "compare")
            B = MC->getArg(MC->getNumArgs() - 1);
          How = N;
          return true;
        }
      return wrapperComparison(CE, A, B, How);
    }
    return false;
  }

  /// A comparison method given the two values it compares: in variable
  /// time unless its body in view compares in constant time
  /// (InspIRCd's `HashProvider::Compare` calling `TimingSafeCompare`).
  bool serviceComparison(const CXXMemberCallExpr *MC, const Expr *&A,
                         const Expr *&B, std::string &How) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD)
      return false;
    std::string Open;
    if (const FunctionDecl *Def = definition(MD)) {
      if (constantTimeOperator(Def, Open, 0))
        return false;
      const ComparerShape &Shape = comparerShape(Def);
      if (Shape.Unsafe &&
          MC->getNumArgs() > std::max(Shape.Left, Shape.Right)) {
        A = MC->getArg(Shape.Left);
        B = MC->getArg(Shape.Right);
        How = MD->getName().str();
        return true;
      }
    }
    std::vector<const Expr *> Values;
    for (const Expr *Arg : MC->arguments())
      if (!scalar(Arg))
        Values.push_back(Arg);
    A = Values[0];
    B = Values[1];
    How = MD->getName().str();
    return true;
  }

  /// A comparison whose body hands both its values to a function out of
  /// view (open62541's `UA_ByteString_equal(p1, p2)` returning
  /// `UA_order(p1, p2, type) == UA_ORDER_EQ`): its body shows neither a
  /// comparison nor a constant-time one, so its name says what it is.
  /// Returns the function it hands them to, or "".
  std::string delegatesComparison(const FunctionDecl *Def) {
    if (xorAccumulates(Def) || callsConstantTime(Def->getBody()) ||
        comparerShape(Def).Unsafe)
      return "";
    std::string Found;
    walk(Def->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
      if (!Found.empty() || !Callee || definition(Callee) ||
          !projectFunction(Callee) || !Callee->getDeclName().isIdentifier())
        return;
      llvm::SmallSet<unsigned, 4> Params;
      for (const Expr *Arg : CE->arguments())
        if (const auto *P =
                dyn_cast_or_null<ParmVarDecl>(declOf(stripConversions(Arg)));
            P && P->getDeclContext() == Def)
          Params.insert(P->getFunctionScopeIndex());
      if (Params.size() >= 2)
        Found = Callee->getName().str();
    });
    return Found;
  }

  /// A call of the project's own comparison function: one whose body
  /// compares two of its parameters in variable time (`val_cmp_n2(a, an,
  /// b, bn)` doing a memcmp), or, with no body in view, one named like a
  /// comparison and not like a constant-time one, given two values to
  /// compare. A wrapper hides the comparison from the call, where the
  /// secret is in view.
  bool wrapperComparison(const CallExpr *CE, const Expr *&A, const Expr *&B,
                         std::string &How) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier() || !projectFunction(FD))
      return false;
    // A method compares its object's members; one whose body in view
    // compares two of its parameters is a comparer (PoDoFo's
    // `PdfEncrypt::CheckKey(key1, key2)`).
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && !MD->isStatic()) {
      const FunctionDecl *Def = definition(FD);
      if (!Def)
        return false;
      const ComparerShape &Shape = comparerShape(Def);
      if (!Shape.Unsafe ||
          CE->getNumArgs() <= std::max(Shape.Left, Shape.Right))
        return false;
      A = CE->getArg(Shape.Left);
      B = CE->getArg(Shape.Right);
      How = FD->getName().str();
      return true;
    }
    if (const FunctionDecl *Def = definition(FD);
        Def &&
        !(comparerName(FD->getName()) && !delegatesComparison(Def).empty())) {
      const ComparerShape &Shape = comparerShape(Def);
      if (!Shape.Unsafe ||
          CE->getNumArgs() <= std::max(Shape.Left, Shape.Right))
        return false;
      A = CE->getArg(Shape.Left);
      B = CE->getArg(Shape.Right);
      How = FD->getName().str();
      return true;
    }
    std::vector<const Expr *> Values;
    for (const Expr *Arg : CE->arguments())
      if (!scalar(Arg))
        Values.push_back(Arg);
    // A check defined elsewhere (`key_check(api_secret, given)`): its first
    // value against its last; the scanner keeps the finding only if the
    // definition compares two of its parameters in variable time.
    if (!comparerName(FD->getName()) && verifierName(FD->getName()) &&
        !constantTimeName(FD->getName()) && Values.size() >= 2) {
      A = Values.front();
      B = Values.back();
      How = FD->getName().str();
      return true;
    }
    if (!comparerName(FD->getName()))
      return false;
    // A debugging wrapper's call site (`FTLstrcmp(a, b, __FILE__,
    // __FUNCTION__, __LINE__)`, put in place of strcmp by a macro).
    if (Values.size() > 2)
      llvm::erase_if(Values, [](const Expr *V) {
        return isa<StringLiteral, PredefinedExpr>(V->IgnoreParenImpCasts());
      });
    if (Values.size() != 2)
      return false;
    A = Values[0];
    B = Values[1];
    How = FD->getName().str();
    return true;
  }

  static bool scalar(const Expr *E) {
    return scalar(E->IgnoreParenImpCasts()->getType());
  }
  static bool scalar(QualType T) {
    return T->isIntegerType() || T->isBooleanType() || T->isEnumeralType() ||
           T->isFloatingType();
  }

  /// Text or bytes: `const char *`, `char[]`, `std::string`,
  /// `std::string_view`, `QString`; not a struct that holds them.
  static bool textType(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType() || T->isArrayType()) {
      QualType E = T->isPointerType()
                       ? T->getPointeeType()
                       : QualType(T->getArrayElementTypeNoTypeQual(), 0);
      return E->isCharType() || E->isSpecificBuiltinType(BuiltinType::UChar);
    }
    return recordNamed(T, "string");
  }

  /// A function named like a check of what it is given: `check_token`,
  /// `verify_login`, `isValidKey`, `authenticate`.
  static bool checkName(const FunctionDecl *F) {
    // Not `invalidate`, `checksum`, `checkout`, `author`.
    static const llvm::Regex Check(
        "^_*(check|verify|validate|is_?valid|authenticate|authorize|login|"
        "is_?log(ged)?_?in)",
        llvm::Regex::IgnoreCase);
    static const llvm::Regex Not("^_*check(sum|out)", llvm::Regex::IgnoreCase);
    // ... also after a prefix, when a credential is what it checks
    // (bitlbee's `md5_verify_password`, `storage_check_pass`).
    static const llvm::Regex Credential(
        "_(check|verify|validate)_?(pass|pw|passwd|password|token|secret|"
        "sig|signature|hmac|mac|cred|credentials)($|_)",
        llvm::Regex::IgnoreCase);
    return F->getDeclName().isIdentifier() &&
           ((Check.match(F->getName()) && !Not.match(F->getName())) ||
            Credential.match(F->getName()));
  }

  /// A parameter or local whose name says a client sent it
  /// (`presentedApiKey`, `received_sig`, `provided_token`).
  static bool suppliedName(const ValueDecl *D) {
    static const llvm::Regex Client(
        "presented|provided|supplied|received|incoming|submitted|^req_|"
        "^request_",
        llvm::Regex::IgnoreCase);
    return D->getDeclName().isIdentifier() && Client.match(D->getName()) &&
           textType(D->getType());
  }

  /// A secret a check is given beside the peer's answer (TurboVNC's
  /// `CheckResponse(cl, n, passwdFullControl, passwdViewOnly, response)`):
  /// the key the expected answer is computed with, the server's.
  static bool keyOfAnswerCheck(const FunctionDecl *F, const ParmVarDecl *P) {
    static const llvm::Regex Answer(
        "^_*(client_?|peer_?)?(response|resp|answer|proof)_*$",
        llvm::Regex::IgnoreCase);
    // Bytes or text: not an HTTP response object (`Response *response`).
    auto AnswerParam = [&](const ParmVarDecl *Q) {
      QualType T = Q->getType();
      bool Bytes = textType(T) ||
                   (T->isPointerType() && T->getPointeeType()->isIntegerType());
      return Bytes && Q->getDeclName().isIdentifier() &&
             Answer.match(Q->getName());
    };
    return P->getDeclName().isIdentifier() && secretName(P->getName()) &&
           !AnswerParam(P) && llvm::any_of(F->parameters(), AnswerParam);
  }

  /// A check function's parameter that holds what the server expects, not
  /// what the client sent: `verify_password(password, pwhash)`,
  /// `check_token(given, expected)`.
  static bool serverValueName(const ParmVarDecl *P) {
    // Also the password of the service itself (WeeChat's `relay_password`,
    // `server_password`), not a user's.
    static const llvm::Regex Server(
        "expected|stored|saved|known|correct|hash|conf(ig)?_|cfg|"
        "^(relay|server|service|admin|master|real)_?(password|passwd|pass|pw)$",
        llvm::Regex::IgnoreCase);
    return P->getDeclName().isIdentifier() && Server.match(P->getName());
  }

  /// What a function's name says it compares with: nothing, a plain
  /// comparison (`val_cmp_n2`, `str_equals`, `tokensMatch`), or one in
  /// constant time (`ct_equal`, `secure_compare`, `timingSafeEqual`).
  enum class NamedComparison { None, Plain, ConstantTime };
  static NamedComparison namedComparison(llvm::StringRef Name) {
    std::string N = Name.lower();
    llvm::StringRef L(N);
    bool Compares = L.contains("cmp") || L.contains("compare") ||
                    L.contains("equal") || L.contains("match") ||
                    L.ends_with("eq") || L.starts_with("eq_") ||
                    // DDNet's `str_comp`, `mem_comp`.
                    L.contains("strcomp") || L.contains("str_comp") ||
                    L.contains("mem_comp") || L.contains("_eq_") ||
                    L.contains("streq") || L.contains("memeq") ||
                    // BACnet's `characterstring_ansi_same`.
                    L.ends_with("_same");
    if (!Compares)
      return NamedComparison::None;
    // A match against a pattern (rsync's `wildmatch(tok, line)`, `fnmatch`,
    // `regex_match`): a secret is no glob, so what is matched is a name.
    for (llvm::StringRef Word : {"wild", "fnmatch", "glob", "regex", "pattern"})
      if (L.contains(Word))
        return NamedComparison::None;
    // ... or of addresses (knot's `conf_addr_match`, `sockaddr_cmp`,
    // `net_ip_compare`): public.
    static const llvm::Regex Address("addr|(^|_)ip(_|$|v[46])|subnet|netmask");
    if (Address.match(L))
      return NamedComparison::None;
    bool ConstantTime = L.starts_with("ct") || L.contains("_ct");
    for (llvm::StringRef Word : {"const", "safe", "secure", "timing", "fixed"})
      ConstantTime |= L.contains(Word);
    if (ConstantTime)
      return NamedComparison::ConstantTime;
    // A check of a signature by a name of its own (`verify_hmac_equal`) is
    // a verifier, judged as one.
    for (llvm::StringRef Word : {"verif", "hmac", "sign"})
      if (L.contains(Word))
        return NamedComparison::None;
    return NamedComparison::Plain;
  }
  static bool comparerName(llvm::StringRef Name) {
    return namedComparison(Name) == NamedComparison::Plain;
  }
  static bool constantTimeName(llvm::StringRef Name) {
    return namedComparison(Name) == NamedComparison::ConstantTime;
  }

  /// Whether \p F compares two of its parameters in variable time, which
  /// ones, and how; directly or through another such function. Lengths
  /// (`a_len != b_len`) are not what it compares, and a function that also
  /// accumulates XORs or calls a constant-time comparison is not one.
  static constexpr unsigned MaxComparerParams = 6;

  /// A function named like a check of values (`token_verify`,
  /// `check_key`) or like a comparison: defined in another file, it may
  /// compare two of its arguments, which the scanner settles.
  static bool verifierName(llvm::StringRef Name) {
    static const llvm::Regex Check("verif|check|valid",
                                   llvm::Regex::IgnoreCase);
    return Check.match(Name) || namedComparison(Name) != NamedComparison::None;
  }

  /// Calls \p Visit with each variable \p E reads; not through `sizeof(buf)`
  /// or `alignof`, which read no value.
  static void
  forEachVariableRead(const Stmt *E,
                      llvm::function_ref<void(const VarDecl *)> Visit) {
    if (!E || isa<UnaryExprOrTypeTraitExpr>(E))
      return;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        Visit(V);
    for (const Stmt *Child : E->children())
      forEachVariableRead(Child, Visit);
  }

  const ComparerShape &comparerShape(const FunctionDecl *F) {
    if (auto It = ComparerMemo.find(F); It != ComparerMemo.end())
      return It->second;
    ComparerMemo[F] = ComparerShape(); // recursion
    ComparerShape Shape;
    // A helper that compares takes the two values and their lengths, a
    // context and an algorithm at most: a function of many parameters that
    // compares two of them somewhere (a session set-up checking its method)
    // is no comparison of its arguments.
    if (F->getNumParams() >= 2 && F->getNumParams() <= MaxComparerParams &&
        projectFunction(F) && !setsPassword(F) && !signsByName(F) &&
        !xorAccumulates(F) && !callsConstantTime(F->getBody())) {
      // A local buffer a call fills from one text parameter stands for it
      // (polipo's `b64cmp(a, an, b, bn)`: `b64cpy(buf, b, bn, 0)`, then
      // `memcmp(buf, a, an)` compares the two values it was given).
      llvm::DenseMap<const ValueDecl *, const ParmVarDecl *> FilledFrom;
      // Not one a call then fills from elsewhere (Netatalk's `afppasswd`:
      // `strcpy(buf, path)`, then `fgets(buf, n, fp)` of each line of the
      // file, whose user name field it compares).
      llvm::DenseSet<const ValueDecl *> Refilled;
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        if (!CE || CE->getNumArgs() < 2)
          return;
        const auto *Local = dyn_cast_or_null<VarDecl>(bufferOf(CE->getArg(0)));
        if (!Local || !Local->isLocalVarDecl() || isa<ParmVarDecl>(Local))
          return;
        const ParmVarDecl *Source = nullptr;
        bool FromElsewhere = false;
        for (unsigned I = 1; I < CE->getNumArgs(); ++I) {
          if (const auto *P =
                  dyn_cast_or_null<ParmVarDecl>(bufferOf(CE->getArg(I)));
              P && P->getDeclContext() == F && textType(P->getType())) {
            if (Source && Source != P)
              return;
            Source = P;
            continue;
          }
          forEachVariableRead(CE->getArg(I), [&](const VarDecl *V) {
            FromElsewhere |= !isa<ParmVarDecl>(V) && V != Local;
          });
        }
        if (Source)
          FilledFrom.try_emplace(Local, Source);
        else if (FromElsewhere)
          Refilled.insert(Local);
      });
      for (const ValueDecl *D : Refilled)
        FilledFrom.erase(D);
      // ... and a local computed from such a buffer alone, step by step
      // (OpenSIPS's `bcmp_hex128(bin, hex, n)`: `inws` copied from `bin`,
      // `inw` from `inws`, `outw[i] = f(inw)` its hex, then `bcmp(hex,
      // &outw, n)`).
      auto SoleSource = [&](const Expr *Value) -> const ParmVarDecl * {
        const ParmVarDecl *Source = nullptr;
        bool Many = false;
        forEachVariableRead(Value, [&](const VarDecl *V) {
          const ParmVarDecl *P = dyn_cast<ParmVarDecl>(V);
          if (auto It = FilledFrom.find(V); It != FilledFrom.end())
            P = It->second;
          if (P && P->getDeclContext() == F) {
            Many |= Source && Source != P;
            Source = P;
          }
        });
        return Many ? nullptr : Source;
      };
      for (int Round = 0; Round < 4; ++Round)
        walk(F->getBody(), [&](const Stmt *X) {
          const Expr *Lhs = nullptr, *Value = nullptr;
          const VarDecl *Local = nullptr;
          if (const auto *DS = dyn_cast<DeclStmt>(X);
              DS && DS->isSingleDecl()) {
            Local = dyn_cast<VarDecl>(DS->getSingleDecl());
            Value = Local ? Local->getInit() : nullptr;
          } else if (asAssignment(X, Lhs, Value)) {
            Local = dyn_cast_or_null<VarDecl>(bufferOf(Lhs));
          }
          if (!Local || !Value || !Local->isLocalVarDecl() ||
              isa<ParmVarDecl>(Local) || FilledFrom.count(Local) ||
              Refilled.count(Local))
            return;
          if (const ParmVarDecl *Source = SoleSource(Value);
              Source && textType(Source->getType()))
            FilledFrom.try_emplace(Local, Source);
        });
      auto ParamOf = [&](const Expr *E) -> int {
        const ParmVarDecl *P = SoleSource(E);
        return P ? static_cast<int>(P->getFunctionScopeIndex()) : -1;
      };
      walk(F->getBody(), [&](const Stmt *X) {
        const Expr *A, *B;
        std::string How;
        if (Shape.Unsafe || !comparison(X, A, B, How) || How == "find")
          return;
        // A byte loop that stops at the first difference compares the two
        // arrays it walks (`for (i...) if (a[i] != b[i]) return 0;`).
        bool ByteLoop = false;
        if (const auto *BO = dyn_cast<BinaryOperator>(X);
            BO && BO->isEqualityOp())
          ByteLoop = earlyExitByte(BO, A, B) || earlyExitWalk(BO, A, B);
        if (!ByteLoop && scalar(A) && scalar(B))
          return;
        // Not a call of a check defined elsewhere, whose first and last
        // values are only guessed to be compared (bitlbee's
        // `auth_check_pass` calling `storage_check_pass(irc, nick,
        // password)`): the scanner judges that call where it is made.
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && projectFunction(FD) && !definition(FD) &&
              FD->getDeclName().isIdentifier() && !comparerName(FD->getName()))
            return;
        int L = ParamOf(A), R = ParamOf(B);
        if (L < 0 || R < 0 || L == R)
          return;
        // A user's name is no secret (fwknop's `check_username(acc,
        // spadat, n)` comparing `spadat->username`): the helper's callers
        // do not compare secrets through it.
        auto NamesUser = [](const Expr *E) {
          const ValueDecl *D = declOf(stripConversions(E));
          return D && D->getDeclName().isIdentifier() && userName(D->getName());
        };
        if (NamesUser(A) || NamesUser(B))
          return;
        // Nor a new password against the kept one (Cetus's
        // `pwd_pair_same_pwd(pwd, new_pass, t)`): the callers refuse an
        // update that changes nothing.
        if (newValueParam(F, F->getParamDecl(L)) ||
            newValueParam(F, F->getParamDecl(R)))
          return;
        Shape.Unsafe = true;
        Shape.Left = L;
        Shape.Right = R;
        Shape.How = How;
        Shape.At = X;
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && projectFunction(FD) && How == FD->getNameAsString())
            Shape.Via = definition(FD);
      });
    }
    return ComparerMemo[F] = Shape;
  }

  /// Whether a project comparison operator (or a comparison function it
  /// calls) in view compares in constant
  /// time: it accumulates XORs, or calls a constant-time comparison (by the
  /// models, by its name, by its body, or another such operator). One that
  /// calls a comparison function defined elsewhere leaves its USR in \p
  /// Open: the scanner knows whether that one is constant time.
  bool constantTimeOperator(const FunctionDecl *Op, std::string &Open,
                            int Depth) {
    const FunctionDecl *Def = definition(Op);
    if (!Def || Depth > 2)
      return false;
    if (xorAccumulates(Def) || callsConstantTime(Def->getBody()))
      return true;
    bool Safe = false;
    walk(Def->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
      if (Safe || !FD || FD == Def || !projectFunction(FD))
        return;
      if (isa<CXXOperatorCallExpr>(CE)) {
        Safe = constantTimeOperator(FD, Open, Depth + 1);
        return;
      }
      if (!FD->getDeclName().isIdentifier())
        return;
      if (constantTimeName(FD->getName())) {
        Safe = true;
      } else if (comparerName(FD->getName())) {
        // `compare(const char *, ...)` in view forwarding to the
        // `compare(const uint8_t *, ...)` defined elsewhere.
        if (definition(FD))
          Safe = constantTimeOperator(FD, Open, Depth + 1);
        else if (Open.empty())
          Open = usrOf(FD->getCanonicalDecl());
      }
    });
    return Safe;
  }

  /// A call in \p S of a constant-time comparison the models declare.
  bool callsConstantTime(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (const auto *E = dyn_cast<Expr>(X))
        if (auto It = CryptoOf.find(E); It != CryptoOf.end())
          Found |= It->second->Rule->Kind == "constant_time";
    });
    return Found;
  }

  /// `data.find(token) == npos` (Qt: `indexOf(...) == -1`): a substring
  /// search, which stops at the first byte that differs as `==` does. \p A
  /// and \p B become the string searched and the value searched for.
  /// What a search returns when it finds nothing: `npos`, Qt's `-1`.
  static bool notFound(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl()->getDeclName().isIdentifier() &&
             DRE->getDecl()->getName() == "npos";
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_Minus)
        if (const auto *IL = dyn_cast<IntegerLiteral>(
                UO->getSubExpr()->IgnoreParenImpCasts()))
          return IL->getValue() == 1;
    return false;
  }

  static bool search(const Expr *&A, const Expr *&B) {
    for (const Expr *Call : {A, B}) {
      const auto *MC = dyn_cast<CXXMemberCallExpr>(Call->IgnoreParenImpCasts());
      const CXXMethodDecl *M = MC ? MC->getMethodDecl() : nullptr;
      if (!M || MC->getNumArgs() < 1 || !M->getDeclName().isIdentifier() ||
          (M->getName() != "find" && M->getName() != "indexOf") ||
          !notFound(Call == A ? B : A))
        continue;
      const CXXRecordDecl *RD = M->getParent();
      if (!RD->getDeclName().isIdentifier() ||
          !(RD->getName().contains_insensitive("string") ||
            RD->getName() == "QByteArray"))
        continue;
      A = MC->getImplicitObjectArgument();
      B = MC->getArg(0);
      return true;
    }
    return false;
  }

  /// A search for a secret the server holds (a member or global named like
  /// one: `payload.find(token)`) in a string that is not a constant: the
  /// string is what a caller sent. A local or parameter named `token` is
  /// more often a tokenizer's.
  bool searchesSecret(const Expr *Haystack, const Expr *Needle,
                      const Secrets &S) {
    Operand H = operand(Haystack, S), N = operand(Needle, S);
    if (H.Constant || N.Constant || !N.Named || N.PasswordOnly ||
        N.NamedDecls.empty())
      return false;
    for (const ValueDecl *D : N.NamedDecls) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!isa<FieldDecl>(D) && !(VD && VD->hasGlobalStorage()))
        return false;
      if (llvm::is_contained(H.NamedDecls, D))
        return false;
    }
    return true;
  }

  /// What a compared value is.
  struct Operand {
    bool Mac = false;          // a computed MAC, or encoded from one
    bool DerivedKey = false;   // ... a key derived from a password
    bool Signature = false;    // the signature or token the request carries
    bool Named = false;        // a secret by its name: `token`, `api_key_`
    bool PasswordOnly = false; // ... and the name says password
    bool Hashed = false;       // a hash is taken of it: `sha256(password)`
    bool UserName = false;     // a user's name: `username`, `user_`
    /// The key of an entry of the server's table of sessions (see
    /// sessionTableKey), though the table was handed in.
    bool SessionTableKey = false;
    /// Itself named like a signature: `sign`, `reqSign`, `signature`.
    bool SignatureNamed = false;
    bool Request = false;  // taken from the request
    bool Constant = false; // a literal, or a constant set from one
    /// The digest an unkeyed hash wrote (a firmware image's MD5).
    bool PlainHash = false;
    /// Bytes of the packet a parser was handed (`&packet_buffer[offset]`).
    bool PeerBytes = false;
    /// A program's text setting named for authentication (streamdev's
    /// global `opt_auth`, the Basic credentials from its command line).
    bool AuthSetting = false;
    /// ... a string that may be a secret's value (`"anagraman"`), not a
    /// sentinel, a scheme or an algorithm (`""`, `"null"`, `"HMAC-SHA1"`).
    bool SecretLiteral = false;
    bool Passphrase = false; // ... of words: `"open sesame"`
    /// Computed from a secret of the server's: `md` of `ChapMS(challenge,
    /// secret, n, md)`, `auth` of `snprintf(auth, n, "%s:%s", user, pass)`.
    bool Derived = false;
    /// The value itself, not one looked up by it (`validKeys[api_key]`):
    /// a variable, or a method of the request or of a variable.
    bool Direct = false;
    /// What a call returns: `Cmd_Argv(1)`, `param("key")`.
    bool FromCall = false;
    /// ... or built from the function's parameters: `msg->subject[0]`.
    bool FromParam = false;
    /// Named like a name or a label, not a value: `session_token_field`,
    /// `sNetworkName`, `Network->GetName()`.
    bool LabelNamed = false;
    /// Named like a password or a session's id: what a server keeps to
    /// let a client in (`sv_rconPassword`, `GetSID()`), not a MAC address.
    bool Login = false;
    /// A value that admits no one: a one-time code already used
    /// (`prev_otp`, which a replay check compares the new code with), a
    /// password already rejected, a value on a list of forbidden ones.
    bool AdmitsNoOne = false;
    /// The response an AKA challenge expects (XRES, HXRES*, the expected
    /// MAC-S `xmac`, an auth vector's `res` or `sres`): the network's
    /// secret answer, against what the phone sent.
    bool AkaExpected = false;
    /// A new value a password-setting function was given (see NewValues).
    bool NewValue = false;
    /// The local array, string object or freshly allocated buffer read, as
    /// named (`newpassword2`), or "": a buffer the function fills itself,
    /// not a pointer to one found elsewhere.
    std::string ArrayName;
    /// Named like a stored password or its hash (`cryptpass`, `pw_hash`):
    /// what a client's password is checked against.
    bool StoredPassword = false;
    /// A parameter of the function itself, as written (`password`).
    bool GivenParam = false;
    /// An element of an argument vector the function was handed: a
    /// command's words as the peer sent them (an IRC server's `parv[1]`).
    bool ArgWord = false;
    /// Named like a user's second entry of a password: its confirmation,
    /// the old one or the new one (`confirm`, `retyped`, `old`).
    bool SecondEntry = false;
    /// A secret written into the code by a macro (`#define ACCESS_TOKEN
    /// "..."`).
    bool SecretMacro = false;
    /// The member read, when the value is one (`from->passwd`).
    const MemberExpr *Member = nullptr;
    /// The answer field of a challenge's record (xl2tpd's
    /// `t->chal_them.response`, `.reply`).
    bool ChallengeAnswer = false;
    /// A field of an element of the server's table, found by an index the
    /// client's values gave (Domoticz's `m_users[iUser].Password` after
    /// `iUser = FindUser(username)`): the server's record.
    bool LookedUp = false;
    std::vector<const ValueDecl *> NamedDecls; // the secret-named ones
    bool strong() const { return Mac || Signature; }
    bool secret() const { return strong() || Named; }
  };

  /// The same place written twice (`&smb2->in.iov[1].buf[48]`).
  bool sameExpr(const Expr *A, const Expr *B) const {
    llvm::FoldingSetNodeID IdA, IdB;
    withoutCasts(A)->Profile(IdA, Ctx, /*Canonical=*/true);
    withoutCasts(B)->Profile(IdB, Ctx, /*Canonical=*/true);
    return IdA == IdB;
  }

  /// A value of a record type named for a MAC, or a member of one:
  /// libreswan's `struct crypt_mac` that every PRF output is handed out in
  /// (`hunk_eq(received_hash, computed_hash)` reads `r_->ptr`). Named by a
  /// MAC as its last word after a word of cryptography (not `lora_mac`, a
  /// radio layer; not `hmac_ctx`, a state), or an HMAC's result. Not
  /// iPXE's `struct mac_value`, which holds the MAC a message carries.
  static bool macRecord(const Expr *E) {
    const Expr *Bare = withoutCasts(E);
    if (!Bare)
      return false;
    QualType T = Bare->getType();
    if (const auto *Member =
            dyn_cast<MemberExpr>(Bare->IgnoreParenImpCasts())) {
      T = Member->getBase()->getType();
      if (Member->isArrow() && T->isPointerType())
        T = T->getPointeeType();
    }
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD)
      return false;
    llvm::StringRef Name = RD->getName();
    if (Name.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Name = TD->getName();
    static const llvm::Regex MacType(
        "^(crypt|crypto|prf|auth|integ|integrity|computed|msg|message)_?"
        "(mac|mic)(_t)?$|^(hmac|cmac)_?(result|output)(_t)?$",
        llvm::Regex::IgnoreCase);
    return MacType.match(Name);
  }

  Operand operand(const Expr *E, const Secrets &S) {
    Operand O;
    // A variable's text is the variable (`strcasecmp(strSign1.c_str(),
    // strSign2.c_str())`).
    if (const Expr *Text = textOf(E); Text != E && declOf(Text))
      E = Text;
    // A constant named like a signature is a format's magic (FreeRDP's
    // `static const char NTLM_SIGNATURE[8] = {'N', 'T', ...}`): a
    // signature is computed, never written into the code.
    if (const auto *VD = dyn_cast_or_null<VarDecl>(declOf(withoutCasts(E)));
        VD && VD->hasGlobalStorage() && VD->getInit() &&
        VD->getType().isConstant(Ctx) && VD->getDeclName().isIdentifier() &&
        magicName(VD->getName())) {
      O.Constant = true;
      return O;
    }
    // Also a digest given a key of the server's as it is compared
    // (`response == makeResponseDigestWithA1(ha1, method, uri, nonce)`).
    O.Mac = mentionsAny(E, S.Mac) || mentionsAny(E, MacFields) || callsMac(E) ||
            llvm::any_of(S.MacPlaces,
                         [&](const Expr *P) { return sameExpr(P, E); }) ||
            (keyedHash(E, S) && !mentionsAny(E, S.Supplied)) ||
            readsKeyedDigest(E, S) || macRecord(E);
    O.DerivedKey = mentionsAny(E, S.DerivedKeys);
    O.Signature = mentionsAny(E, S.Signature) || readsSignatureHeader(E);
    O.Request = (mentionsAny(E, S.Request) && !throughSettings(E)) ||
                mentionsAny(E, S.Supplied) || readsCgiRequest(E);
    // A value computed from the client's data with the server's secret
    // (`generateToken(info_hash, ip, secret_[0])`) is what the server
    // expects.
    if (O.Request && keyedByServerSecret(E, S))
      O.Request = false;
    // ... and so is a hash of text built with the server's key (of the
    // client's values or not: UxPlay's Digest `result = get_md5(raw)`).
    bool KeyedHash = hashOfKeyedText(E, S);
    if (KeyedHash)
      O.Request = false;
    // (Also through an explicit cast: pwsafe's `reinterpret_cast<char *>(
    // randhash)` of the hash a call read from the file.)
    const Expr *Whole = withoutCasts(E);
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Whole))
      Whole = MC->getImplicitObjectArgument();
    // `json["auth"]`: a field read by its name is the value itself.
    if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(
            Whole ? Whole->IgnoreParenImpCasts() : nullptr);
        OC && OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
        textLiteral(OC->getArg(1)))
      Whole = stripConversions(OC->getArg(0));
    O.Direct = Whole && (declOf(Whole) || requestType(Whole->getType()));
    // Also past an offset into a buffer a call filled (iodine's `unpacked +
    // 1`).
    const ValueDecl *Filled = Whole ? bufferOf(Whole) : nullptr;
    O.FromCall = (isa_and_nonnull<CallExpr>(Whole) &&
                  !isa<CXXOperatorCallExpr>(Whole)) ||
                 (declOf(Whole) && S.CallResults.count(declOf(Whole))) ||
                 (Filled && isa<BinaryOperator>(Whole->IgnoreParenImpCasts()) &&
                  S.CallResults.count(Filled));
    // An entry found in the server's table by the user's name (swift's
    // `i->second` after `i = users.find(user)`): what a user must match.
    bool FoundByUser = foundByUser(E, S);
    O.FromCall |= FoundByUser;
    // The answer a peer sent to a challenge, read from its message by
    // the field's name (yate's `getParam("response")`, a component's
    // `getValue("handshake")`).
    if (!O.Request && readsAnswerField(E)) {
      O.Request = true;
      O.Direct = true;
    }
    O.FromParam = mentionsAny(E, S.Params);
    O.ArgWord = argWord(E, S);
    O.NewValue = mentionsAny(E, S.NewValues);
    // Also past a prefix (bahamut's `pwaconf->passwd + strlen("webirc.")`).
    const Expr *Read = withoutCasts(E);
    if (const auto *Offset = dyn_cast_or_null<BinaryOperator>(Read);
        Offset && Offset->getOpcode() == BO_Add &&
        Offset->getType()->isPointerType())
      Read = withoutCasts(Offset->getLHS());
    O.Member = dyn_cast_or_null<MemberExpr>(Read);
    if (const auto *Field =
            O.Member ? dyn_cast<FieldDecl>(O.Member->getMemberDecl()) : nullptr;
        Field && Field->getDeclName().isIdentifier() &&
        Field->getParent()->getDeclName().isIdentifier()) {
      static const llvm::Regex Answer("^(reply|response|resp|answer)$",
                                      llvm::Regex::IgnoreCase);
      // (Also iPXE's `struct chap_response`, the answer a CHAP peer must
      // give.)
      static const llvm::Regex Challenge(
          "^_*(chal(lenge)?|chap(_response)?)(_t|_s)?$",
          llvm::Regex::IgnoreCase);
      O.ChallengeAnswer = (Answer.match(Field->getName()) &&
                           Challenge.match(Field->getParent()->getName())) ||
                          AnswerFields.count(Field);
    }
    {
      const NamedDecl *ND = declOf(stripConversions(E));
      if (const auto *CE = dyn_cast_or_null<CallExpr>(stripConversions(E)))
        ND = CE->getDirectCallee();
      O.LabelNamed =
          ND && ND->getDeclName().isIdentifier() && labelName(ND->getName());
      // A buffer read while the peer types its password holds the password,
      // whatever it is named (MicroPython's WebREPL reading it into
      // `hdr.fname` under `state == STATE_PASSWD`).
      static const llvm::Regex PasswordState("(^|_)(passwd|password|pwd)(_|$)",
                                             llvm::Regex::IgnoreCase);
      if (O.LabelNamed)
        for (const std::string &Guard : guardConstants(E))
          if (PasswordState.match(Guard))
            O.LabelNamed = false;
    }
    O.Constant =
        constant(E) || unwrittenLiteralArray(E) || constantTableField(E, S);
    O.PlainHash = mentionsAny(E, S.PlainHashOutputs) && !O.Mac;
    O.PeerBytes = packetBytes(E);
    O.SecretLiteral = O.Constant && secretLiteral(E) && !magicMacro(E);
    O.Passphrase = O.Constant && passphrase(E);
    // A value on a list of forbidden ones (Hercules's weak PINs in
    // `pincode->blacklist`) admits no one (see AdmitsNoOne).
    static const llvm::Regex Forbidden(
        "(black|block|deny|ban(ned)?|weak|forbidden|disallowed)_?list",
        llvm::Regex::IgnoreCase);
    walk(E, [&](const Stmt *X) {
      if (const ValueDecl *N = namedValue(X);
          N && Forbidden.match(N->getName()))
        O.AdmitsNoOne = true;
    });
    if (const ValueDecl *D = declOf(stripConversions(E));
        D && D->getDeclName().isIdentifier()) {
      O.UserName = userName(D->getName());
      O.SignatureNamed = signatureName(D->getName());
      // So is a password already rejected (tac_plus-ng's `password_bad`,
      // kept to stop a router's retries).
      static const llvm::Regex UsedOrRejected(
          "(prev|previous|last|old|used|spent)_?(otp|totp|hotp)|"
          "(pass|passwd|password|pw|pwd)_?(bad|wrong|failed|rejected)$|"
          "(bad|wrong|failed|rejected)_?(pass|passwd|password|pw|pwd)$",
          llvm::Regex::IgnoreCase);
      O.AdmitsNoOne |= UsedOrRejected.match(D->getName());
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->isLocalVarDecl() &&
          (VD->getType()->isArrayType() ||
           (VD->getType()->isRecordType() && textType(VD->getType()))))
        O.ArrayName = D->getName().str();
      // minisign's `pwd` and `pwd2`, each `xsodium_malloc(n)`, then read
      // from the terminal.
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->isLocalVarDecl() && VD->getType()->isPointerType() &&
          VD->getType()->getPointeeType()->isCharType())
        if (const auto *Make =
                dyn_cast_or_null<CallExpr>(withoutCasts(VD->getInit()));
            Make && allocatorName(calleeName(Make)))
          O.ArrayName = D->getName().str();
      O.GivenParam = isa<ParmVarDecl>(D);
      static const llvm::Regex Second(
          "confirm|repeat|again|retype|twice|verif|(^|_)(new|old)(_|$)|^(new|"
          "old)[A-Z]|[a-z0-9](New|Old)$",
          llvm::Regex::NoFlags);
      O.SecondEntry = Second.match(D->getName());
    }
    // Also past a scheme's prefix: `cryptpass + prefix_len`.
    if (const ValueDecl *D = bufferOf(E); D && D->getDeclName().isIdentifier())
      O.StoredPassword = storedPasswordName(D->getName());
    if (const auto *VD = dyn_cast_or_null<VarDecl>(declOf(withoutCasts(E)));
        VD && VD->isFileVarDecl() && !VD->getType().isConstQualified() &&
        textType(VD->getType()) && VD->getDeclName().isIdentifier() &&
        VD->getName().contains_insensitive("auth") && !kindName(VD) &&
        !labelName(VD->getName()) && !outcomeName(VD->getName()))
      O.AuthSetting = true;
    // ... or the entry for the user's name in a table of users
    // (crtmpserver's `realm["users"][username]`).
    if (userTableEntry(E)) {
      O.StoredPassword = O.LookedUp = true;
      O.Request = false;
    }
    walk(E, [&](const Stmt *X) {
      if (hashCall(dyn_cast<CallExpr>(X)))
        O.Hashed = true;
    });
    // A local set from a hash (`strSign2 = CMD5Wrapper::encode(text)`).
    if (const ValueDecl *D = declOf(stripConversions(E));
        D && S.HashedBy.count(D))
      O.Hashed = true;
    // ... or a string object one filled (`step2->str`).
    if (const VarDecl *Holder = stringObjectHolder(withoutCasts(E));
        Holder && S.HashedBy.count(Holder))
      O.Hashed = true;
    bool Password = false, Other = false, Proof = false;
    // The client's password, hashed into a buffer (`pass_md5`).
    if (hashedPasswordHere(E, S))
      O.Hashed = Password = true;
    auto Note = [&](llvm::StringRef Name, const ValueDecl *D = nullptr) {
      // A PIN held as text (SEMS's conference `adminpin`, a voicemail
      // `pin`): a GPIO pin is a number.
      static const llvm::Regex Pin("^(m_)?pin$|_pin$|(admin|user|access|"
                                   "login)pin$|[a-z]Pin$",
                                   llvm::Regex::NoFlags);
      bool PinCode = D && Pin.match(Name) && textType(D->getType());
      if ((!secretName(Name) && !PinCode) || (D && macAddress(D)) ||
          (D && addressType(D->getType())) || (D && coapToken(D)))
        return;
      // SNMP's community is its password; a proxy's configured
      // `authCredentials` ("user:password") and Redis's `requirepass` and
      // `redis_auth` too; so is TLS's pre-shared key, a configured
      // `auth_token` (odhcp6c's reconfigure token) and an `api_key`.
      static const llvm::Regex Login("pass|pwd|sid|session|community|cred|"
                                     "auth$|psk|cookie$|authori[sz]ation_?("
                                     "string|"
                                     "str|code|key|token)$|auth_?token$|"
                                     "api_?key$",
                                     llvm::Regex::IgnoreCase);
      O.Login |= Login.match(Name);
      (passwordName(Name) ? Password : Other) = true;
      if (D)
        O.NamedDecls.push_back(D);
    };
    auto NoteNames = [&](const Stmt *X) {
      // (Not a `Digest` an unkeyed hash of no secret filled: UnRAR's
      // checksum of a header's check value.)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (isa<VarDecl>(DRE->getDecl()) &&
            DRE->getDecl()->getDeclName().isIdentifier() &&
            !S.PlainHashOutputs.count(DRE->getDecl()))
          Note(DRE->getDecl()->getName(), DRE->getDecl());
      if (const auto *ME = dyn_cast<MemberExpr>(X))
        if (isa<FieldDecl, VarDecl>(ME->getMemberDecl()) &&
            ME->getMemberDecl()->getDeclName().isIdentifier() &&
            !tokenWord(ME, S)) {
          if (!payloadOfType(ME->getMemberDecl()))
            Note(ME->getMemberDecl()->getName(), ME->getMemberDecl());
          if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
              FD && srpProof(FD)) {
            Other = Proof = true;
            O.NamedDecls.push_back(FD);
          }
          // The key of an entry of a table of sessions is a session's id
          // (myMPD's `current->key` after `current = session_list->head`).
          if (sessionTableKey(ME)) {
            Note("session_id", ME->getMemberDecl());
            O.SessionTableKey = true;
          }
          // A buffer's bytes are the value its holder names (`sid->buff`,
          // `token.data`).
          if (bytesMember(ME->getMemberDecl()->getName()))
            if (const ValueDecl *Holder = declOf(ME->getBase());
                isa_and_nonnull<VarDecl>(Holder) &&
                Holder->getDeclName().isIdentifier()) {
              Note(Holder->getName(), Holder);
              // ... or its type does (tac_plus-ng's `a->value` of a
              // `struct pwdat *a`).
              QualType T = Holder->getType();
              if (T->isPointerType())
                T = T->getPointeeType();
              if (const RecordDecl *Record = T->getAsRecordDecl();
                  Record && Record->getDeclName().isIdentifier() &&
                  passwordRecordName(Record->getName()))
                Note(Record->getName());
            }
        }
      // ... or an element of a table indexed by one (Torque's
      // `pjob->ji_wattr[JOB_ATR_Cookie].at_val.at_str`).
      if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(X))
        if (std::string Key = keyConstantName(ASE->getIdx(), ""); !Key.empty())
          Note(Key);
      // `get_api_key()`, `Secrets::stripe_key()`, `getenv("HOOK_SECRET")`,
      // `req.get_header_value("X-API-Key")`, `body.value("secret_key", "")`.
      if (const auto *CE = dyn_cast<CallExpr>(X)) {
        // The key a value is read by, as a number: a macro or an enum's
        // constant (MAVIS's `av_get(*ac, AV_A_DBPASSWORD)`).
        for (const Expr *Arg : CE->arguments())
          if (std::string Key = keyConstantName(Arg, macroName(Arg));
              !Key.empty())
            Note(Key);
        if (const FunctionDecl *FD = CE->getDirectCallee()) {
          // (Also named noun first: `pa_auth_cookie_read`.)
          static const llvm::Regex Accessor("_(read|get|load|fetch)$");
          // A parser's `get_token(&cursor, "nonce", ...)` reads the field
          // its literal names, not a token.
          static const llvm::Regex FieldParser(
              "^_*(get|next|read|parse)_?token$", llvm::Regex::IgnoreCase);
          bool ReadsNamedField =
              FD->getDeclName().isIdentifier() &&
              FieldParser.match(FD->getName()) &&
              llvm::any_of(CE->arguments(), [](const Expr *Arg) {
                return textLiteral(Arg) != nullptr;
              });
          if (FD->getDeclName().isIdentifier() &&
              !tokenizerName(FD->getName()) && !ReadsNamedField)
            Note(Accessor.sub("", FD->getName()));
          if (const auto *Getter = dyn_cast<CXXMemberCallExpr>(CE);
              Getter && Getter->getMethodDecl()) {
            if (auto Key = getterKey(Getter);
                Key && S.PasswordGetters.count(*Key))
              Note("password");
            // A session's id (gerbera's `s->getID() == sessionID`, a
            // `Session`'s): the id of a session is its bearer credential.
            if (sessionIdGetter(Getter->getMethodDecl()))
              Note("session_id", Getter->getMethodDecl());
          }
          // A class or namespace of the project's: `Secrets::salt()`.
          if (const auto *ND = dyn_cast<NamedDecl>(FD->getDeclContext());
              ND && ND->getDeclName().isIdentifier() &&
              !SM.isInSystemHeader(SM.getExpansionLoc(ND->getLocation())))
            Note(ND->getName());
        }
      }
      // In a template: `ctx->config->get_auth_key()` of a dependent type.
      // Its type unknown, a bare `sign` is a number's sign as often as a
      // signature (`a.sign() != b.sign()` in Boost.Multiprecision).
      if (const auto *DM = dyn_cast<CXXDependentScopeMemberExpr>(X))
        if (DM->getMember().isIdentifier() &&
            DM->getMember().getAsIdentifierInfo()->getName() != "sign")
          Note(DM->getMember().getAsIdentifierInfo()->getName());
      // The header or key a value is read by (`"X-API-Key"`); not a query
      // or a message (`"SELECT id, password_hash FROM users ..."`), nor the
      // literal compared itself, cast or not (`(u_char *) "Digest"`).
      if (const auto *SL = dyn_cast<StringLiteral>(X))
        if (SL->getCharByteWidth() == 1 && X != E->IgnoreParenCasts() &&
            llvm::none_of(SL->getString(),
                          [](char C) { return llvm::isSpace(C); }) &&
            !contentDigestKey(SL->getString()))
          Note(keyAsName(SL->getString()));
      // A secret macro inside (`mg_str(WEBHOOK_SECRET)`).
      if (const auto *SL = dyn_cast<StringLiteral>(X);
          SL && X != E->IgnoreParenImpCasts())
        if (std::string Macro = macroName(SL);
            secretMacro(Macro) && !contentDigestKey(Macro))
          Note(Macro);
    };
    // A protocol's public field read from a secret's record
    // (`sent_auth->credential.digest.nonce`): its holders' names say
    // nothing of it.
    const auto *Leaf = dyn_cast_or_null<MemberExpr>(withoutCasts(E));
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(withoutCasts(E));
        UO && UO->getOpcode() == UO_AddrOf)
      Leaf = dyn_cast<MemberExpr>(withoutCasts(UO->getSubExpr()));
    // Nor is a public property of one (`userToken->userName`, a
    // `struct passwd`'s `pw_shell`).
    bool PublicLeaf = Leaf &&
                      Leaf->getMemberDecl()->getDeclName().isIdentifier() &&
                      publicMemberName(Leaf->getMemberDecl()->getName());
    // ... or the bytes of one (`psk.identity.base`: a pre-shared key's
    // identity goes in clear).
    if (const auto *Holder =
            Leaf && Leaf->getMemberDecl()->getDeclName().isIdentifier() &&
                    bytesMember(Leaf->getMemberDecl()->getName())
                ? dyn_cast<MemberExpr>(Leaf->getBase()->IgnoreParenImpCasts())
                : nullptr;
        Holder && Holder->getMemberDecl()->getDeclName().isIdentifier() &&
        publicMemberName(Holder->getMemberDecl()->getName()))
      PublicLeaf = true;
    // ... or the bytes of a user's name, through its parts (OpenSIPS's
    // `_username->whole.s`): no secret named on the way.
    if (!PublicLeaf && Leaf &&
        Leaf->getMemberDecl()->getDeclName().isIdentifier() &&
        bytesMember(Leaf->getMemberDecl()->getName())) {
      bool User = false, Secret = false;
      for (const Expr *Base = Leaf->getBase(); Base;) {
        const ValueDecl *D = declOf(Base);
        if (D && D->getDeclName().isIdentifier()) {
          User |= userName(D->getName());
          Secret |= secretName(D->getName());
        }
        const auto *M = dyn_cast<MemberExpr>(Base->IgnoreParenImpCasts());
        Base = M ? M->getBase() : nullptr;
      }
      PublicLeaf = User && !Secret;
    }
    // ... or the id of a credential or a key, or a field inside that id
    // (FIDO's `desc->credential.id.rpIdHash`): an identifier the relying
    // party holds, not the credential.
    for (const MemberExpr *M = Leaf; M && !PublicLeaf;
         M = dyn_cast<MemberExpr>(M->getBase()->IgnoreParenImpCasts())) {
      static const llvm::Regex Id("^(id|handle)$", llvm::Regex::IgnoreCase);
      static const llvm::Regex Holder("^(cred|credential|key|cert)s?$",
                                      llvm::Regex::IgnoreCase);
      const ValueDecl *Of = declOf(M->getBase());
      PublicLeaf = M->getMemberDecl()->getDeclName().isIdentifier() &&
                   Id.match(M->getMemberDecl()->getName()) && Of &&
                   Of->getDeclName().isIdentifier() &&
                   Holder.match(Of->getName());
    }
    if (!PublicLeaf)
      walk(E, NoteNames);
    walk(E, [&](const Stmt *X) {
      const auto *ME = dyn_cast<MemberExpr>(X);
      const ValueDecl *D = ME ? ME->getMemberDecl() : namedValue(X);
      if (!D || !D->getDeclName().isIdentifier())
        return;
      static const llvm::Regex Expected("^h?xres(_?star)?$|^xsres$|^xmac$",
                                        llvm::Regex::IgnoreCase);
      static const llvm::Regex Answer("^s?res$", llvm::Regex::IgnoreCase);
      static const llvm::Regex Vector("auth_?(vector|vec|tuple|triplet)",
                                      llvm::Regex::IgnoreCase);
      const auto *Field = dyn_cast<FieldDecl>(D);
      const RecordDecl *RD = Field ? Field->getParent() : nullptr;
      O.AkaExpected |=
          Expected.match(D->getName()) ||
          (RD && Answer.match(D->getName()) &&
           RD->getDeclName().isIdentifier() && Vector.match(RD->getName()));
    });
    // What a user typed at a PAM prompt (`resp[0].resp` of a `struct
    // pam_response`): a module asks for passwords and one-time codes.
    if (const ValueDecl *Answer = pamAnswer(E)) {
      Note("authtok", Answer);
      O.Request = O.Direct = true;
    }
    // A local holding a secret of the server's (`passptr = vmu->password`)
    // is that secret; only where it is compared, not where a value it went
    // into is.
    if (const ValueDecl *D = declOf(stripConversions(E)))
      if (auto It = S.HeldSecretOf.find(D); It != S.HeldSecretOf.end())
        Note(It->second->getName(), It->second);
    // A whole credential record (n2n's `memcmp(present, presented,
    // sizeof(n2n_auth_t))`) holds its secret field. Not noted as the
    // field: the other side is another record of the same type.
    if (const FieldDecl *Field = credentialRecordField(E))
      Note(Field->getName());
    // `#define ACCESS_TOKEN "..."`: a secret written into the code is still
    // the server's secret.
    // Not an accessor macro that reads a variable (ircu's `cli_passwd(cptr)`
    // is `cptr->cli_connect->con_passwd`, the password a peer sent).
    if (std::string Macro = macroName(E);
        secretMacro(Macro) && !keyNameLiteral(E) && !entryNameMacro(Macro, E) &&
        !readsVariable(E)) {
      O.Constant = false;
      O.SecretMacro = true;
      Note(Macro);
    }
    // A local built from a secret (`const std::string expected = "Bearer "
    // + config_.secret;`) is that secret.
    // So is a field of one (`auth->second` after `auto auth =
    // headers.find("Authorization")`), also in a template.
    // Also one the value is built from (`"Bearer " + std::string(expected)`
    // after `expected = getenv("METRICS_BEARER_TOKEN")`).
    if (!Password && !Other && !PublicLeaf) {
      llvm::SmallVector<const VarDecl *, 4> Locals;
      if (const VarDecl *VD = localBehind(E))
        Locals.push_back(VD);
      walk(E, [&](const Stmt *X) {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
          if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
            Locals.push_back(VD);
      });
      // (Not a public field of a record it copies: Domoticz's
      // `acRedirectUri = m_accesscodes[iUser].RedirectUri`.)
      auto PublicField = [](const Expr *Init) {
        const auto *Field = dyn_cast_or_null<MemberExpr>(withoutCasts(Init));
        return Field && Field->getMemberDecl()->getDeclName().isIdentifier() &&
               publicMemberName(Field->getMemberDecl()->getName());
      };
      // A local set once, not where declared (PulseAudio's `if ((ac =
      // pa_auth_cookie_read(...)))`), holds that value.
      auto Source = [&](const VarDecl *VD) -> const Expr * {
        if (VD->getInit())
          return VD->getInit();
        auto It = S.SetTo.find(VD);
        return It != S.SetTo.end() && It->second.size() == 1 ? It->second[0]
                                                             : nullptr;
      };
      // Also the record pointer such a value is read through, one step
      // (Torque's `oreo = at->at_val.at_str` after `at = &pjob->ji_wattr[
      // JOB_ATR_Cookie]`).
      auto Holder = [](const Expr *Value) -> const VarDecl * {
        const Expr *E = withoutCasts(Value);
        while (const auto *ME = dyn_cast<MemberExpr>(E))
          E = ME->getBase()->IgnoreParenImpCasts();
        const auto *VD = dyn_cast_or_null<VarDecl>(declOf(E));
        return VD && VD->isLocalVarDecl() && VD->getType()->isPointerType()
                   ? VD
                   : nullptr;
      };
      for (size_t I = 0; I < Locals.size(); ++I) {
        const VarDecl *VD = Locals[I];
        if (const Expr *Value = VD->isLocalVarDecl() ? Source(VD) : nullptr;
            Value && !Password && !Other && !checkOutcome(VD, Value) &&
            !S.TokenLists.count(VD) && !kindName(VD) && !PublicField(Value)) {
          walk(Value, NoteNames);
          if (const VarDecl *Through = Holder(Value);
              Through && Locals.size() < 16 &&
              !llvm::is_contained(Locals, Through) &&
              isa<MemberExpr>(withoutCasts(Value)))
            Locals.push_back(Through);
        }
      }
    }
    // A proof computed from the verifier is what the peer must send.
    // Not through a buffer the compared call itself writes (DarkPlaces'
    // `memcmp(va(vabuf, n, "%s ", com_token), s, ...)`): the value is what
    // it writes there now, not what another write put there.
    llvm::DenseSet<const ValueDecl *> Built = S.BuiltFromSecret;
    if (const auto *CE = dyn_cast_or_null<CallExpr>(withoutCasts(E)))
      if (const FunctionDecl *FD = CE->getDirectCallee())
        for (unsigned I = 0; I < CE->getNumArgs() && I < FD->getNumParams();
             ++I)
          if (QualType T = FD->getParamDecl(I)->getType();
              T->isPointerType() && !T->getPointeeType().isConstQualified())
            if (const ValueDecl *Out = bufferOf(CE->getArg(I));
                Out && Out->getType()->isArrayType())
              Built.erase(Out);
    // (Not a public field of such a record: Akamai's `parsed_token.acl.data`
    // of a token parsed with the key, what it grants, sent in clear.)
    O.Derived = Proof || KeyedHash ||
                (readsHeld(Built, E, E->getBeginLoc(), S) && !PublicLeaf);
    if (!Password && !Other && O.Derived)
      Other = true;
    // The user's half of `user:password` once the buffer is cut.
    if (const ValueDecl *D = declOf(stripConversions(E));
        D && S.UserParts.count(D) && !O.Mac && !O.Signature) {
      Password = Other = false;
      O.UserName = true;
    }
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(withoutCasts(E))) {
      const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
      const Expr *Table = nullptr;
      if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Base))
        Table = ASE->getBase();
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Base);
               OC && OC->getOperator() == OO_Subscript)
        Table = OC->getArg(0);
      O.LookedUp = Table && !mentionsAny(Table, S.Request) &&
                   !requestType(Table->IgnoreParenImpCasts()->getType());
    }
    O.LookedUp |= FoundByUser;
    // An object of a type named for a secret (gnome-keyring's `GkmSecret
    // *login`, the PIN a store was unlocked with): the secret, whatever the
    // variable is called.
    if (const ValueDecl *D = declOf(stripConversions(E));
        D && secretObjectType(D->getType())) {
      Other = true;
      O.UserName = false;
    }
    O.Named = Password || Other;
    O.PasswordOnly = Password && !Other;
    return O;
  }

  /// A pointer to a record, or a record, whose type is named for a secret
  /// (`GkmSecret *`, `struct password *`); not a store or a manager of them.
  static bool secretObjectType(QualType T) {
    if (T->isPointerType())
      T = T->getPointeeType();
    static const llvm::Regex SecretType(
        "secret$|password$|passwd$|credentials?$", llvm::Regex::IgnoreCase);
    auto Named = [&](llvm::StringRef N) {
      return SecretType.match(N.ltrim('_'));
    };
    if (const auto *TT = T->getAs<TypedefType>();
        TT && TT->getDecl()->getDeclName().isIdentifier() &&
        Named(TT->getDecl()->getName()))
      return T->isRecordType();
    const RecordDecl *RD = T->getAsRecordDecl();
    return RD && RD->getDeclName().isIdentifier() && Named(RD->getName()) &&
           !textType(T);
  }

  /// Bytes of a parameter named for a received packet (NetX Duo's
  /// `&packet_buffer[offset]`, `pkt + 4`): what the peer sent.
  static bool packetBytes(const Expr *E) {
    const Expr *Read = withoutCasts(E);
    Read = Read ? Read->IgnoreParenImpCasts() : nullptr;
    if (const auto *Address = dyn_cast_or_null<UnaryOperator>(Read);
        Address && Address->getOpcode() == UO_AddrOf)
      Read = Address->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Element = dyn_cast_or_null<ArraySubscriptExpr>(Read))
      Read = Element->getBase()->IgnoreParenImpCasts();
    else if (const auto *Offset = dyn_cast_or_null<BinaryOperator>(Read);
             Offset && Offset->getOpcode() == BO_Add)
      Read = Offset->getLHS()->IgnoreParenImpCasts();
    const auto *P = dyn_cast_or_null<ParmVarDecl>(declOf(Read));
    static const llvm::Regex Packet(
        "^_*(packet|pkt|rx|recv|received|incoming)_?(buffer|buf|data|ptr|"
        "bytes)?_*$",
        llvm::Regex::IgnoreCase);
    return P && P->getDeclName().isIdentifier() && Packet.match(P->getName()) &&
           P->getType()->isPointerType() &&
           elementType(P->getType())->isIntegerType();
  }

  /// `users[username]`, `realm["users"][user]`: a table of users' passwords
  /// read at the user's name.
  static bool userTableEntry(const Expr *E) {
    const Expr *Table = nullptr, *Index = nullptr;
    const Expr *Read = withoutCasts(E);
    Read = Read ? Read->IgnoreParenImpCasts() : nullptr;
    if (const auto *ASE = dyn_cast_or_null<ArraySubscriptExpr>(Read)) {
      Table = ASE->getBase();
      Index = ASE->getIdx();
    } else if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Read);
               OC && OC->getOperator() == OO_Subscript &&
               OC->getNumArgs() == 2) {
      Table = OC->getArg(0);
      Index = OC->getArg(1);
    }
    if (!Table)
      return false;
    const ValueDecl *Key = declOf(stripConversions(Index));
    if (!Key || !Key->getDeclName().isIdentifier() || !userName(Key->getName()))
      return false;
    static const llvm::Regex Users(
        "^_*(m_)?(users|passwords|passwds|accounts|logins|credentials|"
        "user_?passwords?)_*$",
        llvm::Regex::IgnoreCase);
    Table = Table->IgnoreParenImpCasts();
    if (const auto *Field = dyn_cast<CXXOperatorCallExpr>(Table);
        Field && Field->getOperator() == OO_Subscript &&
        Field->getNumArgs() == 2)
      if (const StringLiteral *Name = textLiteral(Field->getArg(1)))
        return Users.match(Name->getString());
    const ValueDecl *D = declOf(stripConversions(Table));
    return D && D->getDeclName().isIdentifier() && Users.match(D->getName());
  }

  /// The secret field of the record \p E points to when the record is
  /// named like a credential (`n2n_auth_t` with its `token`): comparing
  /// the record's bytes compares that field.
  static const FieldDecl *credentialRecordField(const Expr *E) {
    E = E->IgnoreParenCasts();
    QualType T = E->getType();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      T = UO->getSubExpr()->getType();
    else if (T->isPointerType())
      T = T->getPointeeType();
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD || !RD->getDeclName().isIdentifier())
      return nullptr;
    static const llvm::Regex Credential("auth($|_|[^o])|cred|token|secret",
                                        llvm::Regex::IgnoreCase);
    if (!Credential.match(RD->getName()))
      return nullptr;
    // A value record, whose bytes are its value: no pointer (a request's
    // state, `struct auth_request`, points to what it holds).
    const FieldDecl *Secret = nullptr;
    for (const FieldDecl *F : RD->fields()) {
      if (F->getType()->isPointerType() || F->getType()->isRecordType())
        return nullptr;
      if (!Secret && F->getDeclName().isIdentifier() &&
          secretName(F->getName()) && F->getType()->isConstantArrayType())
        Secret = F;
    }
    return Secret;
  }

  /// A comparison of at most four bytes (`memcmp(tok->signature, "AUTH",
  /// 4)`): a magic tag or a scheme's prefix; no token is that short. Not a
  /// MAC computed here and cut to that length (libcsp's HMAC trailer).
  bool magicTag(const Stmt *X, const Expr *A, const Expr *B, const Secrets &S) {
    const auto *CE = dyn_cast<CallExpr>(X);
    if (!CE || CE->getNumArgs() < 3)
      return false;
    const Expr *Len = CE->getArg(CE->getNumArgs() - 1);
    Expr::EvalResult R;
    return !Len->isValueDependent() && Len->EvaluateAsInt(R, Ctx) &&
           R.Val.getInt().getExtValue() >= 0 &&
           R.Val.getInt().getExtValue() <= 4 &&
           llvm::none_of(std::array{operand(A, S), operand(B, S)},
                         [](const Operand &O) {
                           // GSM's SRES is 4 bytes too.
                           return O.Mac || O.AkaExpected;
                         });
  }

  /// SRP's proofs, kept in its verifier's and user's records (csrp and
  /// its copies: `ver->M`, `usr->H_AMK`): who computes them knows the
  /// password or the verifier. So does who computes the verifier (a WoW
  /// server's `SRP6::v`, checked against one made from a typed password).
  static bool srpProof(const FieldDecl *FD) {
    static const llvm::Regex Proof("^(M|M1|M2|H_AMK|HAMK|v)$");
    const RecordDecl *RD = FD->getParent();
    llvm::StringRef Record = RD->getName();
    if (Record.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Record = TD->getName();
    // Also a login message's proof (mangos's `sAuthLogonProof_C`, M1).
    return Proof.match(FD->getName()) && (Record.contains_insensitive("srp") ||
                                          Record.contains_insensitive("proof"));
  }

  /// A member's name without its decorations: `m_nonce`, `nonce_`.
  static llvm::StringRef memberStem(llvm::StringRef Name) {
    Name.consume_front("m_");
    return Name.trim('_');
  }

  /// The public fields of authentication protocols: what a challenge or a
  /// digest scheme sends in clear (`nonce`, `realm`, `salt`).
  static bool publicFieldName(llvm::StringRef Name) {
    static const llvm::Regex Public(
        "^(c?nonce|realm|opaque|qop|algorithm|stale|salt|iterations?|"
        "challenge|scheme|domain)$",
        llvm::Regex::IgnoreCase);
    return Public.match(Name);
  }

  /// A MAC address, not a message authentication code: a `mac` of a record
  /// type named like one (tinc's `subnet_mac_t`, `struct ether_addr`).
  /// Named like a network address: `client_ip`, `remote_addr`, `peerAddr`.
  static bool addressName(llvm::StringRef Name) {
    static const llvm::Regex Address(
        "(^|_)(ip|ip4|ip6|ipv4|ipv6|addr|address|sockaddr|sin_addr|sin6_addr)s?"
        "($|_)|[a-z0-9](Ip|IP|Addr|Address)$",
        llvm::Regex::NoFlags);
    return Address.match(Name) && !secretName(Name);
  }

  /// A record type naming an address (yate's `JabberID`, a `SocketAddr`,
  /// a `Uri`): a value of one is public whatever its name (`sid`, a
  /// stream's peer).
  static bool addressType(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const auto *RD = T->getAsRecordDecl();
    // Also behind a library's prefix and a typedef of an unnamed struct
    // (neon's `ne_uri`).
    static const llvm::Regex Address(
        "^([a-z]+_)?(jabber_?id|jid|(socket_?)?addr(ess)?|sockaddr(_in6?)?|"
        "ur[il]|host_?(name|port)?|endpoint)(_t|_s)?$",
        llvm::Regex::IgnoreCase);
    if (!RD)
      return false;
    llvm::StringRef Name = RD->getName();
    if (Name.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Name = TD->getName();
    return !Name.empty() && Address.match(Name);
  }

  /// A local array set to zeros where it is declared and never written
  /// after (SUPLA's `char _authkey[SUPLA_AUTHKEY_SIZE] = {};`, compared
  /// with the key to see that one is set): zeros, no secret.
  static bool zeroFilledArray(const Expr *E, const Stmt *Body) {
    const auto *VD = dyn_cast_or_null<VarDecl>(declOf(withoutCasts(E)));
    if (!VD || !VD->isLocalVarDecl() || !VD->getType()->isArrayType() ||
        !VD->getInit())
      return false;
    const auto *Init = dyn_cast<InitListExpr>(VD->getInit()->IgnoreImplicit());
    if (!Init || llvm::any_of(Init->inits(), [](const Expr *Element) {
          Element = Element->IgnoreImplicit();
          if (isa<ImplicitValueInitExpr>(Element))
            return false;
          const auto *Zero = dyn_cast<IntegerLiteral>(Element);
          return !Zero || Zero->getValue() != 0;
        }))
      return false;
    return neverWritten(VD, Body);
  }

  /// No statement of \p Body assigns \p VD, steps it, or hands it to a
  /// call that may write it (a pointer to non-const, or no prototype to
  /// say).
  static bool neverWritten(const VarDecl *VD, const Stmt *Body) {
    bool Written = false;
    walk(Body, [&](const Stmt *X) {
      const Expr *Lhs = nullptr, *Rhs = nullptr;
      if (asAssignment(X, Lhs, Rhs) && bufferOf(Lhs) == VD)
        Written = true;
      if (const auto *UO = dyn_cast<UnaryOperator>(X);
          UO && UO->isIncrementDecrementOp() &&
          bufferOf(UO->getSubExpr()) == VD)
        Written = true;
      if (const auto *CE = dyn_cast<CallExpr>(X)) {
        const FunctionDecl *FD = CE->getDirectCallee();
        for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
          if (bufferOf(CE->getArg(I)) != VD)
            continue;
          QualType PT = FD && I < FD->getNumParams()
                            ? FD->getParamDecl(I)->getType()
                            : QualType();
          Written |= PT.isNull() || !PT->isPointerType() ||
                     !PT->getPointeeType().isConstQualified();
        }
      }
    });
    return !Written;
  }

  /// Named for zeros: `zeros`, `zero_key`, `bufferZeroes`.
  static bool zeroName(llvm::StringRef Name) {
    static const llvm::Regex Snake("(^|_)zero(e?s)?(_|$)",
                                   llvm::Regex::IgnoreCase);
    static const llvm::Regex Camel("Zero(e?s)?([A-Z]|$)");
    return Snake.match(Name) || Camel.match(Name);
  }

  static bool macAddress(const ValueDecl *D) {
    static const llvm::Regex Mac("(^|_)mac$", llvm::Regex::IgnoreCase);
    if (!D->getDeclName().isIdentifier() || !Mac.match(D->getName()))
      return false;
    // An address by its role: `dst_mac`, `broadcast_mac`, `hw_mac`.
    static const llvm::Regex Role(
        "(^|_)(src|dst|dest|source|destination|bcast|broadcast|multicast|"
        "mcast|hw|eth|ether|peer|remote|local|own|my|target|null|zero)_?mac$",
        llvm::Regex::IgnoreCase);
    if (Role.match(D->getName()))
      return true;
    // Beside an IP address: a field of a record that has one, a parameter
    // of a function given one (openNDS's `client_list_find(mac, ip)`
    // comparing `ptr->mac`, the client's hardware address).
    static const llvm::Regex Ip("^(ip|ip_?addr|ipv?[46]|ip_?address)$",
                                llvm::Regex::IgnoreCase);
    auto IpNamed = [](const NamedDecl *N) {
      return N->getDeclName().isIdentifier() && Ip.match(N->getName());
    };
    if (const auto *F = dyn_cast<FieldDecl>(D);
        F && llvm::any_of(F->getParent()->fields(), IpNamed))
      return true;
    if (const auto *P = dyn_cast<ParmVarDecl>(D))
      if (const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
          Fn && llvm::any_of(Fn->parameters(), IpNamed))
        return true;
    auto AddressName = [](llvm::StringRef Type) {
      return Type.contains_insensitive("mac") ||
             Type.contains_insensitive("addr") ||
             Type.contains_insensitive("ether");
    };
    QualType T = D->getType().getNonReferenceType();
    // A parameter written `const n2n_mac_t mac` decays to a pointer.
    if (const auto *DT = T->getAs<DecayedType>())
      T = DT->getOriginalType();
    if (const auto *TT = T->getAs<TypedefType>();
        TT && T->isArrayType() && AddressName(TT->getDecl()->getName()))
      return true;
    // Six bytes (`uint8_t mac[ETH_ALEN]`) hold an Ethernet address: no MAC
    // tag is that short.
    if (const auto *CAT =
            dyn_cast_or_null<ConstantArrayType>(T->getAsArrayTypeUnsafe()))
      if (CAT->getSize() == 6 && CAT->getElementType()->isCharType())
        return true;
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD || textType(T))
      return false;
    llvm::StringRef Type = RD->getName();
    if (Type.empty())
      if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
        Type = TD->getName();
    return AddressName(Type);
  }

  /// A lookup (`find`, `at`, `lookup*`, `get*`) whose only client values
  /// are user names, or are hashed into the key (Domoticz's `GetSession(
  /// GenerateMD5Hash(refreshtoken))`): an index into the server's store,
  /// where a getter of the request's own fields takes no hash.
  bool lookupByUser(const Expr *Value, const Secrets &S) {
    const auto *CE = dyn_cast<CallExpr>(stripConversions(Value));
    static const llvm::Regex Lookup("^(find|at|count|lookup|get)",
                                    llvm::Regex::IgnoreCase);
    if (!CE || !Lookup.match(calleeName(CE)))
      return false;
    llvm::DenseSet<const Stmt *> HashedKeys;
    walk(CE, [&](const Stmt *X) {
      if (const auto *Hash = dyn_cast<CallExpr>(X); Hash && hashCall(Hash))
        walk(Hash, [&](const Stmt *Y) { HashedKeys.insert(Y); });
    });
    bool OnlyUsers = true;
    walk(CE, [&](const Stmt *X) {
      const auto *DRE = dyn_cast<DeclRefExpr>(X);
      const ValueDecl *D = DRE ? DRE->getDecl() : nullptr;
      if (D && (S.Supplied.count(D) || S.Request.count(D)) &&
          !HashedKeys.count(DRE))
        OnlyUsers &= D->getDeclName().isIdentifier() && userName(D->getName());
    });
    return OnlyUsers;
  }

  /// An entry of a table read through the iterator a search by the user
  /// set (`i->second`, `it->password` after `i = users.find(user)`).
  bool foundByUser(const Expr *E, const Secrets &S) {
    const auto *ME = dyn_cast_or_null<MemberExpr>(withoutCasts(E));
    const VarDecl *Iterator = ME && ME->isArrow() ? entryLocal(ME) : nullptr;
    if (!Iterator)
      return false;
    const auto *Search =
        dyn_cast<CXXMemberCallExpr>(stripConversions(Iterator->getInit()));
    return Search && calleeName(Search) == "find" &&
           !mentionsAny(Search->getImplicitObjectArgument(), S.Request) &&
           lookupByUser(Search, S);
  }

  /// The local, set where it is declared, through which \p ME reads an
  /// entry of a table (`it->second` after `it = users.find(user)`,
  /// `node->key` after `node = sessions.head`); the table is in its
  /// initializer.
  static const VarDecl *entryLocal(const MemberExpr *ME) {
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Base);
        Arrow && Arrow->getOperator() == OO_Arrow)
      Base = Arrow->getArg(0)->IgnoreParenImpCasts();
    const auto *Entry = dyn_cast_or_null<VarDecl>(declOf(Base));
    return Entry && Entry->isLocalVarDecl() && Entry->getInit() ? Entry
                                                                : nullptr;
  }

  /// `node->key` where `node` walks a list of sessions: its local was set
  /// from a member of a variable named for the sessions (`session_list->
  /// head`, `sessions.first`).
  static bool sessionTableKey(const MemberExpr *ME) {
    static const llvm::Regex Key("^_*(key|s?id)_*$", llvm::Regex::IgnoreCase);
    static const llvm::Regex Sessions(
        "sessions|session_?(list|table|map|cache|store)s?$",
        llvm::Regex::IgnoreCase);
    const VarDecl *Entry = entryLocal(ME);
    if (!ME->getMemberDecl()->getDeclName().isIdentifier() ||
        !Key.match(ME->getMemberDecl()->getName()) || !Entry)
      return false;
    const auto *Start = dyn_cast<MemberExpr>(withoutCasts(Entry->getInit()));
    const ValueDecl *Table =
        Start ? declOf(Start->getBase()->IgnoreParenImpCasts()) : nullptr;
    return Table && Table->getDeclName().isIdentifier() &&
           Sessions.match(Table->getName());
  }

  /// A record the server looks up by the account the client names
  /// (Anope's `na = NickAlias::Find(req->GetAccount())`, `users.find(
  /// request.getUserName())`): the server's data, holding what the client
  /// must match, not what the client sent.
  static bool recordOfAccount(const Expr *Value) {
    const auto *CE = dyn_cast<CallExpr>(stripConversions(Value));
    static const llvm::Regex Lookup("^(find|lookup|get)",
                                    llvm::Regex::IgnoreCase);
    static const llvm::Regex AccountGetter(
        "^_*(get_?)?(user|login|account|nick)(_?name|_?id)?$",
        llvm::Regex::IgnoreCase);
    if (!CE || CE->getNumArgs() != 1 || !Lookup.match(calleeName(CE)))
      return false;
    const auto *Getter = dyn_cast<CXXMemberCallExpr>(
        stripConversions(CE->getArg(0))->IgnoreParenImpCasts());
    return Getter && AccountGetter.match(calleeName(Getter));
  }

  /// A call given a secret the server keeps (a member or global named like
  /// one, or an element of one in a range-for), and not given the request
  /// object itself.
  bool keyedByServerSecret(const Expr *E, const Secrets &S) {
    const auto *CE = dyn_cast_or_null<CallExpr>(stripConversions(E));
    if (!CE || isa<CXXOperatorCallExpr>(CE))
      return false;
    // `req.get_header_value(kSignatureHeader)`: the request's value.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const Expr *Object = MC->getImplicitObjectArgument();
          Object &&
          (requestType(Object->getType()) || mentionsAny(Object, S.Request) ||
           mentionsAny(Object, S.Supplied)))
        return false;
    // Kept by the server: a member or a global, not a local of this call.
    auto ServerSecret = [&](const ValueDecl *D) {
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      return (isa_and_nonnull<FieldDecl>(D) ||
              (VD && VD->hasGlobalStorage())) &&
             serverSecretName(D, S);
    };
    for (const Expr *Arg : CE->arguments()) {
      if (requestType(Arg->IgnoreParenImpCasts()->getType()))
        return false;
      bool Keyed = false;
      walk(Arg, [&](const Stmt *X) {
        const auto *Ref = dyn_cast<Expr>(X);
        const ValueDecl *D = Ref ? declOf(Ref) : nullptr;
        if (!D || !isa<DeclRefExpr, MemberExpr>(Ref))
          return;
        Keyed |= ServerSecret(D);
        // `for (auto &elem : secret_) ... generateToken(..., elem)`
        if (const auto *VD = dyn_cast<VarDecl>(D))
          for (const Stmt *Up : parents(Ref))
            if (const auto *For = dyn_cast<CXXForRangeStmt>(Up))
              if (For->getLoopVariable() == VD)
                Keyed |= ServerSecret(declOf(For->getRangeInit()));
      });
      if (Keyed)
        return true;
    }
    return false;
  }

  /// A local holding what a check given the secret yields (`auto event =
  /// verify_webhook(body, signature, secret)`: the verified payload, or
  /// the verdict), not text built from the secret.
  static bool checkOutcome(const VarDecl *VD, const Expr *Value = nullptr) {
    if (!Value)
      Value = VD->getInit();
    const auto *CE =
        Value ? dyn_cast<CallExpr>(stripConversions(Value)) : nullptr;
    const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
    return FD && checkName(FD) && !textType(VD->getType());
  }

  /// The local \p E reads: itself, or the one whose field it reads
  /// (`it->second`, `it.value`, dependent ones in a template too).
  /// A value read by a challenge answer's field name (see operand), also
  /// through the local set to it (`rsp = getParam("response")`, `*rsp`).
  /// What a user typed to PAM, when \p E reads it: the answer field of a
  /// conversation's response, or the authentication token (`authtok` of
  /// `pam_get_authtok`, a handle's `authtok`).
  static const ValueDecl *pamAnswer(const Expr *E) {
    const ValueDecl *D = declOf(stripConversions(E));
    if (!D || !D->getDeclName().isIdentifier())
      return nullptr;
    if (D->getName() == "authtok")
      return D;
    const auto *Field = dyn_cast<FieldDecl>(D);
    return Field && Field->getName() == "resp" &&
                   Field->getParent()->getDeclName().isIdentifier() &&
                   Field->getParent()->getName() == "pam_response"
               ? Field
               : nullptr;
  }

  static bool readsAnswerField(const Expr *E) {
    static const llvm::Regex Answer(
        "^(response|handshake|(client|server)_?proof|authenticator)$",
        llvm::Regex::IgnoreCase);
    E = withoutCasts(E);
    if (const auto *Deref = dyn_cast_or_null<UnaryOperator>(E);
        Deref && Deref->getOpcode() == UO_Deref)
      E = withoutCasts(Deref->getSubExpr());
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->isLocalVarDecl() && VD->getInit())
        E = withoutCasts(VD->getInit());
    const auto *CE = dyn_cast_or_null<CallExpr>(E);
    if (!CE || CE->getNumArgs() == 0)
      return false;
    const StringLiteral *Key = textLiteral(
        isa<CXXOperatorCallExpr>(CE) && CE->getNumArgs() == 2 ? CE->getArg(1)
                                                              : CE->getArg(0));
    return Key && Answer.match(Key->getString());
  }

  static const VarDecl *localBehind(const Expr *E) {
    for (int Depth = 0; E && Depth < 4; ++Depth) {
      E = stripConversions(E)->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        return dyn_cast<VarDecl>(DRE->getDecl());
      if (const auto *ME = dyn_cast<MemberExpr>(E))
        E = ME->getBase();
      else if (const auto *DM = dyn_cast<CXXDependentScopeMemberExpr>(E))
        E = DM->isImplicitAccess() ? nullptr : DM->getBase();
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
               OC && OC->getOperator() == OO_Arrow)
        E = OC->getArg(0);
      else
        return nullptr;
    }
    return nullptr;
  }

  /// A literal that reads as a secret's key, not as its value:
  /// `#define AWS_SECRET_KEY "SecretAccessKey"`, `#define SESSION_TOKEN
  /// "token"` name the JSON field or argument a secret is read by.
  static bool keyNameLiteral(const Expr *E) {
    const StringLiteral *SL = textLiteral(E);
    if (!SL || SL->getLength() == 0 || SL->getLength() > 40)
      return false;
    // Also a keyword of a config file or a command (INN's `"password:"`).
    llvm::StringRef Text = SL->getString().rtrim(":= ");
    // A value has digits (`s3cr3t-hook-token`); a key's name is words.
    return !Text.empty() && llvm::all_of(Text, [](char C) {
      return llvm::isAlpha(C) || C == '_' || C == '-';
    }) && secretName(Text);
  }

  /// A macro that names an entry kept under a key (mod_auth_openidc's
  /// `OIDC_SESSION_KEY_USERINFO_CLAIMS`, "uic"): `KEY` followed by what it
  /// is the key of, and a literal of words, not a value.
  static bool entryNameMacro(llvm::StringRef Macro, const Expr *E) {
    static const llvm::Regex KeyOf("(^|_)KEYS?_[A-Z0-9]");
    const StringLiteral *SL = textLiteral(E);
    return SL && KeyOf.match(Macro) && SL->getLength() <= 40 &&
           llvm::all_of(SL->getString(), [](char C) {
             return llvm::isAlpha(C) || C == '_' || C == '-' || C == '.' ||
                    C == ':';
           });
  }

  /// A constant's name that says a signature or a magic (`NTLM_SIGNATURE`,
  /// `PNG_MAGIC`): a signature is computed, never written into the code, so
  /// such a constant is a format's tag, not a secret.
  static bool magicName(llvm::StringRef Name) {
    return signatureName(Name) || Name.contains_insensitive("signature") ||
           Name.contains_insensitive("magic");
  }

  /// A literal spelled with a macro named like a signature or a magic.
  bool magicMacro(const Expr *E) { return magicName(macroName(E)); }

  /// A macro named like a secret (`SIGNATURE_HEADER`, `TOKEN_PREFIX` name
  /// what holds one; `NTLM_SIGNATURE` is a magic).
  static bool secretMacro(const std::string &Macro) {
    static const llvm::Regex Label("header|name|prefix|field|param",
                                   llvm::Regex::IgnoreCase);
    return !Macro.empty() && secretName(Macro) && !Label.match(Macro) &&
           !magicName(Macro);
  }

  /// A local set from a hash of text built with a signing key (paycenter's
  /// `str2("%s&merchantKey=%s", params, pGame->getApiKey())`, then `strSign2
  /// = CMD5Wrapper::encode(str2.c_str())`): the signature the server
  /// expects, whatever request data went in.
  /// Also the server's password in the text (crtmpserver's Adobe RTMP
  /// answer, `b64(md5(user + salt + password))` for the user the server
  /// looked up), or the hash of such text (`b64(md5(hash1 + opaque +
  /// challenge))`).
  bool hashOfKeyedText(const Expr *E, const Secrets &S, int Depth = 0) {
    const ValueDecl *D = declOf(stripConversions(E));
    auto It = D ? S.HashedBy.find(D) : S.HashedBy.end();
    return It != S.HashedBy.end() &&
           llvm::any_of(It->second, [&](const CallExpr *Hash) {
             // Not `crypt(pass, stored)`: the stored hash is its salt.
             if (const FunctionDecl *FD = Hash->getDirectCallee();
                 FD && FD->getDeclName().isIdentifier() &&
                 passwordHashName(FD->getName()))
               return false;
             return llvm::any_of(Hash->arguments(), [&](const Expr *Arg) {
               // The text itself holds request data: what it was built of.
               // (Also passed by value: a copy of the local.)
               const Expr *Text = textOf(Arg);
               // (Or a buffer the server's secret was written into:
               // `strcat(raw, pwd)`.)
               const ValueDecl *Buffer = declOf(stripConversions(Text));
               if (Buffer &&
                   (S.BuiltFromSecret.count(Buffer) ||
                    S.KeyText.count(Buffer) || S.SecretText.count(Buffer)))
                 return true;
               if (const auto *Local = dyn_cast_or_null<VarDecl>(Buffer);
                   Local && Local->isLocalVarDecl() && Local->getInit())
                 Text = Local->getInit();
               bool Found =
                   mentionsSigningKey(Text, S) || mentionsServerSecret(Text, S);
               if (!Found && Depth < 3)
                 walk(Text, [&](const Stmt *X) {
                   if (const auto *DRE = dyn_cast<DeclRefExpr>(X);
                       DRE && !Found && DRE->getDecl() != D)
                     Found = hashOfKeyedText(DRE, S, Depth + 1);
                 });
               return Found;
             });
           });
  }

  /// A function that hands out a fresh buffer (`malloc`, `xsodium_malloc`,
  /// `calloc`, `g_malloc0`, `sodium_allocarray`).
  static bool allocatorName(llvm::StringRef Name) {
    static const llvm::Regex Alloc("malloc|calloc|alloc(array)?$",
                                   llvm::Regex::IgnoreCase);
    return Alloc.match(Name);
  }

  /// Whether \p E reads a variable or a field: not a value written into
  /// the code.
  static bool readsVariable(const Expr *E) {
    bool Reads = false;
    walk(E, [&](const Stmt *X) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        Reads |= isa<VarDecl>(DRE->getDecl()) &&
                 !cast<VarDecl>(DRE->getDecl())->getType().isConstQualified();
      Reads |= isa<MemberExpr>(X);
    });
    return Reads;
  }

  /// Whether \p E reads a hashed password (see Secrets::HashedPasswords):
  /// of a buffer several calls fill on branches of their own, only the
  /// writes on \p E's branch count (wolfSSH's `authHash` compared under
  /// `authData->type == WOLFSSH_USERAUTH_PUBLICKEY` holds the public key's
  /// hash, written under `authType == WOLFSSH_USERAUTH_PUBLICKEY`).
  bool hashedPasswordHere(const Expr *E, const Secrets &S) {
    const std::set<std::string> Here = guardConstants(E);
    return mentionsWhere(E, S.HashedPasswords, [&](const ValueDecl *D) {
      auto It = S.BufferWrites.find(D);
      if (It == S.BufferWrites.end() || Here.empty())
        return true;
      bool OnBranch = false, PasswordOnBranch = false;
      for (const auto &[Write, Kind] : It->second) {
        std::set<std::string> There = guardConstants(Write);
        if (llvm::none_of(
                There, [&](const std::string &N) { return Here.count(N) > 0; }))
          continue;
        OnBranch = true;
        if (const auto *CE = dyn_cast<CallExpr>(Write))
          PasswordOnBranch |= S.PasswordHashes.count(CE) > 0;
      }
      return !OnBranch || PasswordOnBranch;
    });
  }

  /// The constants the `if` tests around \p X hold a value equal to, by
  /// their macros' or enumerators' names (`authType ==
  /// WOLFSSH_USERAUTH_PASSWORD`).
  std::set<std::string> guardConstants(const Stmt *X) {
    std::set<std::string> Names;
    const Stmt *Child = X;
    for (int Guard = 0; Guard < 64; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        break;
      if (const auto *If = dyn_cast<IfStmt>(P); If && If->getThen() == Child) {
        std::vector<const Expr *> Tests;
        joined(If->getCond(), BO_LAnd, Tests);
        for (const Expr *T : Tests)
          if (const auto *BO =
                  dyn_cast<BinaryOperator>(T->IgnoreParenImpCasts());
              BO && BO->getOpcode() == BO_EQ)
            for (const Expr *Side : {BO->getLHS(), BO->getRHS()}) {
              if (!isa<IntegerLiteral, CharacterLiteral, DeclRefExpr>(
                      Side->IgnoreParenImpCasts()))
                continue;
              std::string Name = macroName(Side);
              if (const auto *DRE =
                      dyn_cast<DeclRefExpr>(Side->IgnoreParenImpCasts());
                  Name.empty() && DRE && isa<EnumConstantDecl>(DRE->getDecl()))
                Name = DRE->getDecl()->getNameAsString();
              if (!Name.empty())
                Names.insert(Name);
            }
      }
      Child = P;
    }
    return Names;
  }

  /// The object-like macro \p E is spelled with, or "".
  /// Named for the step that has a new password typed again
  /// (`CON_CNFPASSWD`, `CON_CHPWD_VRFY`, `nanny_pwd_confirm`); not for a
  /// deletion's confirmation (`CON_DELCNF1` asks the password), nor for
  /// Bluetooth Mesh's provisioning confirmation value (`prov_confirm`).
  static bool passwordConfirmationName(llvm::StringRef Name) {
    static const llvm::Regex Confirm(
        "cnf|confirm|retype|again|repeat|vrfy|conf(_|$)",
        llvm::Regex::IgnoreCase);
    static const llvm::Regex Password("pass|pwd|pw(_|$)",
                                      llvm::Regex::IgnoreCase);
    return Confirm.match(Name) && Password.match(Name);
  }

  std::string macroName(const Expr *E) {
    const Expr *I = stripConversions(E);
    if (!I || !I->getBeginLoc().isMacroID())
      return "";
    return Lexer::getImmediateMacroName(I->getBeginLoc(), SM, Ctx.getLangOpts())
        .str();
  }

  /// The narrow string literal \p E is, also as a `std::string("...")`.
  static const StringLiteral *textLiteral(const Expr *E) {
    const Expr *I = stripConversions(E);
    if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(I);
        CC && CC->getNumArgs() > 0)
      I = stripConversions(CC->getArg(0));
    // Also cast to a byte type: nginx's `(u_char *) "Digest"`.
    const auto *SL =
        dyn_cast_or_null<StringLiteral>(I ? I->IgnoreParenCasts() : nullptr);
    return SL && SL->getCharByteWidth() == 1 ? SL : nullptr;
  }

  /// See Operand::SecretLiteral.
  static bool secretLiteral(const Expr *E) {
    const StringLiteral *SL = textLiteral(E);
    if (!SL || SL->getLength() < 4 || SL->getLength() > 128)
      return false;
    llvm::StringRef Text = SL->getString();
    // A whole Authorization header written into the code (restbed's
    // `"Basic YmVuOjEyMzQ="`): the scheme and a credential after it.
    static const llvm::Regex SchemeAndCredential(
        "^(Basic|Bearer|Token) [A-Za-z0-9+/=._~-]{6,}$",
        llvm::Regex::IgnoreCase);
    if (SchemeAndCredential.match(Text))
      return true;
    static const llvm::Regex Word(
        "^(null|nil|none|undefined|true|false|empty|invalid|unknown|"
        "anonymous|guest)$|"
        "bearer|basic|digest|token|sha|md5|hmac|rsa|ecdsa|ed25519|jwt",
        llvm::Regex::IgnoreCase);
    // A mask the settings page shows in place of a stored key
    // (`"********"`) is no value of one.
    bool Mask = Text.find_first_not_of(Text.front()) == llvm::StringRef::npos;
    // A prefix that says what follows (WeeChat's relay `"plain:"`, a
    // form's `"password="`): the value is after it.
    bool Marker = Text.ends_with(":") || Text.ends_with("=");
    // A short word in capitals is a protocol's keyword: a signal's name
    // (redis-cluster-proxy's `strcasecmp("TERM", sig)`), a command, a
    // method.
    static const llvm::Regex Keyword("^[A-Z]{1,8}$");
    return llvm::none_of(Text, [](char C) { return llvm::isSpace(C); }) &&
           !Word.match(Text) && !Mask && !Marker && !Keyword.match(Text);
  }

  /// A literal of two to five words (`"open sesame"`): a passphrase when
  /// a password is compared with it.
  static bool passphrase(const Expr *E) {
    const StringLiteral *SL = textLiteral(E);
    if (!SL || SL->getLength() < 8 || SL->getLength() > 64)
      return false;
    static const llvm::Regex Words("^[A-Za-z0-9]+( [A-Za-z0-9]+){1,4}$");
    return Words.match(SL->getString());
  }

  /// A local character array set from a string literal and never written
  /// after (x11vnc's prompt `char pstr[] = "password:"`): the literal.
  static bool unwrittenLiteralArray(const Expr *E) {
    const auto *VD = dyn_cast_or_null<VarDecl>(declOf(stripConversions(E)));
    if (!VD || !VD->isLocalVarDecl() || !VD->getType()->isConstantArrayType() ||
        !VD->getInit() ||
        !isa<StringLiteral>(VD->getInit()->IgnoreParenImpCasts()))
      return false;
    const auto *F = dyn_cast<FunctionDecl>(VD->getDeclContext());
    if (!F || !F->getBody())
      return false;
    return neverWritten(VD, F->getBody());
  }

  /// A field of an entry of a global table whose initializer writes that
  /// field as a literal in every entry, read through a pointer that walks
  /// it (tc-play's `cfg->sig` after `cfg = &sig_hdr_cfgs[0]`, each entry's
  /// `"TRUE"` or `"VERA"`): a format's name, not a secret, whatever the
  /// field is called.
  static bool constantTableField(const Expr *E, const Secrets &S) {
    const auto *ME = dyn_cast_or_null<MemberExpr>(withoutCasts(E));
    if (!ME || !ME->isArrow())
      return false;
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    const auto *Walker =
        dyn_cast_or_null<VarDecl>(declOf(ME->getBase()->IgnoreParenImpCasts()));
    auto It = Walker ? S.SetTo.find(Walker) : S.SetTo.end();
    // (A table of default credentials written in the code is still
    // compared as hard-coded passwords or keys are.)
    static const llvm::Regex Credential("key|secret|token|cred|pin|code|auth",
                                        llvm::Regex::IgnoreCase);
    if (!Field || It == S.SetTo.end() || It->second.empty() ||
        !Field->getDeclName().isIdentifier() ||
        passwordName(Field->getName()) || Credential.match(Field->getName()))
      return false;
    return llvm::all_of(It->second, [&](const Expr *Value) {
      const Expr *Bare = Value->IgnoreParenImpCasts();
      if (const auto *UO = dyn_cast<UnaryOperator>(Bare);
          UO && UO->getOpcode() == UO_AddrOf)
        Bare = UO->getSubExpr()->IgnoreParenImpCasts();
      if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Bare))
        Bare = ASE->getBase()->IgnoreParenImpCasts();
      const auto *Table = dyn_cast_or_null<VarDecl>(declOf(Bare));
      const auto *Entries =
          Table && Table->hasGlobalStorage() && Table->getInit()
              ? dyn_cast<InitListExpr>(Table->getInit()->IgnoreParenImpCasts())
              : nullptr;
      if (!Entries || Entries->getNumInits() == 0)
        return false;
      unsigned Index = Field->getFieldIndex();
      return llvm::all_of(Entries->inits(), [&](const Expr *Entry) {
        const auto *Fields =
            dyn_cast<InitListExpr>(Entry->IgnoreParenImpCasts());
        if (!Fields)
          return false;
        if (Index >= Fields->getNumInits())
          return true;
        const Expr *Init = Fields->getInit(Index)->IgnoreParenImpCasts();
        return isa<StringLiteral, IntegerLiteral, ImplicitValueInitExpr>(
                   Init) ||
               constant(Init);
      });
    });
  }

  /// A literal, or a local constant set from one (`const std::string
  /// prefix = "Bearer ";`): not a secret to compare.
  static bool constant(const Expr *E) {
    const Expr *I = stripConversions(E);
    if (!I)
      return false;
    if (isa<StringLiteral, IntegerLiteral, CXXNullPtrLiteralExpr, GNUNullExpr,
            CXXBoolLiteralExpr, CharacterLiteral>(I) ||
        textLiteral(I))
      return true;
    // C's `NULL`, `((void *)0)`: a presence test, not a comparison.
    if (const auto *CS = dyn_cast<CStyleCastExpr>(I->IgnoreParens()))
      if (const auto *IL =
              dyn_cast<IntegerLiteral>(CS->getSubExpr()->IgnoreParenImpCasts()))
        return IL->getValue() == 0;
    if (const auto *CC = dyn_cast<CXXConstructExpr>(I)) {
      // `std::string()`, `std::string("none")` (with its defaulted
      // allocator argument).
      if (CC->getNumArgs() == 0)
        return true;
      bool RestDefaulted = true;
      for (unsigned K = 1; K < CC->getNumArgs(); ++K)
        RestDefaulted &= isa<CXXDefaultArgExpr>(CC->getArg(K));
      if (RestDefaulted && isa<StringLiteral>(stripConversions(CC->getArg(0))))
        return true;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(I))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
        if (VD->getType().isConstQualified() && VD->getInit() &&
            !isa<ParmVarDecl>(VD))
          return constant(VD->getInit());
        // A global holding its own name as text (resiprocate's `static Data
        // digest("digest")`): a protocol word, though not declared const.
        if (VD->hasGlobalStorage() && VD->getInit() &&
            VD->getDeclName().isIdentifier() && constant(VD->getInit())) {
          bool OwnName = false;
          walk(VD->getInit(), [&](const Stmt *X) {
            if (const auto *SL = dyn_cast<StringLiteral>(X);
                SL && SL->getCharByteWidth() == 1)
              OwnName |= SL->getString().equals_insensitive(VD->getName());
          });
          return OwnName;
        }
      }
    return false;
  }

  /// A comparison of secrets: a computed MAC or the request's signature on
  /// one side; or a secret on both sides (`provided_token !=
  /// expected_token`) that are not both the request's own values (a
  /// password and its confirmation); or a secret the server holds compared
  /// with a value from the request.
  static bool comparesSecrets(const Operand &A, const Operand &B) {
    // The answer a challenge expects against the one the peer sent, both
    // kept in the challenge's record (`memcmp(t->chal_them.reply,
    // t->chal_them.response, MD_SIG_SIZE)`).
    if (A.ChallengeAnswer && B.ChallengeAnswer)
      return true;
    // ... or against the one the peer sent, decoded (iPXE's mutual CHAP
    // `memcmp(buf, iscsi->chap.response, len)`).
    auto AnswerExpected = [](const Operand &X, const Operand &Y) {
      return X.ChallengeAnswer && !X.Request && !Y.ChallengeAnswer &&
             (Y.FromCall || Y.FromParam || Y.Request) && !Y.Named &&
             !Y.UserName && !Y.LabelNamed && !Y.Constant;
    };
    if (AnswerExpected(A, B) || AnswerExpected(B, A))
      return true;
    // `token == "anagraman"`: the client's credential against one written
    // into the code is still a secret compare.
    auto HardCoded = [](const Operand &X, const Operand &Y) {
      return X.Named && X.Request && X.Direct && !X.Constant &&
             (Y.SecretLiteral || (X.PasswordOnly && Y.Passphrase));
    };
    // ... or a hash of the client's password against a hash written into
    // the code (`getMd5(salt + passwd) == "5B5299CF..."`).
    auto HardCodedHash = [](const Operand &X, const Operand &Y) {
      return X.PasswordOnly && X.Request && X.Hashed && !X.Constant &&
             Y.SecretLiteral;
    };
    if (A.Constant || B.Constant)
      return HardCoded(A, B) || HardCoded(B, A) || HardCodedHash(A, B) ||
             HardCodedHash(B, A);
    if (A.AdmitsNoOne || B.AdmitsNoOne)
      return false;
    // An AKA response against the one expected (`memcmp(res, vec->res,
    // n)`, `memcmp(auts + 6, xmac, 8)`).
    auto AkaAnswer = [](const Operand &X, const Operand &Y) {
      return X.AkaExpected && !Y.UserName && !Y.LabelNamed && !Y.AdmitsNoOne;
    };
    if (AkaAnswer(A, B) || AkaAnswer(B, A))
      return true;
    // The new password a setter was given against the one kept (Asterisk's
    // `strcmp(vmu->password, password)`, skipping a no-op update).
    if (A.NewValue || B.NewValue)
      return false;
    // One entry against its retyping, two buffers of one shape
    // (`newpassword` and `newpassword2`, read from the user; Quassel's
    // QString `password` and `password2` from the console): a
    // confirmation. Not the value a check was given against one it
    // computes (rsync's `pass` and `pass2`), nor the client's password
    // against the one looked up (accel-ppp's `passwd` and `passwd2`).
    if (!A.strong() && !B.strong() && !A.Derived && !B.Derived &&
        retyped(A.ArrayName, B.ArrayName))
      return false;
    // A secret written into the code against another value of the
    // server's (bitlbee's `strcmp(a->pass, PASSWORD_PENDING)`, a
    // placeholder; a default password): no client's value is compared.
    auto FixedAgainstKept = [](const Operand &X, const Operand &Y) {
      return X.SecretMacro && !Y.Request && !Y.FromParam && !Y.FromCall;
    };
    if (FixedAgainstKept(A, B) || FixedAgainstKept(B, A))
      return false;
    // Two passwords one record keeps (rspamd's `strcmp(ctx->password,
    // ctx->enable_password)`, whether both are set alike): the server's
    // settings against each other, no client's value.
    if (A.PasswordOnly && B.PasswordOnly && !A.Request && !B.Request &&
        A.Member && B.Member &&
        A.Member->getMemberDecl() != B.Member->getMemberDecl() &&
        sameValue(A.Member->getBase(), B.Member->getBase())) {
      static const llvm::Regex Given("client|peer|remote|received|recv|given|"
                                     "typed|input|entered|sent|their",
                                     llvm::Regex::IgnoreCase);
      auto FieldName = [](const MemberExpr *M) {
        return M->getMemberDecl()->getDeclName().isIdentifier()
                   ? M->getMemberDecl()->getName()
                   : llvm::StringRef();
      };
      if (!Given.match(FieldName(A.Member)) &&
          !Given.match(FieldName(B.Member)))
        return false;
    }
    // The password a client sent against the stored one, kept in clear
    // (`strcmp(pass, cryptpass + prefix_len)` of a `{clear}` scheme).
    auto AgainstStored = [](const Operand &X, const Operand &Y) {
      return X.PasswordOnly && (X.Request || X.FromParam) && !X.Hashed &&
             Y.StoredPassword;
    };
    if (AgainstStored(A, B) || AgainstStored(B, A))
      return true;
    // A check handed the password compares it with what it was also given
    // or read (`strcmp(password, hash)` of an rcon check, `strcmp(p,
    // passwd)` over a users file's fields): not a user's name, a label, a
    // constant or another password (its confirmation).
    auto GivenPassword = [](const Operand &X, const Operand &Y) {
      return X.PasswordOnly && X.GivenParam && !X.Hashed &&
             (Y.FromParam || Y.FromCall) && !Y.Named && !Y.UserName &&
             !Y.LabelNamed && !Y.Hashed && !Y.Constant && !Y.StoredPassword &&
             !Y.SecondEntry;
    };
    if (GivenPassword(A, B) || GivenPassword(B, A))
      return true;
    // A secret against a value computed from the same secret
    // (`segment(token) == token`) compares nothing an attacker sent. Not
    // one member of two objects (Squid's `strcmp(from->passwd, passwd)`:
    // the new request's password against the cached one).
    // Both handed over (Odyssey's `kiwi_password_compare(a, b)` comparing
    // `a->password` with `b->password`): a comparer, judged at its calls.
    // So is an equality of a class's objects (7-Zip's `CKeyInfo::
    // IsEqualTo(a)`: `Password == a.Password`, a key cache's look-up): the
    // object's own field against the same field of one of its class.
    auto Parameter = [](const MemberExpr *M) {
      return isa_and_nonnull<ParmVarDecl>(declOf(M->getBase()));
    };
    auto Own = [](const MemberExpr *M) {
      return isa<CXXThisExpr>(M->getBase()->IgnoreParenImpCasts());
    };
    // Unless the holders are named for the peer's and the server's own
    // (IS-IS's `memcmp(local->passwd, remote->passwd, n)`): a check.
    auto Sides = [](const MemberExpr *X, const MemberExpr *Y) {
      static const llvm::Regex Peer("^(remote|peer|received|recv|rcvd|rx|"
                                    "incoming|their|theirs|pkt|packet)_?",
                                    llvm::Regex::IgnoreCase);
      static const llvm::Regex Ours("^(local|our|ours|mine|my|conf|config|"
                                    "configured|expected|stored)_?",
                                    llvm::Regex::IgnoreCase);
      const ValueDecl *XH = declOf(X->getBase()), *YH = declOf(Y->getBase());
      return XH && YH && XH->getDeclName().isIdentifier() &&
             YH->getDeclName().isIdentifier() && Peer.match(XH->getName()) &&
             Ours.match(YH->getName());
    };
    bool TwoHolders = A.Member && B.Member &&
                      A.Member->getMemberDecl() == B.Member->getMemberDecl() &&
                      !sameValue(A.Member, B.Member) &&
                      (!((Parameter(A.Member) || Own(A.Member)) &&
                         (Parameter(B.Member) || Own(B.Member))) ||
                       Sides(A.Member, B.Member) || Sides(B.Member, A.Member));
    if (!A.strong() && !B.strong() && !TwoHolders)
      for (const ValueDecl *D : A.NamedDecls)
        if (llvm::is_contained(B.NamedDecls, D))
          return false;
    // The digest field of two records of one kind, neither the client's
    // (zchunk's `memcmp(chk->digest, tgt_chk->digest, n)`, a chunk that
    // can be reused): checksums matched, named for nothing else.
    if (TwoHolders && !A.strong() && !B.strong() && !A.Request && !B.Request &&
        A.Member->getMemberDecl()->getDeclName().isIdentifier() &&
        digestOnlyName(A.Member->getMemberDecl()->getName()))
      return false;
    // A checksum computed here of no secret against a value named for a
    // digest alone (gpgsm's `memcmp(s, msgdigest, n)` after `s =
    // gcry_md_read(md, algo)`, the signed attribute's digest of the data):
    // the integrity of the data; its signature is checked elsewhere.
    auto ChecksumMatch = [](const Operand &X, const Operand &Y) {
      return X.PlainHash && !X.Named && !X.Signature && !Y.strong() &&
             !Y.PasswordOnly && !Y.StoredPassword && !Y.Login &&
             !Y.NamedDecls.empty() &&
             llvm::all_of(Y.NamedDecls, [](const ValueDecl *D) {
               return digestOnlyName(D->getName());
             });
    };
    if (ChecksumMatch(A, B) || ChecksumMatch(B, A))
      return false;
    if (A.strong() || B.strong())
      return true;
    // The value kept so far, named old or new, against the one the function
    // was given (sofia-sip's `ca_credentials` skipping `su_strmatch(pass,
    // old_pass)` after `old_pass = ca->ca_pass`): a check for a change.
    // (A user's typed old password is a parameter: checked, above.)
    auto KeptAsOld = [](const Operand &X, const Operand &Y) {
      return X.SecondEntry && !X.GivenParam && !X.Request && Y.GivenParam &&
             !Y.SecondEntry;
    };
    if (KeptAsOld(A, B) || KeptAsOld(B, A))
      return false;
    // A check given two secrets compares them (`check_token(token,
    // secret)`): the client's and the server's, though both came in as
    // parameters. Not two passwords: a form's `checkCPassword(password,
    // c_password)` compares an entry with its confirmation.
    if (A.Named && B.Named && A.GivenParam && B.GivenParam &&
        !(A.PasswordOnly && B.PasswordOnly) && !A.SecondEntry &&
        !B.SecondEntry && !A.UserName && !B.UserName)
      return true;
    // (A record looked up by the client's values is the server's.)
    if (A.Named && B.Named)
      return !(A.Request && !A.LookedUp && B.Request && !B.LookedUp);
    // A credential the request carries (`Authorization`, `X-API-Key`)
    // against any value of the server's (`key_`): what it expects.
    // Not against a user's name: `user == username` after decoding Basic
    // credentials checks who, not the secret. Nor a user's id read out of
    // the credential (`userid = get_payload(body["token"], KEY)["userId"]`,
    // then `user["id"] == userid`): a claim, checked for who.
    auto Credential = [](const Operand &X, const Operand &Y) {
      return X.Named && X.Request && X.Direct && !X.PasswordOnly &&
             !X.UserName && !Y.Request && !Y.UserName;
    };
    // A hash of the password a client sent against the one stored
    // (`row["password_hash"] != sha256(password)`).
    // Not against the client's own confirmation (`sha256(password) !=
    // sha256(password_confirm)`); a stored hash may be found by the
    // client's name (`user.password_hash` after a lookup by email).
    auto ClientPassword = [](const Operand &Y) {
      static const llvm::Regex Stored("hash|stored|saved|digest|crypt",
                                      llvm::Regex::IgnoreCase);
      return Y.PasswordOnly && Y.Request && !Y.LookedUp &&
             llvm::none_of(Y.NamedDecls, [](const ValueDecl *D) {
               return Stored.match(D->getName());
             });
    };
    auto HashedPassword = [&](const Operand &X, const Operand &Y) {
      return X.PasswordOnly && X.Request && X.Hashed && !ClientPassword(Y);
    };
    // A hash computed here against a signature (`md5(pid + key) != sign`):
    // the signature scheme of many payment and device APIs.
    // Or against a session cookie, made the same way (Gargoyle's
    // `strcmp(sha256(root_hash + expiry + agent + ip), cookie_hash)`).
    auto HashAgainstSignature = [](const Operand &X, const Operand &Y) {
      static const llvm::Regex Cookie("cookie", llvm::Regex::IgnoreCase);
      bool Presented = Y.SignatureNamed ||
                       llvm::any_of(Y.NamedDecls, [](const ValueDecl *D) {
                         return Cookie.match(D->getName());
                       });
      return X.Hashed && !X.SignatureNamed && Presented && !Y.Hashed;
    };
    // A password or session id the server keeps (not a parameter) against
    // what a call returns or the function was given: `strcmp(Cmd_Argv(1),
    // sv_rconPassword->string)`, `m_subscription.GetSID() ==
    // msg->subject[0]`.
    // Also a member of a record the function was handed (libssh's
    // `sdata->password` of the server's session data) against what a call
    // returns.
    // Or against another field of a record it was handed (FRR's IS-IS
    // `memcmp(auth->value, passwd->passwd, passwd->len)`: the packet's
    // value and the configured password); the same field of two records is
    // a comparer's (Odyssey's `a->password`, `b->password`).
    // Or against a word of the command a peer sent (bahamut's
    // `StrEq(parv[1], pwaconf->passwd)`).
    // Or a password record's value against the text the check was given
    // beside it (tac_plus-ng's `compare_pwdat(a, user, b)` doing
    // `strcmp(a->value, b)`); a session table's key too (myMPD's
    // `strcmp(current->key, session)`).
    auto KeptLogin = [](const Operand &X, const Operand &Y) {
      bool OtherField = X.Member && Y.Member && Y.FromParam &&
                        X.Member->getMemberDecl() != Y.Member->getMemberDecl();
      bool GivenText =
          (X.PasswordOnly || X.SessionTableKey) && Y.GivenParam && !Y.Member;
      // Or one a call read out of the server's settings, against the bytes
      // the check was handed (PulseAudio's ESD `memcmp(data, key, n)` after
      // `key = pa_auth_cookie_read(c->options->auth_cookie, n)`).
      bool ReadOut = X.FromCall && !X.Member && Y.GivenParam && !Y.Member;
      bool Kept =
          !X.FromParam || ReadOut ||
          (X.Member && (Y.FromCall || OtherField || Y.ArgWord || GivenText));
      return X.Named && X.Login && !X.Request && !X.Hashed && Kept &&
             !X.LabelNamed && (Y.FromCall || Y.FromParam || Y.ArgWord) &&
             !Y.Named && !Y.UserName && !Y.Hashed && !Y.LabelNamed;
    };
    // A signature the code keeps in a record it was handed against another
    // field of a record (GNU SASL's SCRAM client: `strcmp(state->sl.
    // verifier, state->serversignature)`, the server's proof it expects).
    // Or against what a call read out of the peer's message (librdkafka's
    // `strcmp(attr_v, state->ServerSignatureB64)`).
    auto KeptSignature = [](const Operand &X, const Operand &Y) {
      bool OtherField = X.Member && Y.Member && Y.FromParam &&
                        X.Member->getMemberDecl() != Y.Member->getMemberDecl();
      // (Not a digest an unkeyed hash computed here: Aliyun's OTA
      // `strcmp(h_ota->sign, md5_str)`, the image's checksum.)
      bool ReadOut = !Y.Member && Y.FromCall && !Y.PlainHash;
      return X.SignatureNamed && X.Named && X.Member && !X.Request &&
             !X.Hashed && (OtherField || ReadOut) && !Y.Named && !Y.UserName &&
             !Y.LabelNamed && !Y.Constant;
    };
    // What the server computed from its secret against what the function
    // was given or a call returns: the response a peer must send.
    auto ExpectedResponse = [](const Operand &X, const Operand &Y) {
      return X.Derived && !X.Request &&
             (Y.FromCall || Y.FromParam || Y.Request) && !Y.Named &&
             !Y.UserName && !Y.LabelNamed && !Y.Constant;
    };
    // A secret kept in a record against the bytes of the packet a peer
    // sent (NetX Duo's `memcmp(&packet_buffer[offset], tls_session->
    // nx_secure_tls_remote_verify_data, n)`).
    auto AgainstPacket = [](const Operand &X, const Operand &Y) {
      return X.Named && X.Member && !X.Request && !X.Constant && !X.UserName &&
             !X.LabelNamed && Y.PeerBytes && !Y.Named && !Y.Constant;
    };
    if (AgainstPacket(A, B) || AgainstPacket(B, A))
      return true;
    // A credential against what the program was configured to accept
    // (streamdev's `m_Authorization.compare(opt_auth)`).
    auto AgainstSetting = [](const Operand &X, const Operand &Y) {
      return X.Named && !X.Constant && !X.UserName && !X.LabelNamed &&
             !X.AuthSetting && Y.AuthSetting && !Y.Named;
    };
    // Not a secret against a user's name or id (`row.user != userId`: who
    // owns it, an authorization check).
    return AgainstSetting(A, B) || AgainstSetting(B, A) ||
           (A.Named && !A.Request && B.Request && !B.UserName) ||
           (B.Named && !B.Request && A.Request && !A.UserName) ||
           Credential(A, B) || Credential(B, A) || HashedPassword(A, B) ||
           HashedPassword(B, A) || HashAgainstSignature(A, B) ||
           HashAgainstSignature(B, A) || KeptLogin(A, B) || KeptLogin(B, A) ||
           ExpectedResponse(A, B) || ExpectedResponse(B, A) ||
           KeptSignature(A, B) || KeptSignature(B, A);
  }

  /// Names of one entry and its retyping: equal but for a digit at the end
  /// of one or both (`newpassword`, `newpassword2`; `pw1`, `pw2`).
  static bool retyped(llvm::StringRef A, llvm::StringRef B) {
    if (A.empty() || B.empty() || A == B)
      return false;
    llvm::StringRef StemA = A.rtrim("0123456789"),
                    StemB = B.rtrim("0123456789");
    return !StemA.empty() && StemA == StemB;
  }

  /// Whether \p A and \p B read the same variable or member chain
  /// (`as->data` and `as->data`).
  static bool sameValue(const Expr *A, const Expr *B) {
    A = A ? A->IgnoreParenImpCasts() : nullptr;
    B = B ? B->IgnoreParenImpCasts() : nullptr;
    if (!A || !B)
      return false;
    if (const auto *DA = dyn_cast<DeclRefExpr>(A))
      if (const auto *DB = dyn_cast<DeclRefExpr>(B))
        return DA->getDecl() == DB->getDecl();
    // `cryptpass + prefix_len` twice: the same place in the same text.
    if (const auto *BA = dyn_cast<BinaryOperator>(A))
      if (const auto *BB = dyn_cast<BinaryOperator>(B))
        return BA->isAdditiveOp() && BA->getOpcode() == BB->getOpcode() &&
               sameValue(BA->getLHS(), BB->getLHS()) &&
               sameValue(BA->getRHS(), BB->getRHS());
    if (const auto *MA = dyn_cast<MemberExpr>(A))
      if (const auto *MB = dyn_cast<MemberExpr>(B))
        return MA->getMemberDecl() == MB->getMemberDecl() &&
               MA->isArrow() == MB->isArrow() &&
               ((isa<CXXThisExpr>(MA->getBase()->IgnoreParenImpCasts()) &&
                 isa<CXXThisExpr>(MB->getBase()->IgnoreParenImpCasts())) ||
                sameValue(MA->getBase(), MB->getBase()));
    return false;
  }

  /// A password check of crypt(3)'s kind: the hash of what the client sent,
  /// salted with the stored hash, against that stored hash (`strcmp(crypt(
  /// pass, stored), stored)`, also through a local); or a hash against a
  /// value named like a stored password hash (`strcmp(digest, crypted)`).
  /// The text \p E converts, when it is a conversion of one's bytes or
  /// encoding (`s.c_str()`, `s.data()`, Qt's `hash.toStdString()`); else
  /// \p E.
  static const Expr *textOf(const Expr *E) {
    static const llvm::Regex Conversion(
        "^(toStdString|toUtf8|toLatin1|toLocal8Bit|c_str|data|constData|"
        "str|toString|string)$");
    if (const auto *Convert =
            dyn_cast_or_null<CXXMemberCallExpr>(withoutCasts(E));
        Convert && Convert->getNumArgs() == 0 &&
        Conversion.match(calleeName(Convert)))
      return Convert->getImplicitObjectArgument();
    return E;
  }

  bool cryptCheck(const Expr *X, const Expr *Y, const Secrets &S) {
    const auto *Hash = dyn_cast_or_null<CallExpr>(withoutCasts(X));
    // Through a conversion of the hash's text (mumble's
    // `getLegacyPasswordHash(password).toStdString()`).
    if (Hash)
      Hash = dyn_cast_or_null<CallExpr>(withoutCasts(textOf(Hash)));
    // Only a password hash is salted: Wt's `compute(msg, salt) == hash`,
    // whatever the hash function is called. (Not a hash table's integer
    // hash of a seeded function.)
    if (saltedCall(Hash) && !constant(Y) &&
        !withoutCasts(X)->getType()->isIntegralOrEnumerationType() &&
        !withoutCasts(Y)->getType()->isIntegralOrEnumerationType())
      return true;
    if (!hashCall(Hash))
      Hash = lastHashBefore(X, S);
    if (!Hash)
      return false;
    // Through casts between byte pointer types (3proxy's `strcmp((char *)
    // pwl->password, (char *)mycrypt(pass, pwl->password, buf))`).
    const Expr *Stored = withoutCasts(Y);
    if (!Stored || constant(Y))
      return false;
    for (const Expr *Arg : Hash->arguments()) {
      // Also given as C text (Wt's `wt_crypt_rn(msg.c_str(), hash.c_str(),
      // result, 64)`).
      if (sameValue(withoutCasts(Arg), Stored) ||
          sameValue(withoutCasts(textOf(Arg)), Stored))
        return true;
      // Salted with a local set to the stored hash (shadow's `salt =
      // ent->pw_passwd`, pam_userdb's `pwhash = strndup(data.dptr, n)`).
      if (const ValueDecl *D = declOf(stripConversions(Arg)))
        if (auto It = S.CopiedFrom.find(D); It != S.CopiedFrom.end())
          for (const Expr *From : It->second)
            if (sameValue(From, Stored))
              return true;
    }
    return storedHash(Stored) || crypt3(Hash);
  }

  /// A call given a salt (a variable or member named like one, not an
  /// integer seed): what it computes is a password hash.
  static bool saltedCall(const CallExpr *CE) {
    return CE && llvm::any_of(CE->arguments(), [](const Expr *Arg) {
             bool Salt = false;
             walk(Arg, [&](const Stmt *X) {
               const ValueDecl *D = namedValue(X);
               Salt |= D && D->getName().contains_insensitive("salt") &&
                       !D->getType()->isIntegralOrEnumerationType();
             });
             return Salt;
           });
  }

  /// crypt(3) itself and its reentrant forms (`crypt_r`, `crypt_rn`,
  /// `crypt_ra`): what it returns is only ever checked against a stored
  /// hash, however that is named (Cherokee's `strcmp(tmp, compared)`).
  static bool crypt3(const CallExpr *CE) {
    // Also a vendored copy's prefixed name (Wt's `wt_crypt_rn`).
    static const llvm::Regex Crypt("^(_*|[a-z0-9]+_)crypt(_r|_rn|_ra)?$");
    return Crypt.match(calleeName(CE));
  }

  /// The hash call that last set the local \p E reads before \p E: not
  /// one further down (shadow's `cp = pw_encrypt(pass, salt)` after the
  /// loop that compares `cp`, the user's retyping). Null if none.
  const CallExpr *lastHashBefore(const Expr *E, const Secrets &S) const {
    const ValueDecl *D = declOf(stripConversions(E));
    auto It = D ? S.HashedBy.find(D) : S.HashedBy.end();
    if (It == S.HashedBy.end())
      return nullptr;
    const CallExpr *Last = nullptr;
    for (const CallExpr *Set : It->second)
      if (SM.isBeforeInTranslationUnit(Set->getBeginLoc(), E->getBeginLoc()) &&
          (!Last || SM.isBeforeInTranslationUnit(Last->getBeginLoc(),
                                                 Set->getBeginLoc())))
        Last = Set;
    return Last;
  }

  /// A stored password hash by its name (`pw_hash`), also an element of
  /// one split into its parts (Quassel's `hashedPasswordAndSalt[0]` of
  /// `hashedPassword.split(colon)`).
  static bool storedHash(const Expr *Stored) {
    const Expr *E = Stored->IgnoreParenImpCasts();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Subscript)
      E = OC->getArg(0);
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    const ValueDecl *D = declOf(stripConversions(E));
    if (!D || !D->getDeclName().isIdentifier())
      return false;
    if (storedPasswordName(D->getName()))
      return true;
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->isLocalVarDecl() || !VD->getInit() || E == Stored)
      return false;
    const auto *Split =
        dyn_cast<CXXMemberCallExpr>(withoutCasts(VD->getInit()));
    const ValueDecl *Whole =
        Split ? declOf(Split->getImplicitObjectArgument()) : nullptr;
    return Whole && Whole->getDeclName().isIdentifier() &&
           storedPasswordName(Whole->getName());
  }

  /// The variable or member a value copies (`salt = ent->pw_passwd`), also
  /// through a duplicating call (pam_userdb's `pwhash = strndup(data.dptr,
  /// data.dsize)`), or null.
  static const Expr *copiedValue(const Expr *Value) {
    const Expr *Copied = withoutCasts(Value);
    if (const auto *Copy = dyn_cast_or_null<CallExpr>(Copied);
        Copy && Copy->getNumArgs() >= 1 &&
        llvm::StringRef(calleeName(Copy)).contains("dup"))
      Copied = withoutCasts(Copy->getArg(0));
    return isa_and_nonnull<DeclRefExpr, MemberExpr>(Copied) ? Copied : nullptr;
  }

  /// Named like a stored password or its hash: `crypted`, `cryptpass`,
  /// `stored_password`, `pw_hash`.
  static bool storedPasswordName(llvm::StringRef Name) {
    static const llvm::Regex StoredHash(
        "^_*(m_)?(crypted|crypt_?(pw|pass|passwd|password)|(hashed|stored|"
        "saved)_?(pw|pass|passwd|password)|(pw|pass|passwd|password)_?hash(ed)?"
        ")_*$",
        llvm::Regex::IgnoreCase);
    return StoredHash.match(Name);
  }

  /// A byte-by-byte comparison that leaves the loop at the first
  /// difference: \p A and \p B index two arrays by one loop counter
  /// (`if (mine[k] != theirs[k]) goto fail`), or one side indexes an array
  /// by it and the other is a value the loop makes afresh each time
  /// (Exim's `if (hex(a, b) != digest[i]) return FAIL` after `int a =
  /// *clear++`). On success \p A and \p B become what is compared: the
  /// arrays, or the array and that value.
  /// The variable an index steps with: `i`, or `i + 2` past a fixed
  /// offset (srsRAN's short MAC, `exp_mac[i + 2] != mac[i]`).
  static const ValueDecl *loopIndex(const Expr *Idx) {
    Idx = Idx->IgnoreParenImpCasts();
    if (const auto *BO = dyn_cast<BinaryOperator>(Idx);
        BO && BO->isAdditiveOp()) {
      const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
      const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
      if (isa<IntegerLiteral>(R))
        return declOf(L);
      if (isa<IntegerLiteral>(L) && BO->getOpcode() == BO_Add)
        return declOf(R);
      return nullptr;
    }
    return declOf(Idx);
  }

  bool earlyExitByte(const BinaryOperator *BO, const Expr *&A, const Expr *&B) {
    const auto *SA = dyn_cast<ArraySubscriptExpr>(A->IgnoreParenImpCasts());
    const auto *SB = dyn_cast<ArraySubscriptExpr>(B->IgnoreParenImpCasts());
    if (!SA && !SB)
      return false;
    const ValueDecl *Index = loopIndex((SA ? SA : SB)->getIdx());
    if (!Index || (SA && SB && Index != loopIndex(SB->getIdx())))
      return false;
    if (SA && SB && flagStopsLoop(BO, Index)) {
      A = SA->getBase();
      B = SB->getBase();
      return true;
    }
    // Up to the `if` whose condition is the test, then to its loop.
    const Stmt *Child = BO;
    const IfStmt *If = nullptr;
    for (int Guard = 0; Guard < 6 && !If; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      if (const auto *I = dyn_cast<IfStmt>(P); I && I->getCond() == Child)
        If = I;
      Child = P;
    }
    if (!If)
      return false;
    const bool LeavesOnDifference = BO->getOpcode() == BO_NE;
    const Stmt *Leaving = LeavesOnDifference ? If->getThen() : If->getElse();
    if (!Leaving)
      return false;
    bool Leaves = false;
    walk(Leaving, [&](const Stmt *Y) {
      Leaves |= isa<BreakStmt, ReturnStmt, GotoStmt>(Y);
    });
    if (!Leaves)
      return false;
    const ForStmt *Loop = nullptr;
    for (int Guard = 0; Guard < 8 && !Loop; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      Loop = dyn_cast<ForStmt>(P);
      Child = P;
    }
    if (!Loop || !Loop->getInc() || !mentionsAny(Loop->getInc(), {Index}))
      return false;
    if (SA && SB) {
      A = SA->getBase();
      B = SB->getBase();
      return true;
    }
    // The other side: made in the loop's body from its own locals, not a
    // constant or a value fixed before the loop (`if (buf[i] != pad)`).
    const Expr *Other = SA ? B : A;
    bool MadeInLoop = false;
    walk(Other, [&](const Stmt *Y) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(Y))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
            VD && VD->isLocalVarDecl() && Loop->getBody() &&
            SM.isBeforeInTranslationUnit(Loop->getBody()->getBeginLoc(),
                                         VD->getLocation()) &&
            SM.isBeforeInTranslationUnit(VD->getLocation(),
                                         Loop->getBody()->getEndLoc()))
          MadeInLoop = true;
    });
    if (!MadeInLoop)
      return false;
    A = (SA ? SA : SB)->getBase();
    B = Other;
    return true;
  }

  /// `ok = ok && (a[i] == b[i])` in a loop that runs while `ok` (PoDoFo's
  /// `CheckKey`): the flag the equality sets ends the loop at the first
  /// difference.
  bool flagStopsLoop(const BinaryOperator *BO, const ValueDecl *Index) {
    if (BO->getOpcode() != BO_EQ)
      return false;
    const Stmt *Child = BO;
    const VarDecl *Flag = nullptr;
    for (int Guard = 0; Guard < 6 && !Flag; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      if (const auto *Set = dyn_cast<BinaryOperator>(P);
          Set && Set->getOpcode() == BO_Assign && Set->getRHS() == Child)
        Flag = dyn_cast_or_null<VarDecl>(declOf(Set->getLHS()));
      Child = P;
    }
    if (!Flag)
      return false;
    for (int Guard = 0; Guard < 8; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      if (const auto *Loop = dyn_cast<ForStmt>(P))
        return Loop->getCond() && mentionsAny(Loop->getCond(), {Flag}) &&
               Loop->getInc() && mentionsAny(Loop->getInc(), {Index});
      Child = P;
    }
    return false;
  }

  /// The pointer one side of a byte comparison reads through, `*p` or
  /// `*p++` (inside a case-folding macro such as `LOWER(*p)` too), when it
  /// reads through that one alone.
  static const DeclRefExpr *walkedPointer(const Expr *Side) {
    const DeclRefExpr *Found = nullptr;
    bool Other = false;
    walk(Side, [&](const Stmt *Y) {
      const auto *UO = dyn_cast<UnaryOperator>(Y);
      if (!UO || UO->getOpcode() != UO_Deref)
        return;
      const Expr *Sub = UO->getSubExpr()->IgnoreParenImpCasts();
      if (const auto *Step = dyn_cast<UnaryOperator>(Sub);
          Step && Step->isIncrementOp())
        Sub = Step->getSubExpr()->IgnoreParenImpCasts();
      const auto *DRE = dyn_cast<DeclRefExpr>(Sub);
      if (!DRE || !isa<VarDecl>(DRE->getDecl()) ||
          !DRE->getType()->isPointerType() ||
          (Found && Found->getDecl() != DRE->getDecl())) {
        Other = true;
        return;
      }
      Found = DRE;
    });
    return Other ? nullptr : Found;
  }

  /// A comparison that walks two pointers through two strings and leaves
  /// at the first difference (Mud98's `for (; *a || *b; a++, b++) if
  /// (LOWER(*a) != LOWER(*b)) return true;`, `while (*p && *p == *q)
  /// p++, q++;`). On success \p A and \p B become the two pointers.
  bool earlyExitWalk(const BinaryOperator *BO, const Expr *&A, const Expr *&B) {
    const DeclRefExpr *PA = walkedPointer(A), *PB = walkedPointer(B);
    if (!PA || !PB || PA->getDecl() == PB->getDecl())
      return false;
    const Stmt *Child = BO, *Loop = nullptr;
    bool Leaves = false;
    for (int Guard = 0; Guard < 10 && !Loop; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      if (const auto *I = dyn_cast<IfStmt>(P); I && I->getCond() == Child)
        if (const Stmt *Leaving =
                BO->getOpcode() == BO_NE ? I->getThen() : I->getElse())
          walk(Leaving, [&](const Stmt *Y) {
            Leaves |= isa<BreakStmt, ReturnStmt, GotoStmt>(Y);
          });
      const Expr *Cond = nullptr;
      if (const auto *F = dyn_cast<ForStmt>(P))
        Cond = F->getCond();
      else if (const auto *W = dyn_cast<WhileStmt>(P))
        Cond = W->getCond();
      else if (const auto *D = dyn_cast<DoStmt>(P))
        Cond = D->getCond();
      else if (!isa<BinaryOperator, ParenExpr, ImplicitCastExpr, IfStmt,
                    CompoundStmt>(P))
        return false;
      if (isa<ForStmt, WhileStmt, DoStmt>(P)) {
        Loop = P;
        // Going round while the two are equal (`while (*a == *b)`).
        Leaves |= Cond == Child && BO->getOpcode() == BO_EQ;
      }
      Child = P;
    }
    if (!Loop || !Leaves)
      return false;
    // Both pointers step on in the loop.
    auto Steps = [&](const ValueDecl *V) {
      bool Found = false;
      walk(Loop, [&](const Stmt *Y) {
        const Expr *Target = nullptr;
        if (const auto *UO = dyn_cast<UnaryOperator>(Y);
            UO && UO->isIncrementOp())
          Target = UO->getSubExpr();
        else if (const auto *CA = dyn_cast<CompoundAssignOperator>(Y);
                 CA && CA->getOpcode() == BO_AddAssign)
          Target = CA->getLHS();
        Found |= Target && declOf(Target->IgnoreParenImpCasts()) == V;
      });
      return Found;
    };
    if (!Steps(PA->getDecl()) || !Steps(PB->getDecl()))
      return false;
    A = PA;
    B = PB;
    return true;
  }

  /// A pointer to an object, not to bytes: comparing two says which
  /// object, not what it holds.
  static bool objectPointer(const Expr *E) {
    QualType T = E->IgnoreParenImpCasts()->getType();
    if (!T->isPointerType())
      return false;
    QualType P = T->getPointeeType();
    return !P->isCharType() && !P->isSpecificBuiltinType(BuiltinType::UChar) &&
           !P->isVoidType();
  }

  /// `secret == token`: a data-dependent comparison of secrets.
  /// \p CryptHash is set to the side that is a crypt(3)-style password hash,
  /// when that is what made it a secret compare.
  /// Whether \p X runs only in the cases of a switch over states that
  /// confirm a password's entry (a MUD's `case CON_CNFPASSWD: case
  /// CON_CHPWD_VRFY:` checking the retyped password against the hash just set).
  /// (See passwordConfirmationName; DikuMUD's `nanny_pwd_confirm` is
  /// judged by its function's name.)
  bool inConfirmationCase(const Stmt *X) {
    const Stmt *Child = X;
    for (int Guard = 0; Guard < 64; ++Guard) {
      auto Ps = Ctx.getParents(*Child);
      const Stmt *P = Ps.empty() ? nullptr : Ps[0].get<Stmt>();
      if (!P)
        return false;
      const auto *Body = dyn_cast<CompoundStmt>(P);
      bool SwitchBody = false;
      if (Body) {
        auto Up = Ctx.getParents(*Body);
        SwitchBody = !Up.empty() && Up[0].template get<SwitchStmt>();
      }
      if (SwitchBody) {
        // The labels the statement is reached from, falling through.
        std::vector<std::string> Labels;
        bool Ended = false;
        for (const Stmt *St : Body->body()) {
          if (isa<SwitchCase>(St) && Ended)
            Labels.clear();
          const Stmt *Inner = St;
          while (const auto *Case = dyn_cast<SwitchCase>(Inner)) {
            if (const auto *CS = dyn_cast<CaseStmt>(Case)) {
              std::string Name = macroName(CS->getLHS());
              if (const ValueDecl *D =
                      declOf(CS->getLHS()->IgnoreParenImpCasts());
                  Name.empty() && D && D->getDeclName().isIdentifier())
                Name = D->getName().str();
              Labels.push_back(Name);
            } else {
              Labels.push_back(""); // default
            }
            Inner = Case->getSubStmt();
          }
          if (St == Child)
            return !Labels.empty() &&
                   llvm::all_of(Labels, [](const std::string &L) {
                     return passwordConfirmationName(L);
                   });
          // (Also the last statement of a case's braces: `case A: { ...
          // break; }`, EmpireMUD's.)
          const Stmt *Last = Inner;
          while (const auto *Block = dyn_cast_or_null<CompoundStmt>(Last))
            Last = Block->body_empty() ? nullptr : Block->body_back();
          Ended =
              isa_and_nonnull<BreakStmt, ReturnStmt, GotoStmt, ContinueStmt>(
                  Last);
        }
        return false;
      }
      Child = P;
    }
    return false;
  }

  /// A comparison call's result returned as an order from a sort's or a
  /// tree's callback (`int cmp(const void *a, const void *b)`: uhub's
  /// `grant_expiry_compare` breaking ties by token): it orders entries; it
  /// does not check a value a peer presented.
  bool returnedAsOrder(const Stmt *X) {
    if (!isa<CallExpr>(X))
      return false;
    DynTypedNode Node = DynTypedNode::create(*X);
    bool Returned = false;
    for (int Guard = 0; Guard < 64; ++Guard) {
      auto Ps = Ctx.getParents(Node);
      if (Ps.empty())
        return false;
      if (const auto *FD = Ps[0].get<FunctionDecl>())
        return Returned && FD->getNumParams() == 2 &&
               FD->getReturnType()->isIntegerType() &&
               llvm::all_of(FD->parameters(), [](const ParmVarDecl *P) {
                 QualType T = P->getType();
                 return T->isPointerType() && T->getPointeeType()->isVoidType();
               });
      const Stmt *P = Ps[0].get<Stmt>();
      if (!P)
        return false;
      if (isa<ReturnStmt>(P))
        Returned = true;
      else if (!Returned && !isa<ImplicitCastExpr, ParenExpr>(P))
        return false;
      Node = Ps[0];
    }
    return false;
  }

  bool unsafeCompare(const Stmt *X, const Secrets &S, const Expr *&A,
                     const Expr *&B, std::string &How, const Expr *&CryptHash) {
    CryptHash = nullptr;
    if (!comparison(X, A, B, How))
      return false;
    if (inConfirmationCase(X) || returnedAsOrder(X))
      return false;
    // `for (k...) if (mine[k] != theirs[k]) goto fail;`: the arrays are
    // compared, a byte at a time, and the first difference ends it.
    bool ByteLoop = false;
    if (const auto *BO = dyn_cast<BinaryOperator>(X); BO && BO->isEqualityOp())
      ByteLoop = earlyExitByte(BO, A, B) || earlyExitWalk(BO, A, B);
    // Lengths, counts and flags are not secrets: `a.size() != b.size()`.
    if ((How == "==" || How == "!=" || How == "find" ||
         memberComparison(How)) &&
        scalar(A) && scalar(B))
      return false;
    // Two pointers to objects (`pool->user_credentials != credentials`)
    // compare which object, not what it holds.
    if (isa<BinaryOperator>(X) && (How == "==" || How == "!=") && !ByteLoop) {
      if (objectPointer(A) && objectPointer(B))
        return false;
      // Against an address (knot's `digest != &zero`): which object.
      for (const Expr *Side : {A, B})
        if (const auto *UO = dyn_cast<UnaryOperator>(Side->IgnoreParenCasts());
            UO && UO->getOpcode() == UO_AddrOf)
          return false;
      // Two byte pointers held in variables (`userKey == user->privKey`,
      // C's aliasing test) compare addresses too; a literal on one side is
      // a mistaken string comparison, kept.
      // (Also an untyped pointer: libiec61850's `securityToken ==
      // password2`, which password a connection was admitted with.)
      auto BytePointerVariable = [&](const Expr *E) {
        const Expr *Bare = E->IgnoreParenImpCasts();
        QualType T = Bare->getType();
        return (T->isArrayType() ||
                (T->isPointerType() && !objectPointer(E))) &&
               (isa<DeclRefExpr>(Bare) || isa<MemberExpr>(Bare));
      };
      if (!Ctx.getLangOpts().CPlusPlus && BytePointerVariable(A) &&
          BytePointerVariable(B))
        return false;
      // A position in a buffer (tinydtls's `assert(p == buf + n)`).
      auto Position = [](const Expr *E) {
        const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts());
        return BO && BO->isAdditiveOp() && BO->getType()->isPointerType();
      };
      if (A->IgnoreParenImpCasts()->getType()->isPointerType() &&
          B->IgnoreParenImpCasts()->getType()->isPointerType() &&
          (Position(A) || Position(B)))
        return false;
    }
    // A range-for's own `__begin1 != __end1`; any loop's `it != v.end()`.
    // (`std::equal(token.begin(), token.end(), h)` compares the ranges.)
    bool RangeAlgorithm = How == "std::equal";
    for (const Expr *Side : {A, B}) {
      if (RangeAlgorithm)
        break;
      if (const ValueDecl *D = declOf(Side); D && D->isImplicit())
        return false;
      if (recordNamed(stripConversions(Side)->getType(), "iterator"))
        return false;
      // ... also an iterator that is a plain pointer (Qt's `QByteArray::
      // const_iterator`): `d1It != d1.cend()`.
      static const llvm::Regex Position(
          "^(c|r|cr)?(begin|end)$|^const(Begin|End)$");
      if (const auto *Call = dyn_cast_or_null<CallExpr>(withoutCasts(Side));
          Call && Call->getNumArgs() == 0 && Position.match(calleeName(Call)))
        return false;
    }
    if (How == "find") {
      // A search for a literal word (Wt's `authCode.scope().find(
      // "openid")`) tells only whether a public word is there.
      Operand Needle = operand(B, S);
      if (Needle.Constant)
        return false;
      return searchesSecret(A, B, S) || comparesSecrets(operand(A, S), Needle);
    }
    for (bool Swap : {false, true})
      if (cryptCheck(Swap ? B : A, Swap ? A : B, S)) {
        CryptHash = Swap ? B : A;
        return true;
      }
    // Two byte buffers compared in a function named for checking a MAC
    // (libzip's `verify_hmac`: `memcmp(from_file, computed, n)`); not one
    // it was handed, a comparer judged at its calls (`mac_verify(alg, key,
    // n, data, n, mac)`).
    auto Bytes = [](const Expr *E) {
      QualType Element = elementType(withoutCasts(E)->getType());
      return !Element.isNull() && Element->isCharType();
    };
    if (S.MacCheck && How != "==" && How != "!=" && Bytes(A) && Bytes(B) &&
        !constant(A) && !constant(B) && !mentionsAny(A, S.Params) &&
        !mentionsAny(B, S.Params))
      return true;
    // ... or two arrays of bytes or words in one named for checking a
    // password (7-Zip's RAR5 `CalcKey_and_CheckPassword`: `memcmp(
    // _check_Calced32, _check32, n)`, the check value derived from the
    // password against the archive's); not a salt or a header's field.
    auto CheckValue = [](const Expr *E) {
      const Expr *W = withoutCasts(E);
      QualType T = W->getType();
      const ValueDecl *D = bufferOf(W);
      static const llvm::Regex Public(
          "salt|magic|nonce|(^|_)iv$|header|version|"
          "(^|_)(id|name|user(_?name)?)$",
          llvm::Regex::IgnoreCase);
      return T->isConstantArrayType() &&
             T->getAsArrayTypeUnsafe()->getElementType()->isIntegerType() &&
             D && D->getDeclName().isIdentifier() &&
             !Public.match(D->getName()) && !labelName(D->getName());
    };
    // ... also against the stored value the check was handed (MySQL's
    // `memcmp(hash_stage2, hash_stage2_reassured, n)`): bytes of a pointer
    // parameter.
    auto GivenCheckValue = [&](const Expr *E) {
      const auto *P = dyn_cast_or_null<ParmVarDecl>(bufferOf(withoutCasts(E)));
      return P && P->getDeclName().isIdentifier() &&
             P->getType()->isPointerType() &&
             P->getType()->getPointeeType()->isIntegerType() &&
             !userName(P->getName()) && !labelName(P->getName()) &&
             !P->getName().contains_insensitive("salt") &&
             !P->getName().contains_insensitive("nonce");
    };
    auto LocalCheckValue = [&](const Expr *E) {
      return CheckValue(E) && !constant(E) && !mentionsAny(E, S.Params);
    };
    if (S.PasswordCheck && How != "==" && How != "!=" &&
        ((LocalCheckValue(A) && LocalCheckValue(B)) ||
         (LocalCheckValue(A) && GivenCheckValue(B)) ||
         (GivenCheckValue(A) && LocalCheckValue(B))))
      return true;
    Operand Left = operand(A, S), Right = operand(B, S);
    // A library's comparison of authentication keys (libXdmcp's
    // `XdmcpCompareKeys` of XDM-AUTHENTICATION-1's rho): both are secrets
    // by what it compares; which of them the client sent is judged as for
    // any other.
    if (authKeyComparison(How))
      for (auto [Side, Value] : {std::pair(&Left, A), std::pair(&Right, B)}) {
        Side->Named = true;
        if (const ValueDecl *D = bufferOf(Value))
          Side->NamedDecls.push_back(D);
      }
    // In a function named for checking a password, the password against
    // what it is checked with (openvpn3's `password == in_partial`, the
    // line the management client typed): not a name, a label, a constant
    // or another entry of it.
    auto Checked = [](const Operand &X, const Operand &Y) {
      return X.PasswordOnly && !X.SecondEntry && !Y.Named && !Y.UserName &&
             !Y.LabelNamed && !Y.Constant && !Y.SecondEntry && !Y.NewValue;
    };
    // ... or the hash it computes of the password against the stored one
    // it decoded (389-ds's `pbkdf2_sha256_pw_cmp`: `memcmp(userhash, hash,
    // n)`).
    auto HashChecked = [](const Operand &X, const Operand &Y) {
      return X.Hashed && !X.Constant && !Y.Constant && !Y.UserName &&
             !Y.LabelNamed && !Y.SecondEntry && !Y.NewValue;
    };
    if (S.PasswordCheck &&
        (Checked(Left, Right) || Checked(Right, Left) ||
         HashChecked(Left, Right) || HashChecked(Right, Left)))
      return true;
    return comparesSecrets(Left, Right);
  }

  /// An `if` on a check of the request that leaves (return, throw, an error
  /// status) on one side.
  /// \p Scope, when given, is where the first body's values come from (a
  /// statement of a larger function: `auth = req.find(...)` above it).
  bool gates(const Reach &R, const Stmt *Scope = nullptr) {
    for (size_t I = 0; I < R.Bodies.size(); ++I) {
      const Stmt *Body = R.Bodies[I];
      const Secrets &S = gateSecrets(I == 0 && Scope ? Scope : Body);
      bool Gated = false;
      walk(Body, [&](const Stmt *X) {
        const auto *If = dyn_cast<IfStmt>(X);
        if (!If || Gated || !If->getCond())
          return;
        if (!checksRequest(If->getCond(), S))
          return;
        Gated = (leaves(If->getThen()) || leaves(If->getElse()) ||
                 choosesOutcome(If)) &&
                !inHandshake(I == 0 ? If : R.Via[I], R.Bodies.front());
      });
      if (Gated)
        return true;
    }
    return false;
  }

  /// What secretsIn finds in \p Body, once: the routes of one server reach
  /// the same helpers (UxPlay's RAOP handlers), each judged per route.
  const Secrets &gateSecrets(const Stmt *Body) {
    std::unique_ptr<Secrets> &Slot = GateSecretsMemo[Body];
    if (!Slot)
      Slot = std::make_unique<Secrets>(secretsIn(Body));
    return *Slot;
  }
  llvm::DenseMap<const Stmt *, std::unique_ptr<Secrets>> GateSecretsMemo;

  /// An `if` whose two branches do different work of the project's: the
  /// check picks the outcome (WeChat Pay's `if (nowsign.compare(sign) == 0)
  /// { credit the goods } else { answer FAIL }`) even though neither branch
  /// returns. A check with no else, or branches that only log, picks none.
  bool choosesOutcome(const IfStmt *If) {
    if (!If->getThen() || !If->getElse())
      return false;
    auto ProjectCallees = [&](const Stmt *Branch) {
      llvm::SmallPtrSet<const FunctionDecl *, 8> Callees;
      walk(Branch, [&](const Stmt *X) {
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && projectFunction(FD))
            Callees.insert(FD->getCanonicalDecl());
      });
      return Callees;
    };
    auto Then = ProjectCallees(If->getThen()),
         Else = ProjectCallees(If->getElse());
    auto OnlyIn = [](const llvm::SmallPtrSet<const FunctionDecl *, 8> &X,
                     const llvm::SmallPtrSet<const FunctionDecl *, 8> &Y) {
      return llvm::any_of(X,
                          [&](const FunctionDecl *FD) { return !Y.count(FD); });
    };
    return OnlyIn(Then, Else) || OnlyIn(Else, Then);
  }

  /// Whether \p Point (a check in the handler's body, or the call that
  /// leads to one) sits in a branch that only answers a handshake and
  /// returns, while the handler goes on to process deliveries after it:
  /// `if (type == "confirmation") { confirm(req); return; } process(...)`,
  /// or a GET branch checking a subscription's verify token. Such a check
  /// guards the handshake, not the deliveries.
  bool inHandshake(const Stmt *Point, const Stmt *Top) {
    const Stmt *Child = Point;
    for (const Stmt *Up : parents(Point)) {
      if (Up == Top)
        return false;
      const auto *If = dyn_cast<IfStmt>(Up);
      if (If && Child != If->getCond() && endsWithReturn(Child) &&
          !callsProject(Child, Point) && processesAfter(If))
        return true;
      Child = Up;
    }
    return false;
  }

  static bool endsWithReturn(const Stmt *Branch) {
    if (const auto *CS = dyn_cast<CompoundStmt>(Branch))
      Branch = CS->body_empty() ? nullptr : CS->body_back();
    return isa_and_nonnull<ReturnStmt>(Branch);
  }

  /// A function of the project's own, not of a library or the system.
  bool projectFunction(const FunctionDecl *FD) {
    return !inLibraryHeader(SM, FD->getLocation()) &&
           !SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation()));
  }

  /// A call of a project function in \p S, outside \p Except.
  bool callsProject(const Stmt *S, const Stmt *Except) {
    bool Found = false;
    llvm::DenseSet<const Stmt *> Skip;
    if (Except)
      walk(Except, [&](const Stmt *X) { Skip.insert(X); });
    walk(S, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      if (!CE || Skip.count(X))
        return;
      if (const FunctionDecl *FD = CE->getDirectCallee())
        Found |= projectFunction(FD);
    });
    return Found;
  }

  /// Whether a statement after \p If, in the block that holds it, calls a
  /// project function: the processing the handler goes on to.
  bool processesAfter(const IfStmt *If) {
    auto Ps = Ctx.getParents(*If);
    const auto *Block = Ps.empty() ? nullptr : Ps[0].get<CompoundStmt>();
    if (!Block)
      return false;
    bool After = false;
    for (const Stmt *S : Block->body()) {
      if (After && callsProject(S, nullptr))
        return true;
      After |= S == If;
    }
    return false;
  }

  bool checksRequest(const Expr *Cond, const Secrets &S) {
    bool Found = false;
    walk(Cond, [&](const Stmt *X) {
      if (Found)
        return;
      const auto *E = dyn_cast<Expr>(X);
      if (!E)
        return;
      if (auto It = CryptoOf.find(E); It != CryptoOf.end())
        Found = checkVerifies(E, *It->second);
      const Expr *A, *B;
      std::string How;
      if (comparison(X, A, B, How))
        Found |= How == "find" ? searchesSecret(A, B, S)
                               : checksDelivery(operand(A, S), operand(B, S));
      // A project function that verifies: `if (!verify_signature(req))`.
      if (const auto *CE = dyn_cast<CallExpr>(E)) {
        Found |= homeMadeConstantTimeCheck(CE, S);
        if (const FunctionDecl *FD = CE->getDirectCallee())
          Found |= callVerifies(FD);
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        Found |= S.Mac.count(DRE->getDecl()) > 0 ||
                 S.Verdict.count(DRE->getDecl()) > 0;
    });
    return Found;
  }

  /// A call of a project function that checks the request: its body
  /// verifies; through an interface (`adapter->verify_signature(...)`), an
  /// implementation in view does (placeholders that `return true;` do
  /// not); with no body in view, its name says so.
  bool callVerifies(const FunctionDecl *FD) {
    if (const FunctionDecl *Def = definition(FD))
      return verifier(Def);
    std::vector<const FunctionDecl *> Impls = overridesInView(FD);
    if (!Impls.empty())
      return llvm::any_of(Impls,
                          [&](const FunctionDecl *I) { return verifier(I); });
    return !inLibraryHeader(SM, FD->getLocation()) &&
           FD->getDeclName().isIdentifier() &&
           FD->getName().contains_insensitive("verif") && trustedByName(FD);
  }

  /// A comparison that authenticates a delivery: a MAC, a signature, a
  /// shared token, or credentials the server holds (Basic authentication
  /// with a configured password is a secret shared with the sender).
  static bool checksDelivery(const Operand &A, const Operand &B) {
    return comparesSecrets(A, B) &&
           (A.strong() || B.strong() || (A.Named && !A.PasswordOnly) ||
            (B.Named && !B.PasswordOnly) ||
            (A.Named && !A.Request && B.Request) ||
            (B.Named && !B.Request && A.Request));
  }

  /// A project function that checks a secret: it computes or checks a
  /// MAC, compares in constant time, returns a comparison of secrets, or
  /// calls a function that does (`webhookSecretValid` calling
  /// `constantTimeEquals`).
  bool verifier(const FunctionDecl *F, int Depth = 0) {
    auto &Memo = VerifierMemo[TrustNames];
    if (auto It = Memo.find(F); It != Memo.end()) {
      auto &Trusted = TrustedIn[F];
      NameTrusted.insert(NameTrusted.end(), Trusted.begin(), Trusted.end());
      return It->second;
    }
    Memo[F] = false; // recursion
    size_t TrustedBefore = NameTrusted.size();
    bool Found = false;
    const Stmt *Body = F->getBody();
    walk(Body, [&](const Stmt *X) {
      if (Found)
        return;
      if (const auto *E = dyn_cast<Expr>(X))
        if (auto It = CryptoOf.find(E); It != CryptoOf.end())
          Found =
              It->second->Rule->Kind == "mac" || checkVerifies(E, *It->second);
    });
    if (!Found) {
      Secrets S = secretsIn(Body, F);
      walk(Body, [&](const Stmt *X) {
        const auto *RS = dyn_cast<ReturnStmt>(X);
        if (Found || !RS || !RS->getRetValue())
          return;
        walk(RS->getRetValue(), [&](const Stmt *Y) {
          const Expr *A, *B;
          std::string How;
          if (!Found && comparison(Y, A, B, How))
            Found = checksDelivery(operand(A, S), operand(B, S));
          if (const auto *CE = dyn_cast<CallExpr>(Y))
            Found = Found || homeMadeConstantTimeCheck(CE, S);
        });
      });
    }
    // A call of a function that verifies; through an interface
    // (`plugin->verifyNotify(params, body)`), an implementation in view,
    // or with none in view the method's name. Not a plain function trusted
    // by its name: one that calls such a function somewhere (a CGI
    // program's `cgimain`, answering a handshake) does not check by that.
    if (!Found && Depth < 3)
      walk(Body, [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
        if (Found || !FD)
          return;
        if (const FunctionDecl *Def = definition(FD)) {
          Found = verifier(Def, Depth + 1);
          return;
        }
        std::vector<const FunctionDecl *> Impls = overridesInView(FD);
        const auto *MD = dyn_cast<CXXMethodDecl>(FD);
        Found = Impls.empty() ? MD && MD->isVirtual() && callVerifies(FD)
                              : llvm::any_of(Impls, [&](const FunctionDecl *I) {
                                  return verifier(I, Depth + 1);
                                });
      });
    VerifierMemo[TrustNames][F] = Found;
    auto &Trusted = TrustedIn[F];
    if (Trusted.empty())
      Trusted.assign(NameTrusted.begin() + TrustedBefore, NameTrusted.end());
    return Found;
  }

  /// The overrides of a virtual \p FD defined in this TU.
  std::vector<const FunctionDecl *> overridesInView(const FunctionDecl *FD) {
    std::vector<const FunctionDecl *> Out;
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (!MD || !MD->isVirtual())
      return Out;
    const CXXMethodDecl *Target = MD->getCanonicalDecl();
    std::function<bool(const CXXMethodDecl *, int)> Overrides =
        [&](const CXXMethodDecl *M, int Depth) {
          for (const CXXMethodDecl *Base : M->overridden_methods())
            if (Base->getCanonicalDecl() == Target ||
                (Depth < 4 && Overrides(Base, Depth + 1)))
              return true;
          return false;
        };
    for (const FunctionDecl *F : Facts.Bodies)
      if (const auto *M = dyn_cast<CXXMethodDecl>(F); M && Overrides(M, 0))
        Out.push_back(F);
    return Out;
  }

  /// `constant_time_equals(got, config.secret)`: a home-made
  /// XOR-accumulate comparison, given a secret.
  bool homeMadeConstantTimeCheck(const CallExpr *CE, const Secrets &S) {
    const FunctionDecl *FD = CE->getDirectCallee();
    const FunctionDecl *Def = definition(FD);
    // With no body in view, its name says constant time (`ct_equal`,
    // `secure_compare`, `timingSafeEqual`).
    bool ByName = !Def && FD && FD->getDeclName().isIdentifier() &&
                  projectFunction(FD) && constantTimeName(FD->getName());
    if (!ByName && (!Def || !xorAccumulates(Def)))
      return false;
    // Given a secret, or the client's value against one of the server's
    // (`secureCompare(req->getParam("key")->value().c_str(), webhookKey)`):
    // a comparison written to run in constant time says it is a secret.
    bool FromClient = false, Server = false;
    for (const Expr *Arg : CE->arguments()) {
      Operand O = operand(Arg, S);
      if (O.strong() || (O.Named && !O.PasswordOnly))
        return true;
      if (!scalar(Arg))
        (O.Request ? FromClient : Server) = true;
    }
    if (FromClient && Server)
      return true;
    return false;
  }

  /// `diff |= a[i] ^ b[i]`: a comparison that takes the same time
  /// wherever the inputs differ.
  /// So do its kin: `diff |= a[i] - b[i]`, `diff |= a[i] != b[i]`, and
  /// tinydtls's `result &= (*a++ == *b++)`.
  static bool xorAccumulates(const FunctionDecl *F) {
    bool Found = false;
    walk(F->getBody(), [&](const Stmt *X) {
      const auto *CA = dyn_cast<CompoundAssignOperator>(X);
      if (!CA ||
          (CA->getOpcode() != BO_OrAssign && CA->getOpcode() != BO_AndAssign))
        return;
      bool Or = CA->getOpcode() == BO_OrAssign;
      walk(CA->getRHS(), [&](const Stmt *Y) {
        if (const auto *BO = dyn_cast<BinaryOperator>(Y))
          Found |= Or ? BO->getOpcode() == BO_Xor ||
                            BO->getOpcode() == BO_Sub ||
                            BO->getOpcode() == BO_NE
                      : BO->getOpcode() == BO_EQ;
      });
    });
    return Found;
  }

  bool leaves(const Stmt *S) {
    if (!S)
      return false;
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (isa<ReturnStmt, CXXThrowExpr>(X))
        Found = true;
      if (const auto *IL = dyn_cast<IntegerLiteral>(X))
        Found |= IL->getValue() == 400 || IL->getValue() == 401 ||
                 IL->getValue() == 403;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (DRE->getDecl()->getDeclName().isIdentifier()) {
          llvm::StringRef N = DRE->getDecl()->getName();
          Found |= N.contains_insensitive("unauthorized") ||
                   N.contains_insensitive("forbidden") ||
                   N.contains_insensitive("bad_request") ||
                   N.contains_insensitive("BadRequest");
        }
    });
    return Found;
  }

  bool replayProtected(const Reach &R) {
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        const Expr *A, *B;
        std::string How;
        if (const auto *BO = dyn_cast<BinaryOperator>(X);
            BO && BO->isComparisonOp() && mentionsClock(BO))
          Found = true;
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X);
            OC && OC->getNumArgs() == 2 && mentionsClock(OC) &&
            (OC->getOperator() == OO_Greater || OC->getOperator() == OO_Less ||
             OC->getOperator() == OO_GreaterEqual ||
             OC->getOperator() == OO_LessEqual))
          Found = true;
        (void)A;
        (void)B;
        (void)How;
        // De-duplication by event id: seen_events.count(id), insert(id).
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
          std::string N = calleeName(MC);
          if (N == "count" || N == "find" || N == "contains" || N == "insert" ||
              N == "emplace" || N == "exists")
            if (const ValueDecl *D = declOf(MC->getImplicitObjectArgument()))
              if (D->getDeclName().isIdentifier()) {
                llvm::StringRef Name = D->getName();
                for (const char *K :
                     {"seen", "processed", "dedup", "idempot", "handled",
                      "delivered", "replay", "nonce", "event"})
                  Found |= Name.contains_insensitive(K);
              }
        }
      });
    return Found;
  }

  bool mentionsClock(const Stmt *S) {
    bool Found = false;
    walk(S, [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X)) {
        std::string N = llvm::StringRef(calleeName(CE)).lower();
        Found |= N == "time" || N == "now" || N.find("currentsecs") == 0 ||
                 N.find("currentdatetime") == 0 || N == "clock_gettime";
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->isLocalVarDecl() && VD->getInit() &&
              VD->getDeclName().isIdentifier() &&
              (VD->getName().contains_insensitive("now") ||
               VD->getName().contains_insensitive("time")))
            walk(VD->getInit(), [&](const Stmt *Y) {
              if (const auto *CE = dyn_cast<CallExpr>(Y)) {
                std::string N = llvm::StringRef(calleeName(CE)).lower();
                Found |= N == "time" || N == "now";
              }
            });
    });
    return Found;
  }

  bool mentionsSignatureHeader(const Reach &R, std::string &Which) {
    return mentionsLiteral(R, Opts.SignatureHeaders, Which);
  }

  /// A string literal in the handler's reach that is one of \p Words, a
  /// raw header line of one (`"X-GitHub-Event: pull_request"`) or a JSON
  /// object with one as a key (`{"post_type":"message"}`, the event a bot
  /// fills in before it has read one).
  static bool mentionsLiteral(const Reach &R,
                              const std::vector<std::string> &Words,
                              std::string &Which) {
    for (const Stmt *Body : R.Bodies) {
      bool Found = false;
      walk(Body, [&](const Stmt *X) {
        if (const StringLiteral *SL = literalAt(X); SL && !Found)
          for (const auto &W : Words)
            if (llvm::StringRef S = SL->getString();
                S.equals_insensitive(W) ||
                S.equals_insensitive(cgiVariable(W)) ||
                (S.size() > W.size() && S.starts_with_insensitive(W) &&
                 S[W.size()] == ':') ||
                (S.starts_with("{") &&
                 S.contains_insensitive("\"" + W + "\""))) {
              Found = true;
              Which = W;
            }
      });
      if (Found)
        return true;
    }
    return false;
  }

  /// Whether a string literal in reach passes \p Test.
  static bool anyLiteral(const Reach &R,
                         llvm::function_ref<bool(llvm::StringRef)> Test) {
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        if (const StringLiteral *SL = literalAt(X); SL && !Found)
          Found = Test(SL->getString());
      });
    return Found;
  }

  /// Whether a string literal in reach starts with \p Prefix (any case).
  static bool mentionsLiteralPrefix(const Reach &R, llvm::StringRef Prefix) {
    return anyLiteral(R, [&](llvm::StringRef S) {
      return S.starts_with_insensitive(Prefix);
    });
  }

  /// Serves a browser: answers with a page, checks a CSRF token, or opens
  /// a stream of server-sent events (`/events` that sends events out to an
  /// EventSource; a delivery never gets `text/event-stream` back).
  static bool servesBrowser(const Reach &R) {
    return servesPage(R) || checksCsrf(R) ||
           anyLiteral(R, [](llvm::StringRef S) {
             return S.contains_insensitive("text/event-stream");
           });
  }

  /// A CSRF check (`RequireCsrf(req, conf, cb)`, a read of `X-CSRF-Token`):
  /// only a browser's session carries the token; a provider's delivery
  /// never does. Not a CORS list naming the header, nor making a token.
  static bool checksCsrf(const Reach &R) {
    static const llvm::Regex Check(
        "(check|require|verify|validate|ensure).*(csrf|xsrf)|"
        "(csrf|xsrf).*(check|valid|verif|ok$)",
        llvm::Regex::IgnoreCase);
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && FD->getDeclName().isIdentifier() &&
              Check.match(FD->getName()))
            Found = true;
        if (const StringLiteral *SL = literalAt(X);
            SL && (SL->getString().equals_insensitive("X-CSRF-Token") ||
                   SL->getString().equals_insensitive("X-XSRF-Token")))
          Found = true;
      });
    return Found;
  }

  /// Answers with an HTML page: the HTML content type and markup
  /// (`"<html>..."`, `page.getHtml()`), not an "ok" labelled text/html by
  /// habit.
  /// One that parses JSON from the request takes data, whatever it
  /// answers (a bot that answers with a page dumping the request).
  /// A form's controls (`<input ...>`, `<button type="submit">`) make a
  /// page whatever the content type said (a lab's `/webhooks` form that
  /// edits the list of hooks to call): no provider's message carries one.
  static bool servesPage(const Reach &R) {
    // Also in a header a raw socket server writes whole ("HTTP/1.0 200
    // OK\r\nContent-Type: text/html\r\n\r\n<html>...").
    bool Html = mentionsLiteralPrefix(R, "text/html") ||
                anyLiteral(R, [](llvm::StringRef S) {
                  return S.contains_insensitive("content-type: text/html");
                });
    bool Markup = false, ParsesJson = false, Form = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && FD->getDeclName().isIdentifier() &&
              // `parseJson(body)`, also json11's `Json::parse(body, err)`.
              (FD->getName().contains_insensitive("json") ||
               (isa<CXXMethodDecl>(FD) && cast<CXXMethodDecl>(FD)
                                              ->getParent()
                                              ->getName()
                                              .contains_insensitive("json"))) &&
              (FD->getName().contains_insensitive("parse") ||
               FD->getName().contains_insensitive("from") ||
               FD->getName().contains_insensitive("load")) &&
              !readsFile(CE))
            ParsesJson = true;
        if (const auto *CE = dyn_cast<CallExpr>(X))
          if (const FunctionDecl *FD = CE->getDirectCallee();
              FD && FD->getDeclName().isIdentifier() &&
              (FD->getName().contains_insensitive("html") ||
               FD->getName().contains_insensitive("render")))
            Markup = true;
        const StringLiteral *SL = literalAt(X);
        if (!SL || (Markup && Form))
          return;
        llvm::StringRef S = SL->getString();
        for (size_t I = S.find('<'); I != llvm::StringRef::npos;
             I = S.find('<', I + 1))
          Markup |=
              I + 1 < S.size() && (llvm::isAlpha(S[I + 1]) || S[I + 1] == '!');
        Markup |= S.ends_with_insensitive(".html");
        for (llvm::StringRef Control :
             {"<form", "<input", "<button", "<select", "<textarea"})
          Form |= S.contains_insensitive(Control);
      });
    return ((Html && Markup) || Form) && !ParsesJson;
  }

  /// A call given a file to read (`json::parse(std::ifstream("hooks.json"))`,
  /// a `FILE *`): what it parses is no request.
  static bool readsFile(const CallExpr *CE) {
    return llvm::any_of(CE->arguments(), [](const Expr *Arg) {
      QualType T = Arg->IgnoreParenImpCasts()->getType().getNonReferenceType();
      if (T->isPointerType())
        T = T->getPointeeType();
      const auto *RD = T->getAsRecordDecl();
      return RD && RD->getDeclName().isIdentifier() &&
             (RD->getName() == "basic_ifstream" ||
              RD->getName() == "basic_fstream" || RD->getName() == "_IO_FILE");
    });
  }

  /// The route's path names a webhook, and the route takes deliveries.
  bool webhookPath(const WebhookHandler &H) {
    return H.Route != "?" && Path.match(H.Route) &&
           (deliveryMethod(H.Method) || notifiedByGet(H)) &&
           !operatorPath(H.Route) && !documentPath(H.Route);
  }

  /// Payment gateways and devices' hooks also notify with a GET (an IPN
  /// in the query string, `curl http://device/notify` from a hook): a
  /// `notify` or `ipn` segment takes deliveries whatever the verb. Not a
  /// GET on `callback` (an OAuth redirect) nor on `events` or `webhooks`
  /// (a listing, a stream).
  static bool notifiedByGet(const WebhookHandler &H) {
    if (!llvm::StringRef(H.Method).equals_insensitive("GET"))
      return false;
    static const llvm::Regex Notify("notify|(^|[^a-z])ipn([^a-z]|$)",
                                    llvm::Regex::IgnoreCase);
    llvm::SmallVector<llvm::StringRef, 8> Segments;
    llvm::StringRef(H.Route).split(Segments, '/', -1, false);
    return llvm::any_of(Segments,
                        [](llvm::StringRef S) { return Notify.match(S); });
  }

  /// A static document's path (`/eventservice.xml`, a UPnP description;
  /// `/notify.html`): a file served, not an endpoint that takes events.
  static bool documentPath(llvm::StringRef Route) {
    static const llvm::Regex Document(
        "\\.(xml|html?|css|js|png|jpe?g|gif|ico|svg|txt)$",
        llvm::Regex::IgnoreCase);
    return Document.match(Route);
  }

  /// A path under an administration or sign-in segment: the API that
  /// manages webhooks (`/api/admin/webhooks`) or the browser's return from
  /// an OAuth provider (`/auth/github/callback`), not a provider's delivery.
  /// So is one that sets or lists the hooks (`/set_webhooks`,
  /// `/api/deleteWebhook`, `/settings/webhook`).
  bool operatorPath(llvm::StringRef Route) const {
    static const llvm::Regex Manages(
        "^(set|save|update|delete|remove|add|create|edit|toggle|enable|"
        "disable|list|get|configure|config|manage)[_-]?(web)?hooks?$");
    llvm::SmallVector<llvm::StringRef, 8> Segments;
    Route.split(Segments, '/', -1, false);
    // `/api/webhook/update`, `/webhooks/list`, `/webhook/send`,
    // `/api/telegram/test` (a test message the device sends): a verb after
    // the hooks' or a provider's segment.
    static const llvm::Regex Hooks("^(web)?hooks?$", llvm::Regex::IgnoreCase);
    static const llvm::Regex Verb(
        "^(set|save|update|delete|remove|add|create|edit|toggle|enable|"
        "disable|list|get|configure|config|manage|send|test)$",
        llvm::Regex::IgnoreCase);
    for (size_t I = 0; I + 1 < Segments.size(); ++I)
      if ((Hooks.match(Segments[I]) || Names.match(Segments[I])) &&
          Verb.match(Segments[I + 1]))
        return true;
    return llvm::any_of(Segments, [](llvm::StringRef S) {
      std::string L = S.lower();
      return L == "admin" || L == "auth" || L == "oauth" || L == "oauth2" ||
             L == "login" || L == "signin" || L == "sso" || L == "settings" ||
             Manages.match(L);
    });
  }

  /// A branch of a hand-written router.
  struct Branch {
    const IfStmt *If = nullptr;
    std::string Route = "?";             // the path literal, or "?"
    std::string Method;                  // the verb tested, or ""
    const Stmt *Handler = nullptr;       // the code that answers the route
    const ValueDecl *PathBase = nullptr; // the value the path is read from
  };

  /// The object a request field is read from: `request` in
  /// `request.method`, `req` in `req.target()`, `headers` in
  /// `headers.at("_path")`, the member `m_request` in `m_request.method()`.
  static const ValueDecl *baseOf(const Expr *E) {
    for (int Depth = 0; E && Depth < 8; ++Depth) {
      E = stripConversions(E);
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
        E = MC->getImplicitObjectArgument();
        continue;
      }
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
          OC && OC->getOperator() == OO_Subscript) {
        E = OC->getArg(0);
        continue;
      }
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
          return ME->getMemberDecl();
        E = ME->getBase();
        continue;
      }
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
        return DRE->getDecl();
      return nullptr;
    }
    return nullptr;
  }

  /// The HTTP verb \p E names: "POST", `http::verb::post`, `HTTP_POST`.
  static std::string verbOf(const Expr *E) {
    E = stripConversions(E);
    if (const auto *SL = dyn_cast_or_null<StringLiteral>(E))
      return SL->getCharByteWidth() == 1 ? verbWord(SL->getString().upper())
                                         : "";
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
    const auto *EC = DRE ? dyn_cast<EnumConstantDecl>(DRE->getDecl()) : nullptr;
    if (!EC || !EC->getDeclName().isIdentifier())
      return "";
    // `POST`, `HTTP_POST`, `verb::post`.
    std::string Word = EC->getName().upper();
    return verbWord(llvm::StringRef(Word).rsplit('_').second.empty()
                        ? Word
                        : llvm::StringRef(Word).rsplit('_').second);
  }

  static bool pathName(llvm::StringRef N) {
    for (const char *W : {"path", "target", "uri", "url", "route"})
      if (N.contains_insensitive(W))
        return true;
    return false;
  }

  /// A test of the request's path: `req.path == "/webhook"`,
  /// `headers.at("_path") == _path`. \p Route gets the literal.
  bool pathTest(const Expr *A, const Expr *B, const ValueDecl *&Base,
                std::string &Route, std::string &Verb) {
    for (int Side = 0; Side < 2; ++Side, std::swap(A, B)) {
      const auto *SL = dyn_cast_or_null<StringLiteral>(stripConversions(B));
      if (SL && SL->getCharByteWidth() == 1 &&
          pathLiteral(SL->getString(), Route, Verb)) {
        Base = baseOf(A);
        return Base != nullptr;
      }
    }
    // Both sides non-literal: a path-named value on each side.
    bool Named = false;
    auto PathNamed = [&](const Stmt *S) {
      bool Found = false;
      walk(S, [&](const Stmt *X) {
        if (const auto *SL = dyn_cast<StringLiteral>(X))
          Found |= SL->getCharByteWidth() == 1 && pathName(SL->getString());
        if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
          Found |= DRE->getDecl()->getDeclName().isIdentifier() &&
                   pathName(DRE->getDecl()->getName());
        if (const auto *ME = dyn_cast<MemberExpr>(X))
          Found |= ME->getMemberDecl()->getDeclName().isIdentifier() &&
                   pathName(ME->getMemberDecl()->getName());
      });
      return Found;
    };
    Named = PathNamed(A) && PathNamed(B);
    if (!Named)
      return false;
    Base = baseOf(A);
    const ValueDecl *Other = baseOf(B);
    if (!Base || (Other && Other == Base))
      return false;
    Route = "?";
    return true;
  }

  /// The tests a condition joins with \p Op (`&&` or `||`).
  static void joined(const Expr *E, BinaryOperatorKind Op,
                     std::vector<const Expr *> &Out) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *BO = dyn_cast<BinaryOperator>(E);
        BO && BO->getOpcode() == Op) {
      joined(BO->getLHS(), Op, Out);
      joined(BO->getRHS(), Op, Out);
      return;
    }
    Out.push_back(E);
  }

  /// A test of a router's condition on the request's verb or path, and
  /// whether it holds on the branch (`==`, `startsWith`) or fails on it
  /// (`!=`, `!startsWith`, `strcmp(...)`).
  struct RouteTest {
    std::string Verb;  // "POST", or "" for a path test
    std::string Route; // the path literal, "?" when not literal
    const ValueDecl *Base = nullptr;
    bool Holds = true;
    std::string LineVerb; // the verb of a request line (`"POST /hook"`)
  };

  /// A path literal (`"/webhook"`), or the start of a request line
  /// (`"POST /webhook"`, as a raw server searches its buffer for).
  static bool pathLiteral(llvm::StringRef S, std::string &Route,
                          std::string &Verb) {
    if (S.starts_with("/")) {
      Route = S.str();
      return true;
    }
    auto [Word, Rest] = S.split(' ');
    std::string V = verbWord(Word);
    if (V.empty() || !Rest.starts_with("/"))
      return false;
    Route = Rest.split(' ').first.str();
    Verb = V;
    return true;
  }

  static std::string verbWord(llvm::StringRef Word) {
    static const char *const Verbs[] = {"GET",    "POST",    "PUT", "PATCH",
                                        "DELETE", "OPTIONS", "HEAD"};
    for (const char *V : Verbs)
      if (Word == V)
        return V;
    return "";
  }

  /// `strstr(buf, "POST /hook") != NULL`, `raw.find("/hook") !=
  /// std::string::npos`: a search of the request, and whether the test
  /// holds when it is found.
  bool searchTest(const Expr *E, RouteTest &T) {
    const Expr *A = nullptr, *B = nullptr;
    bool Equal = false;
    if (!equality(E, A, B, Equal))
      return false;
    // `npos`, or a null pointer against the pointer `strstr` returns.
    auto NotFound = [&](const Expr *X, const Expr *Other) {
      if (notFound(X))
        return true;
      X = X->IgnoreParenImpCasts();
      return Other->IgnoreParenImpCasts()->getType()->isPointerType() &&
             X->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
                 Expr::NPCK_NotNull;
    };
    if (NotFound(A, B))
      std::swap(A, B);
    if (!NotFound(B, A) || !prefixTest(A, T))
      return false;
    T.Holds = !Equal;
    return true;
  }

  /// `path.startsWith("/webhooks/")`, `starts_with(target, "/hook")`,
  /// `target.rfind("/hook", 0)`: a prefix test of the path.
  bool prefixTest(const Expr *E, RouteTest &T) {
    const auto *Call = dyn_cast_or_null<CallExpr>(stripConversions(E));
    const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
    if (!FD || !FD->getDeclName().isIdentifier())
      return false;
    std::string Name = FD->getName().lower();
    if (!llvm::StringRef(Name).contains("start") &&
        !llvm::StringRef(Name).contains("prefix") &&
        !llvm::StringRef(Name).contains("find") &&
        !llvm::StringRef(Name).contains("match") &&
        !llvm::StringRef(Name).contains("begin") &&
        !llvm::StringRef(Name).contains("strstr") &&
        !llvm::StringRef(Name).contains("strcasestr") &&
        !llvm::StringRef(Name).contains("contains"))
      return false;
    const Expr *Subject = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Subject = MC->getImplicitObjectArgument();
    std::string Route, Verb;
    for (const Expr *A : Call->arguments()) {
      const auto *SL = dyn_cast_or_null<StringLiteral>(stripConversions(A));
      if (SL && SL->getCharByteWidth() == 1 && Route.empty() &&
          pathLiteral(SL->getString(), Route, Verb))
        continue;
      if (!Subject)
        Subject = A;
    }
    if (Route.empty() || !Subject || !(T.Base = baseOf(Subject)))
      return false;
    T.Route = Route;
    T.LineVerb = Verb;
    return true;
  }

  bool routeTest(const Expr *E, RouteTest &T) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_LNot) {
      if (!routeTest(UO->getSubExpr(), T))
        return false;
      T.Holds = !T.Holds;
      return true;
    }
    if (searchTest(E, T) || prefixTest(E, T))
      return true;
    const Expr *L, *Rt;
    std::string How;
    if (!comparison(E, L, Rt, How))
      return false;
    if (How != "==" && How != "!=") {
      // `strcmp(method, "POST")` is true when they differ.
      if (How == "std::equal")
        return false;
      // A wrapper that answers a bool says "equal" (`str_eq(path, "/x")`).
      T.Holds = E->IgnoreParenImpCasts()->getType()->isBooleanType();
    } else {
      T.Holds = How == "==";
      // `strcmp(m, "POST") == 0`, `path.rfind("/hook", 0) == 0`.
      const Expr *Zero = nullptr, *Inner = nullptr;
      for (auto [X, Y] : {std::pair(L, Rt), std::pair(Rt, L)})
        if (const auto *IL = dyn_cast<IntegerLiteral>(X->IgnoreParenImpCasts());
            IL && IL->getValue() == 0) {
          Zero = X;
          Inner = Y;
        }
      if (Zero) {
        RouteTest InnerTest;
        if (!routeTest(Inner, InnerTest))
          return false;
        // `strcmp(...) == 0` holds when they are equal; `rfind(...) == 0`
        // when the path starts so.
        bool Prefix = !InnerTest.Route.empty() && InnerTest.Verb.empty() &&
                      prefixTest(Inner, InnerTest);
        InnerTest.Holds = Prefix ? T.Holds : (T.Holds == !InnerTest.Holds);
        T = InnerTest;
        return true;
      }
    }
    std::string V = verbOf(Rt).empty() ? verbOf(L) : verbOf(Rt);
    if (!V.empty()) {
      T.Verb = V;
      T.Base = baseOf(verbOf(Rt).empty() ? Rt : L);
      return T.Base != nullptr;
    }
    return pathTest(L, Rt, T.Base, T.Route, T.LineVerb);
  }

  /// The request object a local was read from: `method` in
  /// `QString method = requestLine[0]` comes from `requestLine`.
  static const ValueDecl *sourceOf(const ValueDecl *D) {
    const auto *VD = dyn_cast_or_null<VarDecl>(D);
    if (VD && VD->isLocalVarDecl() && VD->getInit())
      if (const ValueDecl *From = baseOf(VD->getInit()))
        return From;
    return D;
  }

  /// Verb and path read from one request, or handed in side by side
  /// (`handle(const char *method, const char *path, ...)`).
  static bool sameRequest(const ValueDecl *A, const ValueDecl *B) {
    if (isa_and_nonnull<ParmVarDecl>(A) && isa_and_nonnull<ParmVarDecl>(B) &&
        A->getDeclContext() == B->getDeclContext())
      return true;
    return A && B &&
           (A == B || sourceOf(A) == B || A == sourceOf(B) ||
            sourceOf(A) == sourceOf(B));
  }

  /// The verb and path tests of \p Tests, all holding as \p Holds, on one
  /// request object.
  bool routeOf(const std::vector<const Expr *> &Tests, bool Holds, Branch &B,
               bool PathOnly) {
    const ValueDecl *MethodBase = nullptr, *PathBase = nullptr;
    for (const Expr *E : Tests) {
      RouteTest T;
      if (!routeTest(E, T) || T.Holds != Holds)
        continue;
      if (!T.Verb.empty()) {
        MethodBase = T.Base;
        B.Method = T.Verb;
      } else if (!PathBase) {
        PathBase = T.Base;
        B.Route = T.Route;
        // `"POST /webhook"` tests both.
        if (!T.LineVerb.empty()) {
          MethodBase = T.Base;
          B.Method = T.LineVerb;
        }
      }
    }
    // In a handler that answers every path, a literal path alone is a
    // route: `if (strcmp(url, "/webhook") == 0)` in a libmicrohttpd
    // handler, `mg_http_match_uri(hm, "/hook")` in Mongoose's.
    B.PathBase = PathBase;
    if (PathOnly && PathBase && !MethodBase && B.Route != "?")
      return true;
    return sameRequest(MethodBase, PathBase);
  }

  /// `if (strncmp(path, "/telegram", 9) == 0 || strncmp(path, "/slack",
  /// 6) == 0)` in a handler for every path: one branch answers the paths
  /// it tests, its route "/telegram|/slack".
  bool alternativePaths(const Expr *Cond, Branch &B) {
    std::vector<const Expr *> Alternatives;
    joined(Cond, BO_LOr, Alternatives);
    if (Alternatives.size() < 2)
      return false;
    const ValueDecl *Base = nullptr;
    std::string Route;
    for (const Expr *E : Alternatives) {
      RouteTest T;
      if (!routeTest(E, T) || !T.Holds || !T.Verb.empty() || T.Route == "?" ||
          (Base && T.Base != Base))
        return false;
      Base = T.Base;
      Route += (Route.empty() ? "" : "|") + T.Route;
    }
    B.Route = Route;
    return true;
  }

  /// `if (req.method == "POST" && req.path == "/webhook") {...}`: a method
  /// and a path test on the same request object, the branch the handler;
  /// or a guard `if (method != "POST" || !path.startsWith("/hooks/"))
  /// return;`, the rest of the block the handler. A branch that registers
  /// routes itself (`if (hook.method == "POST") server.Post(...)`) is
  /// configuration, not a handler.
  std::vector<Branch> branches(const Stmt *Body, bool PathOnly = false) {
    std::vector<Branch> Out;
    walk(Body, [&](const Stmt *X) {
      if (const auto *Block = dyn_cast<CompoundStmt>(X)) {
        for (const Stmt *Child : Block->body()) {
          const auto *If = dyn_cast<IfStmt>(Child);
          if (!If || !If->getCond() || !If->getThen() || If->getElse() ||
              !leaves(If->getThen()))
            continue;
          std::vector<const Expr *> Tests;
          joined(If->getCond(), BO_LOr, Tests);
          Branch B;
          B.If = If;
          B.Handler = Block;
          if ((Tests.size() >= 2 || PathOnly) &&
              routeOf(Tests, false, B, PathOnly))
            Out.push_back(B);
        }
        return;
      }
      const auto *If = dyn_cast<IfStmt>(X);
      if (!If || !If->getCond() || !If->getThen())
        return;
      std::vector<const Expr *> Tests;
      joined(If->getCond(), BO_LAnd, Tests);
      Branch B;
      B.If = If;
      B.Handler = If->getThen();
      if (!routeOf(Tests, true, B, PathOnly) &&
          !(PathOnly && alternativePaths(If->getCond(), B)))
        return;
      for (const InboundEvent &IE : Facts.Inbound)
        if (within(SM, If->getThen(), IE.Loc))
          return;
      Out.push_back(B);
    });
    return Out;
  }

  /// HTTP servers written on POSIX sockets: the function a connection
  /// from `accept()` is handed to (directly or as a thread's start
  /// routine), or the accept loop itself, when what it reaches speaks HTTP
  /// (a request line, a status line, a header). Each path it tests is a
  /// route, reported at its branch; the rest where the connection is
  /// handed over.
  void findSocketServers(WebhookResult &R, bool MiddlewareVerifies,
                         llvm::DenseSet<const Stmt *> &Registered,
                         const llvm::DenseSet<const FunctionDecl *> &Routers) {
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        if (!connection(X, "accept"))
          return;
        const auto *Accept = cast<CallExpr>(X);
        const ValueDecl *Conn = acceptedInto(Accept, F->getBody());
        if (!Conn)
          return;
        const Stmt *Body = nullptr;
        const FunctionDecl *Server = F;
        SourceLocation Loc = Accept->getBeginLoc();
        // What carries the connection: the socket, and a context the socket
        // is stored in (`ctx->client_fd = client_fd`, then
        // `pthread_create(&t, NULL, worker, ctx)`).
        llvm::DenseSet<const ValueDecl *> Carriers = {Conn};
        forEachAssignment(F->getBody(), [&](const Expr *L, const Expr *V) {
          if (const auto *ME = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts()))
            if (const ValueDecl *Ctx = declOf(ME->getBase());
                Ctx && mentions(V, Conn))
              Carriers.insert(Ctx);
        });
        // The project function the connection is handed to.
        walk(F->getBody(), [&](const Stmt *Y) {
          if (Body || Y == Accept)
            return;
          std::vector<const Expr *> Args;
          if (const auto *Call = dyn_cast<CallExpr>(Y))
            Args.assign(Call->arg_begin(), Call->arg_end());
          else if (const auto *CC = dyn_cast<CXXConstructExpr>(Y))
            Args.assign(CC->arg_begin(), CC->arg_end());
          if (!llvm::any_of(Args, [&](const Expr *A) {
                return mentionsAny(A, Carriers);
              }))
            return;
          std::vector<const FunctionDecl *> Candidates;
          // A call whose result the server uses (`method =
          // readHttpRequest(client, buf)`) parses for it; the server goes
          // on after it.
          if (const auto *Call = dyn_cast<CallExpr>(Y);
              Call && !valueUsed(Call))
            Candidates.push_back(Call->getDirectCallee());
          // std::thread(serve, fd); pthread_create(&t, 0, (void *)serve, fd)
          for (const Expr *A : Args)
            Candidates.push_back(handlerFunction(A->IgnoreParenCasts()));
          for (const FunctionDecl *C : Candidates) {
            const FunctionDecl *Def = C ? definition(C) : nullptr;
            if (Body || !Def || inLibraryHeader(SM, Def->getLocation()) ||
                !speaksHttp(reach(Def->getBody())))
              continue;
            Body = Def->getBody();
            Server = Def;
            Loc = Y->getBeginLoc();
          }
        });
        if (!Body) {
          if (!speaksHttp(reach(F->getBody())))
            return;
          Body = F->getBody();
          // The server is the function that serves (`WebhookServer::run`);
          // in `main`, the accept call says where.
          if (!F->isMain())
            Loc = F->getLocation();
        }
        if (Routers.count(Server) || !Registered.insert(Body).second)
          return;
        std::vector<std::string> Around = namesAround(Server, Loc);
        if (Server != F)
          for (std::string &N : namesAround(F, SourceLocation()))
            Around.push_back(std::move(N));
        reportServer(R, MiddlewareVerifies, Body, Loc, Around);
      });
    // Event-loop servers: the callback that reads a connection's bytes
    // (libuv's `uv_read_start(client, alloc, on_read)`, libevent's
    // `bufferevent_setcb(bev, on_read, ...)`) is the server when it speaks
    // HTTP.
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        const ConnectionRule *Reads = connection(X, "reader");
        const auto *Start = dyn_cast<CallExpr>(X);
        if (!Reads || Start->getNumArgs() <= *Reads->HandlerArg)
          return;
        unsigned Arg = *Reads->HandlerArg;
        const FunctionDecl *Reader =
            handlerFunction(Start->getArg(Arg)->IgnoreParenCasts());
        const FunctionDecl *Def = Reader ? definition(Reader) : nullptr;
        if (!Def || inLibraryHeader(SM, Def->getLocation()) ||
            Routers.count(Def) || Registered.count(Def->getBody()) ||
            !speaksHttp(reach(Def->getBody())))
          return;
        Registered.insert(Def->getBody());
        std::vector<std::string> Around =
            namesAround(Def, Start->getBeginLoc());
        for (std::string &N : namesAround(F, SourceLocation()))
          Around.push_back(std::move(N));
        reportServer(R, MiddlewareVerifies, Def->getBody(),
                     Start->getBeginLoc(), Around);
      });
    // A function that answers a connection accepted in another file
    // (`handle_data(int sockclient, const char *buffer)`): nothing here
    // calls it, it takes a socket, and it writes an HTTP status line.
    for (const FunctionDecl *F : Facts.Bodies) {
      if (Routers.count(F) || Registered.count(F->getBody()) ||
          !takesSocket(F) || calledHere(F) ||
          !writesStatusLine(reach(F->getBody())))
        continue;
      Registered.insert(F->getBody());
      reportServer(R, MiddlewareVerifies, F->getBody(), F->getLocation(),
                   namesAround(F, F->getLocation()));
    }
  }

  /// Whether what \p E yields is used: stored, returned, tested or passed
  /// on, not a statement of its own.
  bool valueUsed(const Expr *E) {
    auto Ps = Ctx.getParents(*E);
    if (Ps.empty())
      return false;
    if (const auto *Up = Ps[0].get<Expr>())
      return isa<ExprWithCleanups, ImplicitCastExpr, ParenExpr>(Up)
                 ? valueUsed(Up)
                 : true;
    if (Ps[0].get<VarDecl>() || Ps[0].get<ReturnStmt>())
      return true;
    const auto *If = Ps[0].get<IfStmt>();
    const auto *While = Ps[0].get<WhileStmt>();
    return (If && If->getCond() == E) || (While && While->getCond() == E);
  }

  /// Reports the routes a server's \p Body tests (at their branches, as a
  /// hand-written router's), and the rest of it (as \p H) if it processes
  /// anything there.
  void reportByRoute(WebhookResult &R, bool MiddlewareVerifies,
                     const Stmt *Body, WebhookHandler H,
                     const std::vector<std::string> &Around) {
    std::vector<Branch> Routes = branches(Body, /*PathOnly=*/true);
    Secrets S = secretsIn(Body);
    for (const Branch &B : Routes) {
      // A path tested again inside another route's branch (`/slack` in
      // the `/telegram|/discord|/slack` one) is part of that route; a
      // branch that reads nothing of the request (`/webhooks` answering
      // which paths exist) processes nothing.
      if (llvm::any_of(Routes,
                       [&](const Branch &O) {
                         return O.If != B.If && O.If->getThen() &&
                                within(SM, O.If->getThen(),
                                       B.If->getBeginLoc());
                       }) ||
          (!S.Request.empty() && !mentionsAny(B.Handler, S.Request)))
        continue;
      reportBranch(R, MiddlewareVerifies, Body, B, H, Around);
    }
    if (!Routes.empty() && !processesOutside(Body, Routes))
      return;
    judge(Body, H, MiddlewareVerifies, Around);
    R.Handlers.push_back(std::move(H));
  }

  /// Reports the route of branch \p B of a router's \p Body, as \p H
  /// placed at the branch.
  void reportBranch(WebhookResult &R, bool MiddlewareVerifies, const Stmt *Body,
                    const Branch &B, WebhookHandler H,
                    const std::vector<std::string> &Around) {
    H.Loc = B.If->getBeginLoc();
    H.Range = B.If->getCond()->getSourceRange();
    H.Route = B.Route;
    if (!B.Method.empty())
      H.Method = B.Method;
    judge(B.Handler, H, MiddlewareVerifies, Around, runBefore(B.If, Body),
          Body);
    R.Handlers.push_back(std::move(H));
  }

  /// A server of the project's own, answering at \p Loc.
  void reportServer(WebhookResult &R, bool MiddlewareVerifies, const Stmt *Body,
                    SourceLocation Loc,
                    const std::vector<std::string> &Around) {
    WebhookHandler H;
    H.Loc = Loc;
    H.Route = "?";
    H.Library = "own HTTP server";
    // A server that parses the request and hands it to a router of its
    // own (`handle_request(&req, &resp)`, which tests `req->path`): the
    // router's branches are the routes; a check before the hand-off
    // guards them all.
    if (branches(Body, /*PathOnly=*/true).empty()) {
      const FunctionDecl *Router = nullptr;
      walk(Body, [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        const FunctionDecl *Def = CE && CE->getDirectCallee()
                                      ? definition(CE->getDirectCallee())
                                      : nullptr;
        if (Router || !Def || inLibraryHeader(SM, Def->getLocation()) ||
            llvm::none_of(Def->parameters(),
                          [&](const ParmVarDecl *P) {
                            return requestType(P->getType());
                          }) ||
            branches(Def->getBody(), /*PathOnly=*/true).empty())
          return;
        Router = Def;
      });
      if (Router) {
        Reach Outer;
        Outer.Bodies = {Body};
        Outer.Via = {nullptr};
        reportByRoute(R, MiddlewareVerifies || gates(Outer), Router->getBody(),
                      std::move(H), Around);
        return;
      }
    }
    reportByRoute(R, MiddlewareVerifies, Body, std::move(H), Around);
  }

  /// An integer parameter named like a socket that the function reads from
  /// or writes to (`write(sockclient, ...)`).
  static bool takesSocket(const FunctionDecl *F) {
    for (const ParmVarDecl *P : F->parameters()) {
      if (!P->getType()->isIntegerType() || !socketName(P))
        continue;
      bool Used = false;
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        std::string N = CE ? calleeName(CE) : "";
        Used |= (N == "write" || N == "send" || N == "read" || N == "recv") &&
                CE->getNumArgs() >= 1 && declOf(CE->getArg(0)) == P;
      });
      if (Used)
        return true;
    }
    return false;
  }

  bool calledHere(const FunctionDecl *F) {
    return llvm::any_of(Facts.ProjectCalls, [&](const ProjectCall &PC) {
      return PC.Callee == F->getCanonicalDecl();
    });
  }

  /// A response's status line (`"HTTP/1.0 200 OK\r\n"`): a server's answer,
  /// where a client writes a request line.
  static bool writesStatusLine(const Reach &R) {
    static const llvm::Regex Status("^HTTP/1\\.[01] [1-5][0-9][0-9]");
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        if (const auto *SL = dyn_cast<StringLiteral>(X))
          Found |= SL->getCharByteWidth() == 1 && Status.match(SL->getString());
      });
    return Found;
  }

  /// The variable a call's result is stored in, in \p Body (`int fd =
  /// accept(...)`, `fd = accept(...)`).
  static const ValueDecl *acceptedInto(const CallExpr *Call, const Stmt *Body) {
    const ValueDecl *Into = nullptr;
    walk(Body, [&](const Stmt *X) {
      if (const auto *DS = dyn_cast<DeclStmt>(X)) {
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getInit() &&
              stripConversions(VD->getInit())->IgnoreParenCasts() == Call)
            Into = VD;
      } else if (const auto *BO = dyn_cast<BinaryOperator>(X);
                 BO && BO->getOpcode() == BO_Assign &&
                 stripConversions(BO->getRHS())->IgnoreParenCasts() == Call) {
        Into = declOf(BO->getLHS());
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X);
                 OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2 &&
                 stripConversions(OC->getArg(1))->IgnoreParenCasts() == Call) {
        // `client = server.available();` of a class type.
        Into = declOf(OC->getArg(0));
      }
    });
    return Into;
  }

  /// Whether code parses or writes HTTP itself: a request or status line
  /// (`"HTTP/1.1 200 OK"`, `"POST /hook"`), a header it looks for
  /// (`Content-Length`, a provider's `X-GitHub-Event`), the blank line
  /// that ends the headers; or reads what only a provider's event carries
  /// (a QQ bot's raw receiver looking for `post_type` in the bytes).
  bool speaksHttp(const Reach &R) {
    std::vector<std::string> Headers = {"content-length", "content-type"};
    Headers.insert(Headers.end(), Opts.SignatureHeaders.begin(),
                   Opts.SignatureHeaders.end());
    Headers.insert(Headers.end(), Opts.EventMarkers.begin(),
                   Opts.EventMarkers.end());
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        const auto *SL = dyn_cast<StringLiteral>(X);
        if (!SL || SL->getCharByteWidth() != 1 || Found)
          return;
        llvm::StringRef S = SL->getString();
        std::string Route, Verb;
        Found = S.contains("HTTP/1.") || S.contains("\r\n\r\n") ||
                (pathLiteral(S, Route, Verb) && !Verb.empty()) ||
                llvm::any_of(Headers, [&](const std::string &H) {
                  return S.contains_insensitive(H);
                });
      });
    return Found;
  }

  /// Whether \p Body hands data to a project function outside the route
  /// branches (answering `reply(conn, 404)` processes nothing).
  bool processesOutside(const Stmt *Body, const std::vector<Branch> &Routes) {
    llvm::DenseSet<const Stmt *> Skip;
    for (const Branch &B : Routes) {
      walk(B.Handler, [&](const Stmt *X) { Skip.insert(X); });
      walk(B.If, [&](const Stmt *X) { Skip.insert(X); });
    }
    // The connection, a socket, a status: what any answer takes.
    auto Plain = [&](const Expr *A) {
      if (constant(A) || requestType(A->getType()))
        return true;
      const auto *P = dyn_cast_or_null<ParmVarDecl>(declOf(A));
      return P && (requestType(P->getType()) || P->getType()->isIntegerType());
    };
    bool Found = false;
    walk(Body, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      if (!CE || Skip.count(X))
        return;
      if (const FunctionDecl *FD = CE->getDirectCallee())
        Found |= projectFunction(FD) && !llvm::all_of(CE->arguments(), Plain);
    });
    return Found;
  }

  /// Providers deliver events with POST; a GET on a `callback` path is an
  /// OAuth redirect, a DELETE on `/webhooks/:id` manages subscriptions.
  static bool deliveryMethod(llvm::StringRef Method) {
    std::string U = Method.upper();
    return U.empty() || U == "ROUTE" || U == "ANY" || U == "*" ||
           llvm::StringRef(U).contains("POST");
  }

  /// The name of the server object a route is registered on
  /// (`twilio_server.on("/message", handle_sms)`): a server kept for one
  /// provider's calls; and of the function that builds a local one. A handler's
  /// own name is no such sign: a `paypalCheckout` handler starts a payment for
  /// a user.
  std::vector<std::string> ownNames(const InboundEvent &IE) {
    std::vector<std::string> Out;
    const ValueDecl *Server = registeredOn(IE);
    if (!Server || !Server->getDeclName().isIdentifier())
      return Out;
    Out.push_back(Server->getName().str());
    // A server the function builds for this route alone
    // (`setWebhookServer` serving `Post("/")`) is named by it.
    const auto *VD = dyn_cast<VarDecl>(Server);
    if (VD && VD->isLocalVarDecl() && IE.Func &&
        VD->getDeclContext() == IE.Func &&
        IE.Func->getDeclName().isIdentifier())
      Out.push_back(IE.Func->getName().str());
    return Out;
  }

  /// The server object a route is registered on by a method call
  /// (`server.on("/x", handle)`), or null.
  const ValueDecl *registeredOn(const InboundEvent &IE) {
    if (!IE.Handler)
      return nullptr;
    for (const Stmt *Up : parents(IE.Handler))
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Up))
        return declOf(MC->getImplicitObjectArgument());
    return nullptr;
  }

  /// The names around code whose route is only known at run time: the
  /// function, its classes, the file.
  std::vector<std::string> namesAround(const FunctionDecl *F,
                                       SourceLocation Loc) {
    std::vector<std::string> Out;
    for (const DeclContext *DC = F; DC; DC = DC->getParent())
      if (const auto *ND = dyn_cast<NamedDecl>(DC))
        if (ND->getDeclName().isIdentifier())
          Out.push_back(ND->getName().str());
    if (Loc.isValid())
      Out.push_back(
          llvm::sys::path::filename(SM.getFilename(SM.getExpansionLoc(Loc)))
              .str());
    return Out;
  }

  /// The variables and members a route's path is built from (`prefix +
  /// hook.path`), also through one local it was stored in.
  void namesIn(const Stmt *S, std::vector<std::string> &Out, int Depth) {
    walk(S, [&](const Stmt *X) {
      const auto *E = dyn_cast<Expr>(X);
      const ValueDecl *D = E ? declOf(E) : nullptr;
      if (!D || isa<FunctionDecl>(D) || !D->getDeclName().isIdentifier())
        return;
      Out.push_back(D->getName().str());
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (Depth > 0 && VD->isLocalVarDecl() && VD->getInit())
          namesIn(VD->getInit(), Out, Depth - 1);
    });
  }

  /// The statements that run before \p Branch on its way from \p Top: a
  /// check at the top of a handler guards each route branch below it.
  std::vector<const Stmt *> runBefore(const Stmt *Branch, const Stmt *Top) {
    std::vector<const Stmt *> Out;
    // Another route's branch runs instead of this one, not before it: the
    // check in `/wxpaycallback`'s handler guards no later route.
    llvm::DenseSet<const Stmt *> OtherRoutes;
    for (const struct Branch &B : branches(Top, /*PathOnly=*/true))
      OtherRoutes.insert(B.If);
    const Stmt *Child = Branch;
    for (const Stmt *Up : parents(Branch)) {
      if (const auto *Block = dyn_cast<CompoundStmt>(Up))
        for (const Stmt *S : Block->body()) {
          if (S == Child)
            break;
          if (!OtherRoutes.count(S))
            Out.push_back(S);
        }
      if (Up == Top)
        break;
      Child = Up;
    }
    return Out;
  }

  /// Whether code in reach hands a request (a value of a request type) to
  /// a callable it cannot see: `callback(request)` on a std::function or a
  /// function pointer the application sets (an SDK's server forwards the
  /// request, headers and body, to the application, which verifies).
  bool forwardsRequest(const Reach &R) {
    bool Found = false;
    for (const Stmt *Body : R.Bodies)
      walk(Body, [&](const Stmt *X) {
        const auto *CE = dyn_cast<CallExpr>(X);
        if (!CE || Found)
          return;
        const Expr *Callee = nullptr;
        unsigned First = 0;
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
          if (OC->getOperator() != OO_Call)
            return;
          Callee = OC->getArg(0);
          First = 1;
        } else if (!CE->getDirectCallee()) {
          Callee = CE->getCallee();
        }
        if (!Callee)
          return;
        QualType T = Callee->IgnoreParenImpCasts()->getType();
        bool Opaque = T->isFunctionPointerType() || T->isMemberPointerType();
        if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
          Opaque = RD->getDeclName().isIdentifier() &&
                   RD->getName() == "function" && RD->isInStdNamespace();
        Found = Opaque && passesRequest(CE, First);
      });
    return Found;
  }

  /// A path that is a webhook's only by the everyday word `events`, served
  /// by a function of the project named for managing a resource (`POST
  /// /api/events` answered by `add_event`, `/api/gevents` by `get_events`):
  /// the application's own calendar, not a provider's deliveries.
  bool eventsResource(llvm::StringRef Route, const Stmt *Body) {
    static const llvm::Regex Events("events?", llvm::Regex::IgnoreCase);
    std::string Rest = Events.sub("", Route);
    for (int I = 0; I < 4 && Events.match(Rest); ++I)
      Rest = Events.sub("", Rest);
    if (!Events.match(Route) || Path.match(Rest))
      return false;
    static const llvm::Regex Manages(
        "^(add|create|new|insert|get|list|fetch|update|edit|delete|remove)"
        "([_A-Z]|$)");
    const FunctionDecl *First = nullptr;
    walk(Body, [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X); CE && !First)
        if (const FunctionDecl *FD = CE->getDirectCallee();
            FD && projectFunction(FD) && FD->getDeclName().isIdentifier())
          First = FD;
    });
    return First && Manages.match(First->getName());
  }

  /// A route with no literal word: "?", or `"/" + key` folded to "/?".
  static bool unknownRoute(llvm::StringRef Route) {
    // "/" alone is the root, written as it is.
    return Route.contains('?') &&
           llvm::all_of(Route, [](char C) { return C == '?' || C == '/'; });
  }

  void judge(const Stmt *Body, WebhookHandler &H, bool MiddlewareVerifies,
             const std::vector<std::string> &Around,
             const std::vector<const Stmt *> &Before = {},
             const Stmt *BeforeScope = nullptr,
             const std::vector<std::string> &Own = {}) {
    Reach R = reach(Body);
    std::string Header;
    // A handler that answers with an HTML page, or checks a CSRF token,
    // serves a browser (an admin page listing the webhooks, the form that
    // connects a Telegram bot), whatever its path or names say.
    bool Page = servesBrowser(R);
    static const std::vector<std::string> Handshakes = {
        "hub.challenge", "hub.verify_token", "echostr"};
    if (std::string Marker;
        H.Route != "?" && mentionsLiteral(R, Handshakes, Marker))
      HandshakeRoutes.insert({{H.Library, H.Route}, Marker});
    if (webhookPath(H) && !Page && !eventsResource(H.Route, Body)) {
      H.Webhook = true;
      H.WhyWebhook = "its path";
    } else if (mentionsSignatureHeader(R, Header)) {
      H.Webhook = true;
      H.WhyWebhook = "it reads " + Header;
    } else if (deliveryMethod(H.Method) &&
               mentionsLiteral(R, Opts.EventMarkers, Header)) {
      H.Webhook = true;
      H.WhyWebhook = "it reads " + Header;
    } else if (unknownRoute(H.Route) && deliveryMethod(H.Method) && !Page) {
      for (const std::string &N : Around)
        if (!H.Webhook && Names.match(N)) {
          H.Webhook = true;
          H.WhyWebhook = "its name '" + N + "'";
          H.ByName = true;
        }
    } else if (deliveryMethod(H.Method) && !Page && !operatorPath(H.Route)) {
      // A known path that says nothing (`/message`), on a server named
      // after a provider (`twilio_server`).
      for (const std::string &N : Own)
        if (!H.Webhook && Names.match(N)) {
          H.Webhook = true;
          H.WhyWebhook = "its name '" + N + "'";
        }
    }
    auto Gates = [&] {
      return gates(R) || llvm::any_of(Before, [&](const Stmt *S) {
               return gates(reach(S), BeforeScope);
             });
    };
    NameTrusted.clear();
    H.Verified = Gates();
    if (H.Verified && !NameTrusted.empty()) {
      // Verified only if those names tell the truth? The scanner looks for
      // their definitions in other TUs.
      auto Trusted = std::move(NameTrusted);
      TrustNames = false;
      bool Strict = Gates();
      TrustNames = true;
      if (!Strict) {
        llvm::sort(Trusted);
        Trusted.erase(std::unique(Trusted.begin(), Trusted.end()),
                      Trusted.end());
        H.NameTrustedVerifiers = std::move(Trusted);
      }
    }
    H.VerifiedByMiddleware = MiddlewareVerifies;
    H.Delegated = !H.Verified && forwardsRequest(R);
    if (!H.Verified) {
      for (const Stmt *B : R.Bodies)
        if (verifiesSomething(B))
          H.ComputedButIgnored = true;
      H.OpenVerifiers = R.Open;
      H.HandedTo = R.HandedTo;
    }
    H.ReplayProtected = replayProtected(R);
  }

  std::string routeOf(const HandlerDef &HD) {
    // Beast: the targets the handler branches on.
    std::string First;
    walk(HD.Func->getBody(), [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      if (!CE)
        return;
      std::string N = calleeName(CE);
      if (N != "target" && N != "getURI" && N != "path")
        return;
      for (const Stmt *Up : parents(CE))
        if (const auto *E = dyn_cast<Expr>(Up)) {
          const Expr *A, *B;
          std::string How;
          if (comparison(E, A, B, How))
            for (const Expr *Side : {A, B}) {
              std::string T = foldTarget(Side, Ctx);
              if (T != "?" && (First.empty() || Path.match(T)))
                First = T;
            }
        }
    });
    if (!First.empty())
      return First;
    // Poco: the factory that creates this handler for a URI.
    std::vector<FactorySite> Sites = factorySites(HD);
    return Sites.empty() ? "?" : Sites.front().Route;
  }

  /// The URI a factory tests before `new Handler`: the first literal in
  /// the conditions of the `if`s around it, or "".
  std::string factoryRoute(const CXXNewExpr *New) {
    std::string Route;
    for (const Stmt *Up : parents(New))
      if (const auto *If = dyn_cast<IfStmt>(Up))
        walk(If->getCond(), [&](const Stmt *Y) {
          if (const auto *SL = dyn_cast<StringLiteral>(Y))
            if (Route.empty() && SL->getCharByteWidth() == 1)
              Route = SL->getString().str();
        });
    return Route;
  }

  /// Where a factory creates a handler's class for a URI (`if (uri ==
  /// "/api/telegram") return new TClientHandler<TTelegramClient>(ctx);`).
  struct FactorySite {
    SourceLocation Loc;
    std::string Route;
  };
  std::vector<FactorySite> factorySites(const HandlerDef &HD) {
    std::vector<FactorySite> Out;
    const auto *MD = dyn_cast<CXXMethodDecl>(HD.Func);
    if (!MD)
      return Out;
    const CXXRecordDecl *Cls = MD->getParent();
    for (const FunctionDecl *F : Facts.Bodies)
      walk(F->getBody(), [&](const Stmt *X) {
        const auto *New = dyn_cast<CXXNewExpr>(X);
        const CXXRecordDecl *Made =
            New ? New->getAllocatedType()->getAsCXXRecordDecl() : nullptr;
        // `new TClientHandler<TTelegramClient>(ctx)`: the template's handler.
        if (const auto *Spec =
                dyn_cast_or_null<ClassTemplateSpecializationDecl>(Made))
          if (Cls->getDescribedClassTemplate() ==
              Spec->getSpecializedTemplate())
            Made = Cls;
        if (!New || Made != Cls)
          return;
        std::string Route = factoryRoute(New);
        if (!Route.empty())
          Out.push_back({New->getBeginLoc(), Route});
      });
    return Out;
  }

  std::vector<const Stmt *> parents(const Stmt *S) {
    std::vector<const Stmt *> Out;
    for (int Guard = 0; S && Guard < 12; ++Guard) {
      auto Ps = Ctx.getParents(*S);
      if (Ps.empty())
        break;
      S = Ps[0].get<Stmt>();
      if (S)
        Out.push_back(S);
    }
    return Out;
  }

  /// How a message names a compared value: its variable or member, or the
  /// header or key it is read from.
  static std::string nameOf(const Expr *E) {
    // `g_password.string`: the holder says what the bytes are.
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(stripConversions(E)))
      if (const ValueDecl *Holder = declOf(ME->getBase());
          Holder && Holder->getDeclName().isIdentifier() &&
          ME->getMemberDecl()->getDeclName().isIdentifier() &&
          bytesMember(ME->getMemberDecl()->getName()))
        return Holder->getNameAsString() + (ME->isArrow() ? "->" : ".") +
               ME->getMemberDecl()->getNameAsString();
    // (Not the subscript operator of `&h[0]`.)
    if (const ValueDecl *D = declOf(E); D && !isa<FunctionDecl>(D))
      return D->getNameAsString();
    // A part of a local array or text: `&md[MS_CHAP_NTRESP]`, `hash + 4`,
    // `cryptpass + prefix_len`.
    if (isa<UnaryOperator, ArraySubscriptExpr, BinaryOperator>(
            E->IgnoreParenCasts()))
      if (const auto *VD = dyn_cast_or_null<VarDecl>(bufferOf(E));
          VD && (VD->isLocalVarDecl() || isa<ParmVarDecl>(VD)) &&
          (VD->getType()->isArrayType() || VD->getType()->isPointerType() ||
           VD->getType()->isRecordType()) &&
          VD->getDeclName().isIdentifier())
        return VD->getNameAsString();
    std::string Key;
    auto Take = [&](llvm::StringRef Name, const std::string &Shown) {
      if (Key.empty() && secretName(Name))
        Key = Shown;
    };
    walk(E, [&](const Stmt *X) {
      // A literal is shown only when it reads like a key or header name
      // (`secret_key`, `X-API-Key`): one that may be the secret's value
      // (`secret_9f8a...`) never reaches a message.
      if (const auto *SL = dyn_cast<StringLiteral>(X))
        if (SL->getCharByteWidth() == 1 && SL->getLength() <= 40 &&
            llvm::all_of(SL->getString(), [](char C) {
              return llvm::isAlpha(C) || C == '_' || C == '-';
            }))
          Take(keyAsName(SL->getString()), SL->getString().str());
      if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
        if (isa<VarDecl>(DRE->getDecl()) &&
            DRE->getDecl()->getDeclName().isIdentifier())
          Take(DRE->getDecl()->getName(), DRE->getDecl()->getNameAsString());
      if (const auto *ME = dyn_cast<MemberExpr>(X))
        if (isa<FieldDecl>(ME->getMemberDecl()) &&
            ME->getMemberDecl()->getDeclName().isIdentifier())
          Take(ME->getMemberDecl()->getName(),
               ME->getMemberDecl()->getNameAsString());
      if (const auto *CE = dyn_cast<CallExpr>(X))
        if (const FunctionDecl *FD = CE->getDirectCallee();
            FD && FD->getDeclName().isIdentifier()) {
          std::string Q = FD->getQualifiedNameAsString();
          Take(Q, Q + "()");
        }
    });
    // Else the object a text accessor reads (`host.c_str()`,
    // `v.AsHexStr()`).
    if (const auto *MC =
            dyn_cast_or_null<CXXMemberCallExpr>(stripConversions(E));
        Key.empty() && MC && MC->getNumArgs() == 0)
      if (const ValueDecl *Object = declOf(MC->getImplicitObjectArgument());
          Object && Object->getDeclName().isIdentifier())
        Key = Object->getNameAsString();
    return Key;
  }

  /// The digest of a file (sudo's `file_digest = sudo_filedigest(fd, path,
  /// type, &len)` checked against the one sudoers lists): an integrity
  /// check of public content, no secret in it.
  bool fileDigest(const Expr *E, const Secrets &S) const {
    const auto *CE = dyn_cast_or_null<CallExpr>(withoutCasts(E));
    if (!CE)
      CE = lastHashBefore(E, S);
    if (!CE)
      return false;
    static const llvm::Regex OfFile(
        "file_?(digest|hash|sum|sha|md5)|(digest|hash|sha[0-9]*|md5)_?file",
        llvm::Regex::IgnoreCase);
    return OfFile.match(calleeName(CE));
  }

  /// A function that asks the terminal for a password twice (shadow's
  /// `agetpass(_("New password: "))`, then `"Re-enter new password: "`)
  /// and compares two of its own locals: the user's entry against its
  /// retyping, which no one else can time. Not a stored hash or a value
  /// computed from one.
  bool confirmsTypedEntry(const FunctionDecl *F, const Expr *A, const Expr *B,
                          const Secrets &S) {
    static const llvm::Regex Prompt("getpass|readpassphrase|read_?passphrase|"
                                    "askpass|ask_?password|prompt_?password",
                                    llvm::Regex::IgnoreCase);
    unsigned Prompts = 0;
    walk(F->getBody(), [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X))
        Prompts += Prompt.match(calleeName(CE));
    });
    if (Prompts < 2)
      return false;
    // The locals set from a prompt, or copied from one so set (shadow's
    // `strcpy(orig, cp)` of the first entry). Not a pointer into a line of
    // the password file (Netatalk's `afppasswd` comparing the old password
    // typed with the one kept).
    llvm::DenseSet<const ValueDecl *> Typed;
    for (int Round = 0; Round < 2; ++Round)
      walk(F->getBody(), [&](const Stmt *X) {
        const Expr *Lhs = nullptr, *Value = nullptr;
        const ValueDecl *Target = nullptr;
        if (const auto *DS = dyn_cast<DeclStmt>(X); DS && DS->isSingleDecl()) {
          const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
          Target = VD;
          Value = VD ? VD->getInit() : nullptr;
        } else if (asAssignment(X, Lhs, Value)) {
          Target = declOf(Lhs);
        } else if (const auto *CE = dyn_cast<CallExpr>(X);
                   CE && copyCall(CE, Lhs, Value)) {
          Target = bufferOf(Lhs);
        }
        if (!Target || !Value)
          return;
        const auto *Call = dyn_cast<CallExpr>(withoutCasts(Value));
        if ((Call && Prompt.match(calleeName(Call))) ||
            mentionsAny(Value, Typed))
          Typed.insert(Target);
      });
    for (const Expr *Side : {A, B}) {
      Operand O = operand(Side, S);
      const auto *VD = dyn_cast_or_null<VarDecl>(bufferOf(Side));
      // (Derived or not: `cp = pw_encrypt(pass, salt)` after the loop
      // makes the retyped `cp` look computed, as tracking ignores order.)
      if (O.strong() || O.StoredPassword || !VD || !VD->isLocalVarDecl() ||
          !Typed.count(VD))
        return false;
    }
    return true;
  }

  /// Whether \p To is set from \p From where one is \p A and the other
  /// \p B.
  bool setsOneFromOther(const Expr *To, const Expr *From, const Expr *A,
                        const Expr *B) {
    return (sameText(To, A) && sameText(From, B)) ||
           (sameText(To, B) && sameText(From, A));
  }

  /// `strcpy(dst, src)`, `memcpy`, `strlcpy`, `memmove`: the destination
  /// first and the source next (not a format's arguments).
  static bool copyCall(const CallExpr *CE, const Expr *&To, const Expr *&From) {
    static const llvm::Regex Copy("cpy|memmove", llvm::Regex::IgnoreCase);
    if (CE->getNumArgs() < 2 || !Copy.match(calleeName(CE)))
      return false;
    To = CE->getArg(0);
    From = CE->getArg(1);
    return true;
  }

  /// A secret compared again where an earlier comparison of it found it
  /// equal (Netatalk's `if (memcmp(seskey, ibuf, n)) err = NOTAUTH; else if
  /// (memcmp(seskey, ibuf + n, n) == 0) err = PWDSAME;`): the client has
  /// shown it knows the secret; the second is a rule about a new value.
  bool checkedAlready(const Stmt *X, const Expr *A, const Expr *B) {
    // Whether \p Cond holds when the two values of its comparison differ:
    // `memcmp(a, b, n)`, `memcmp(...) != 0`, `a != b`.
    auto ZeroWhenEqual = [&](const Expr *Cond, const Expr *&C, const Expr *&D) {
      std::string How;
      const auto *CE = dyn_cast<CallExpr>(Cond->IgnoreParenImpCasts());
      return CE && zeroWhenEqualComparison(calleeName(CE)) &&
             comparison(CE, C, D, How);
    };
    auto Differs = [&](const Expr *Cond, const Expr *&C, const Expr *&D) {
      std::string How;
      Cond = Cond->IgnoreParenImpCasts();
      if (const auto *BO = dyn_cast<BinaryOperator>(Cond)) {
        if (BO->getOpcode() == BO_NE && comparison(BO, C, D, How))
          return true;
        const auto *Zero =
            dyn_cast<IntegerLiteral>(BO->getRHS()->IgnoreParenImpCasts());
        if (BO->getOpcode() == BO_NE && Zero && Zero->getValue() == 0)
          return ZeroWhenEqual(BO->getLHS(), C, D);
        return false;
      }
      return ZeroWhenEqual(Cond, C, D);
    };
    const Stmt *Child = X;
    for (const Stmt *Up : parents(X)) {
      const Expr *C, *D;
      if (const auto *If = dyn_cast<IfStmt>(Up);
          If && If->getElse() == Child &&
          !If->getCond()->getBeginLoc().isMacroID() &&
          Differs(If->getCond(), C, D) && C != A && D != B &&
          (sameText(C, A) || sameText(D, A) || sameText(C, B) ||
           sameText(D, B)))
        return true;
      Child = Up;
    }
    return false;
  }

  /// `if (secret_ == fresh) return; secret_ = fresh;`: a value compared
  /// with the one it is then set to is a cache or a reloaded setting
  /// checked for a change, not a client's value checked against it.
  bool refreshes(const Stmt *Body, const Expr *A, const Expr *B) {
    if (sameText(A, B))
      return false;
    bool Found = false;
    walk(Body, [&](const Stmt *X) {
      const Expr *Lhs, *Rhs;
      if (asAssignment(X, Lhs, Rhs) && !fillsWhenUnset(X, Lhs))
        Found |= setsOneFromOther(Lhs, Rhs, A, B);
    });
    return Found;
  }

  /// \p Assignment runs only when its target \p Target is still empty
  /// (SEMS's `if (it->second.adminpin.empty()) it->second.adminpin =
  /// adminpin;`): a first value set, not a kept one refreshed; the
  /// comparison that guards the other path still checks the client.
  bool fillsWhenUnset(const Stmt *Assignment, const Expr *Target) {
    auto TestsEmpty = [&](const Expr *Cond) {
      Cond = Cond->IgnoreParenImpCasts();
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Cond)) {
        static const llvm::Regex Empty("^(empty|isEmpty|IsEmpty)$");
        return Empty.match(calleeName(MC)) &&
               sameText(MC->getImplicitObjectArgument(), Target);
      }
      // `if (!pin[0])`, `if (!pin)`.
      if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
          Not && Not->getOpcode() == UO_LNot) {
        const Expr *Sub = Not->getSubExpr()->IgnoreParenImpCasts();
        if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Sub))
          Sub = ASE->getBase();
        return sameText(Sub, Target);
      }
      return false;
    };
    const Stmt *Child = Assignment;
    for (const Stmt *Up : parents(Assignment)) {
      if (const auto *If = dyn_cast<IfStmt>(Up);
          If && If->getThen() == Child && TestsEmpty(If->getCond()))
        return true;
      Child = Up;
    }
    return false;
  }

  /// The same when the branch the comparison opens copies one into the
  /// other (mvdsv's `if (strcmp(password.string, pw)) strlcpy(pw,
  /// password.string, sizeof(pw));`). Only there: a challenge's expected
  /// response copied later for the next login was checked first
  /// (yubico-pam's `memcpy(state.response, buf, n)`).
  bool copiesOnChange(const Stmt *Compare, const Expr *A, const Expr *B) {
    if (sameText(A, B))
      return false;
    const Stmt *Child = Compare;
    const IfStmt *If = nullptr;
    for (const Stmt *Up : parents(Compare)) {
      if (const auto *I = dyn_cast<IfStmt>(Up); I && I->getCond() == Child) {
        If = I;
        break;
      }
      if (!isa<Expr>(Up))
        return false;
      Child = Up;
    }
    if (!If)
      return false;
    bool Found = false;
    walk(If->getThen(), [&](const Stmt *X) {
      const Expr *To, *From;
      if (const auto *CE = dyn_cast<CallExpr>(X); CE && copyCall(CE, To, From))
        Found |= setsOneFromOther(To, From, A, B);
    });
    return Found;
  }

  /// Whether \p A and \p B read the same value: the same variable or
  /// member chain (see sameValue), or expressions spelled alike
  /// (`msg->subject[0]` twice).
  bool sameText(const Expr *A, const Expr *B) {
    A = stripConversions(A);
    B = stripConversions(B);
    if (!A || !B)
      return false;
    // `&c->digest_save` given to a comparer reads what `c->digest_save =
    // ...` sets.
    auto Pointee = [](const Expr *E) {
      const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
      return UO && UO->getOpcode() == UO_AddrOf ? UO->getSubExpr() : E;
    };
    if (sameValue(Pointee(A), Pointee(B)))
      return true;
    auto Spelling = [&](const Expr *E) {
      CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
      std::string Text = Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
      llvm::erase_if(Text, [](char C) { return llvm::isSpace(C); });
      return Text;
    };
    std::string SA = Spelling(A);
    return !SA.empty() && SA == Spelling(B);
  }

  /// Whether \p Def's comparisons are reported inside it or inside the
  /// comparer it hands its values to (tac_plus-ng's `check_access` calling
  /// `compare_pwdat`, which compares the configured password): once, where
  /// the fix goes.
  bool reportsInsideChain(const FunctionDecl *Def) {
    for (unsigned Depth = 0; Def && Depth < 4; ++Depth) {
      if (reportsInside(Def))
        return true;
      Def = comparerShape(Def).Via;
    }
    return false;
  }

  /// Whether \p Def's own comparisons are reported.
  bool reportsInside(const FunctionDecl *Def) {
    if (auto It = ReportsInsideMemo.find(Def); It != ReportsInsideMemo.end())
      return It->second;
    ReportsInsideMemo[Def] = false; // recursion
    std::vector<UnsafeCompare> Inner;
    findCompares(Def, Inner);
    return ReportsInsideMemo[Def] = !Inner.empty();
  }
  llvm::DenseMap<const FunctionDecl *, bool> ReportsInsideMemo;

  /// Where a comparison is shown: at its operator, or where the call begins.
  static SourceLocation comparisonLocation(const Stmt *X) {
    if (const auto *RB = dyn_cast<CXXRewrittenBinaryOperator>(X))
      return RB->getOperatorLoc();
    if (const auto *BO = dyn_cast<BinaryOperator>(X))
      return BO->getOperatorLoc();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X))
      return OC->getOperatorLoc();
    return X->getBeginLoc();
  }

  /// A comparer named for what only secrets are (pvpgn's `hash_eq` of two
  /// password hashes, DikuMUD's `pwdcompare`), not a general one
  /// (`str_cmp`, `xstrcmp`), which compares names as often as secrets.
  static bool secretComparerName(llvm::StringRef Name) {
    static const llvm::Regex Secret(
        "pass|pwd|hash|digest|checksum|hmac|(^|_)mac|sig|token|cookie|"
        "secret|cred|auth",
        llvm::Regex::IgnoreCase);
    return Secret.match(Name);
  }

  /// Reports the variable-time comparison inside each such comparer,
  /// where its fix goes, as well as at the calls that hand it secrets
  /// (which show what it compares). One with no such call in this TU
  /// waits for the scanner to find one in another.
  void findSecretComparerBodies(WebhookResult &R) {
    llvm::DenseSet<const FunctionDecl *> GivenSecrets;
    for (const UnsafeCompare &C : R.Compares)
      if (C.Comparer && GivenSecrets.insert(C.Comparer).second)
        R.ComparersGivenSecrets.push_back(usrOf(C.Comparer));
    llvm::sort(R.ComparersGivenSecrets);
    for (const FunctionDecl *F : Facts.Bodies) {
      if (!F->getDeclName().isIdentifier() ||
          !secretComparerName(F->getName()) ||
          !(comparerName(F->getName()) || verifierName(F->getName())) ||
          !projectFunction(F) || reportsInsideChain(F))
        continue;
      const ComparerShape &Shape = comparerShape(F);
      if (!Shape.Unsafe || Shape.Via || !Shape.At)
        continue;
      UnsafeCompare C;
      C.Loc = comparisonLocation(Shape.At);
      C.Range = Shape.At->getSourceRange();
      C.How = Shape.How;
      C.What = "the secret its callers hand '" + F->getNameAsString() +
               "' as '" + F->getParamDecl(Shape.Left)->getNameAsString() + "'";
      if (!GivenSecrets.count(F->getCanonicalDecl()))
        C.KeptIfGivenSecrets = usrOf(F->getCanonicalDecl());
      R.Compares.push_back(std::move(C));
    }
  }

  void findCompares(const FunctionDecl *F, std::vector<UnsafeCompare> &Out) {
    // A type's own comparison operator (a digest class's `operator==`) is
    // judged where it is used: on a secret there, the finding says it
    // compares in variable time; on a public hash, nothing is wrong.
    switch (F->getOverloadedOperator()) {
    case OO_EqualEqual:
    case OO_ExclaimEqual:
    case OO_Less:
    case OO_Greater:
    case OO_LessEqual:
    case OO_GreaterEqual:
    case OO_Spaceship:
      return;
    default:
      break;
    }
    // A self-test (`mbedtls_rsa_self_test`) checks known-answer vectors
    // written into the code: no value an attacker sends or guesses.
    static const llvm::Regex SelfTest("self_?test|known_?answer",
                                      llvm::Regex::IgnoreCase);
    if (F->getDeclName().isIdentifier() && SelfTest.match(F->getName()))
      return;
    // A public-key signature's verification (libtomcrypt's
    // `rsa_verify_hash_ex` matching the signature's decoded digest with
    // the message's): anyone can compute both sides. Not a MAC such a
    // function computes (openiked's `dsa_verify_final` covers HMAC too).
    static const llvm::Regex PublicKeyVerify(
        "(rsa|ecdsa|dsa|eddsa|ed25519|ed448|pkcs_?1|pss)_?[a-z0-9_]*verify|"
        "verify_?[a-z0-9_]*(rsa|ecdsa|dsa|ed25519|pkcs_?1|pss)",
        llvm::Regex::IgnoreCase);
    bool PublicKeyVerifier =
        F->getDeclName().isIdentifier() && PublicKeyVerify.match(F->getName());
    // A generic lambda's body is a template: what its members are, and
    // so what they name, shows only in its instantiation (gerbera's
    // `find_if(..., [=](auto &&s) { return s->getID() == sessionID; })`).
    // Its compares are read there as well, where the template says
    // nothing more.
    size_t FirstOfInstances = Out.size();
    walk(F->getBody(), [&](const Stmt *X) {
      const auto *LE = dyn_cast<LambdaExpr>(X);
      const FunctionDecl *Instance =
          LE && LE->isGenericLambda() ? callOperator(LE) : nullptr;
      if (!Instance || !Instance->hasBody() || Instance == F)
        return;
      findCompares(Instance, Out);
    });
    auto SeenInInstance = [&](SourceLocation Loc) {
      return std::any_of(Out.begin() + FirstOfInstances, Out.end(),
                         [&](const UnsafeCompare &C) { return C.Loc == Loc; });
    };
    Secrets S = secretsIn(F->getBody(), F);
    llvm::DenseSet<const Stmt *> Rewritten; // the `==` inside a `!=`
    walk(F->getBody(), [&](const Stmt *X) {
      if (const auto *RB = dyn_cast<CXXRewrittenBinaryOperator>(X))
        walk(RB->getSemanticForm(), [&](const Stmt *Y) {
          if (Y != X)
            Rewritten.insert(Y);
        });
      if (Rewritten.count(X))
        return;
      const Expr *A, *B, *CryptHash;
      std::string How;
      // An account's name, not a secret object so named (gnome-keyring's
      // `GkmSecret *login`).
      auto Account = [&](const Expr *E) {
        const ValueDecl *D = declOf(stripConversions(E));
        return accountName(nameOf(E)) && !(D && secretObjectType(D->getType()));
      };
      if (!unsafeCompare(X, S, A, B, How, CryptHash) ||
          refreshes(F->getBody(), A, B) || copiesOnChange(X, A, B) ||
          checkedAlready(X, A, B) || magicTag(X, A, B, S) ||
          (!CryptHash && confirmsTypedEntry(F, A, B, S)) ||
          (F->getDeclName().isIdentifier() &&
           passwordConfirmationName(F->getName())) ||
          fileDigest(A, S) || fileDigest(B, S) ||
          mentionsAny(A, S.EmptyPasswordDigests) ||
          mentionsAny(B, S.EmptyPasswordDigests) || Account(A) || Account(B))
        return;
      // A public key compared (`pk_equal(cookie, expected_real_pk)`).
      if (publicKeyName(How) || publicKeyName(nameOf(A)) ||
          publicKeyName(nameOf(B)))
        return;
      // ... or a network address (libwebsockets' `memcmp(pt + p, client_ip,
      // ip_len)` of a retry token's plaintext): the peer's, public.
      if (addressName(nameOf(A)) || addressName(nameOf(B)))
        return;
      // ... or two URIs (neon's `ne_uri_cmp(&absolute, &base)`).
      auto AddressObject = [&](const Expr *E) {
        const Expr *Bare = withoutCasts(E);
        if (const auto *UO = dyn_cast<UnaryOperator>(Bare);
            UO && UO->getOpcode() == UO_AddrOf)
          Bare = UO->getSubExpr();
        return addressType(Bare->getType());
      };
      if (AddressObject(A) && AddressObject(B))
        return;
      // ... or a buffer of zeros (RadioLib's `memcmp(cOcts, bufferZeroes,
      // n)`): whether a value is set at all, not which.
      if (zeroName(nameOf(A)) || zeroName(nameOf(B)) ||
          zeroFilledArray(A, F->getBody()) || zeroFilledArray(B, F->getBody()))
        return;
      // The project's own `operator==` (an HMAC result class's) compares
      // as its body does.
      std::string OpenOperator;
      const Stmt *Operator = X;
      // C++20's `a != b` through `operator==`.
      if (const auto *RB = dyn_cast<CXXRewrittenBinaryOperator>(X)) {
        Operator = RB->getSemanticForm()->IgnoreParenImpCasts();
        if (const auto *Not = dyn_cast<UnaryOperator>(Operator))
          Operator = Not->getSubExpr()->IgnoreParenImpCasts();
      }
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Operator))
        if (const FunctionDecl *Op = OC->getDirectCallee();
            Op && projectFunction(Op) &&
            constantTimeOperator(Op, OpenOperator, 0))
          return;
      UnsafeCompare C;
      C.OpenComparer = OpenOperator;
      C.Loc = comparisonLocation(X);
      C.Range = X->getSourceRange();
      C.How = How;
      if (const auto *CE = dyn_cast<CallExpr>(X))
        if (const FunctionDecl *FD = CE->getDirectCallee();
            FD && How == FD->getNameAsString() && projectFunction(FD)) {
          C.Comparer = FD->getCanonicalDecl();
          if (const FunctionDecl *Def = definition(FD)) {
            // Reported inside already, where its own values show the
            // secret (n2n's `auth_edge` comparing two `n2n_auth_t`): once.
            if (reportsInsideChain(Def))
              return;
            C.Inside = comparerShape(Def).How;
            if (C.Inside.empty())
              C.Inside = delegatesComparison(Def);
          } else if (comparerName(FD->getName()))
            C.OpenComparer = usrOf(FD->getCanonicalDecl());
          else
            C.UnsafeComparerIfDefined = usrOf(FD->getCanonicalDecl());
        }
      Operand OA = operand(A, S), OB = operand(B, S);
      if (PublicKeyVerifier && !OA.Mac && !OB.Mac)
        return;
      // Name the side that is the secret: a MAC, the request's signature,
      // the secret the server holds, any secret.
      auto Rank = [](const Operand &O) {
        return O.Mac                                          ? 5
               : O.Signature                                  ? 4
               : O.StoredPassword                             ? 3
               : (O.Named || O.ChallengeAnswer) && !O.Request ? 2
               : O.Named                                      ? 1
                                                              : 0;
      };
      bool First = Rank(OA) >= Rank(OB);
      const Expr *Secret = First ? A : B;
      const Operand &OS = First ? OA : OB;
      std::string Name = nameOf(Secret);
      // A plain secret with no name to show is named by its counterpart.
      if (Name.empty() && !OS.Mac && !OS.Signature)
        Name = nameOf(First ? B : A);
      std::string Quoted = Name.empty() ? "" : " '" + Name + "'";
      C.What = OS.DerivedKey  ? "the key derived from a password" + Quoted
               : OS.Mac       ? "the computed MAC" + Quoted
               : OS.Signature ? "the request's signature" + Quoted
                              : "the secret" + Quoted;
      // (Named after what it was computed from or not: `crypted =
      // crypt(pass, salt)` is a hash of the password.)
      if (!OS.strong() && CryptHash && (!OS.Named || Secret == CryptHash))
        if (std::string N = nameOf(CryptHash); !N.empty())
          C.What = "the password hash '" + N + "'";
      if (!SeenInInstance(C.Loc))
        Out.push_back(C);
    });
  }
};

} // namespace

WebhookResult analyzeWebhooks(ASTContext &Ctx, const TUFacts &Facts,
                              const WebhookOptions &Opts) {
  return Finder(Ctx, Facts, Opts).run();
}

} // namespace faultline
