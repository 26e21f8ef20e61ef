#!/usr/bin/env python3
"""compile_commands.json of /work/corpora/webhook32 (clang-19 / clang++-19, Debian 12 headers).
Generated configure/CMake headers are in stubs/<project> (copied by extract.sh)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook32'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# libjwt 3.x (C), OpenSSL + Jansson backends as its CMake enables them; stubs/libjwt = jwt_export.h
# (generate_export_header) and an empty config.h (jwt-private.h includes one; the CMake build writes none)
JWT = ['-std=gnu11', '-D_GNU_SOURCE', '-DHAVE_OPENSSL', '-DHAVE_JANSSON', '-I' + S + '/libjwt', '-I{r}/include', '-I{r}/libjwt']
# jwt-cpp (header-only C++): the header itself is parsed as a C++17 translation unit (default picojson traits)
JWTCPP = ['-x', 'c++', '-std=c++17', '-I{r}/include']
# chrony (C); stubs/chrony/config.h = configure output with nettle + GnuTLS (NTS), as Debian builds it
CHRONY = ['-std=gnu99', '-I' + S + '/chrony', '-I{r}']
# c-toxcore (C11, libsodium from Debian); CMake adds no defines that matter here (no fuzzing mode)
TOX = ['-std=c11', '-D_GNU_SOURCE', '-I{r}/toxcore']
# libsrtp 3 (C), default configure build (internal crypto); stubs/libsrtp/config.h
SRTP = ['-std=c99', '-DHAVE_CONFIG_H', '-I' + S + '/libsrtp', '-I{r}/include', '-I{r}/crypto/include']
# net-snmp 5.9.3 (tag matching Debian's libsnmp-dev): its net-snmp-config.h is Debian's /usr/include/net-snmp one
SNMP = ['-std=gnu99', '-I{r}/include', '-I{r}/snmplib', '-I{r}/snmplib/transports']
# OpenLDAP (C): stubs/openldap = portable.h, ldap_config.h, ldap_features.h, lber_types.h (configure output)
LDAP = ['-std=gnu99', '-I' + S + '/openldap', '-I{r}/include', '-I{r}/servers/slapd']
# Cyrus SASL (C): stubs/cyrus-sasl/config.h = configure output (OpenSSL, checkapop, saslauthd) + AH_BOTTOM
SASL = ['-std=gnu99', '-DHAVE_CONFIG_H', '-I' + S + '/cyrus-sasl', '-I{r}/include', '-I{r}/lib', '-I{r}/common', '-I{r}/plugins']
# CivetWeb (C): default CMake options (OpenSSL 3 API, IPv6)
CIVET = ['-std=c11', '-D_GNU_SOURCE', '-DOPENSSL_API_3_0', '-DUSE_IPV6', '-I{r}/include']
E = [
 ('benmcollins+libjwt', 'libjwt/jwt.c', JWT),
 ('benmcollins+libjwt', 'libjwt/jwt-verify.c', JWT),
 ('benmcollins+libjwt', 'libjwt/openssl/jwe.c', JWT),
 ('Thalhammer+jwt-cpp', 'include/jwt-cpp/jwt.h', JWTCPP),
 ('mlichvar+chrony', 'keys.c', CHRONY),
 ('mlichvar+chrony', 'util.c', CHRONY),
 ('mlichvar+chrony', 'nts_ntp_client.c', CHRONY),
 ('TokTok+c-toxcore', 'toxcore/crypto_core.c', TOX),
 ('TokTok+c-toxcore', 'toxcore/timed_auth.c', TOX),
 ('TokTok+c-toxcore', 'toxcore/net_crypto.c', TOX),
 ('TokTok+c-toxcore', 'toxcore/announce.c', TOX),
 ('cisco+libsrtp', 'srtp/srtp.c', SRTP),
 ('cisco+libsrtp', 'crypto/math/datatypes.c', SRTP),
 ('net-snmp+net-snmp', 'snmplib/scapi.c', SNMP),
 ('net-snmp+net-snmp', 'snmplib/snmpusm.c', SNMP),
 ('net-snmp+net-snmp', 'snmplib/transports/snmpUDPDomain.c', SNMP),
 ('net-snmp+net-snmp', 'snmplib/transports/snmpUDPIPv6Domain.c', SNMP),
 ('openldap+openldap', 'libraries/liblutil/passwd.c', LDAP),
 ('openldap+openldap', 'contrib/slapd-modules/passwd/sha2/slapd-sha2.c', LDAP + ['-I{r}/contrib/slapd-modules/passwd/sha2']),
 ('openldap+openldap', 'contrib/slapd-modules/passwd/totp/slapd-totp.c', LDAP),
 ('openldap+openldap', 'contrib/slapd-modules/passwd/pbkdf2/pw-pbkdf2.c', LDAP),
 ('cyrusimap+cyrus-sasl', 'lib/checkpw.c', SASL),
 ('cyrusimap+cyrus-sasl', 'plugins/scram.c', SASL),
 ('cyrusimap+cyrus-sasl', 'plugins/srp.c', SASL),
 ('civetweb+civetweb', 'src/civetweb.c', CIVET),
]
write_compile_commands(R, E, CXX)
