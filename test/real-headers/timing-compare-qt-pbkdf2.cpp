// REQUIRES: qt-headers
// PBKDF2 written with Qt (a web framework's password module): the XOR loop
// over each round's HMAC walks its bytes with a pointer iterator (Qt's
// `QByteArray::const_iterator` is `const char *`) up to `cend()`: a
// position, not a value, so no comparison of a secret. The stored hash
// compared with `==` is one.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>

QByteArray pbkdf2(QCryptographicHash::Algorithm method,
                  const QByteArray &password, const QByteArray &salt,
                  int rounds) {
  QByteArray d1, obuf;
  QMessageAuthenticationCode code(method, password);
  code.reset();
  code.addData(salt);
  obuf = d1 = code.result();
  for (int i = 1; i < rounds; ++i) {
    code.reset();
    code.addData(d1);
    d1 = code.result();
    auto it = obuf.begin();
    auto d1It = d1.cbegin();
    while (d1It != d1.cend()) {
      *it = *it ^ *d1It;
      ++it;
      ++d1It;
    }
  }
  return obuf;
}

bool validatePassword(const QByteArray &password,
                      const QByteArray &storedHash, const QByteArray &salt) {
  return pbkdf2(QCryptographicHash::Sha512, password, salt, 10000) ==
         storedHash;
  // CHECK: :[[@LINE-2]]:68: warning: {{.*}}[integration-timing-unsafe-compare]
}
