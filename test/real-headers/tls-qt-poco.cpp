// REQUIRES: qt-headers, poco-headers
// Turning certificate checks off on Debian's Qt 5 and Poco headers: Qt's
// ignoreSslErrors() with no list, or with the very list the sslErrors
// signal reported (every error), and not with a list of expected errors;
// Poco's client Context with VERIFY_NONE in either constructor, and not
// with VERIFY_RELAXED or on a server.
// RUN: %tidy %s -checks='-*,integration-tls-verification-disabled' -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <Poco/Net/Context.h>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>

void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors) {
  reply->ignoreSslErrors(errors);
  // CHECK: :[[@LINE-1]]:10: warning: TLS certificate verification is turned off (ignoreSslErrors() with every error the sslErrors signal reported)
}

void ignoreEverything(QNetworkReply *reply) {
  reply->ignoreSslErrors();
  // CHECK: :[[@LINE-1]]:10: warning: TLS certificate verification is turned off (ignoreSslErrors() with no list of expected errors)
}

void pinned(QNetworkReply *reply, const QSslCertificate &selfSigned) {
  QList<QSslError> expected;
  expected << QSslError(QSslError::SelfSignedCertificate, selfSigned);
  reply->ignoreSslErrors(expected);
}

Poco::Net::Context::Ptr clientContexts() {
  Poco::Net::Context::Ptr lax = new Poco::Net::Context(
      Poco::Net::Context::CLIENT_USE, "", "", "",
      Poco::Net::Context::VERIFY_NONE, 9, true, "ALL");
  // CHECK: :[[@LINE-3]]:37: warning: TLS certificate verification is turned off (Context::VERIFY_NONE)
  Poco::Net::Context::Ptr laxToo = new Poco::Net::Context(
      Poco::Net::Context::CLIENT_USE, "", Poco::Net::Context::VERIFY_NONE);
  // CHECK: :[[@LINE-2]]:40: warning: TLS certificate verification is turned off (Context::VERIFY_NONE)
  Poco::Net::Context::Ptr server = new Poco::Net::Context(
      Poco::Net::Context::SERVER_USE, "key.pem", "cert.pem", "",
      Poco::Net::Context::VERIFY_NONE);
  return new Poco::Net::Context(Poco::Net::Context::CLIENT_USE, "", "", "",
                                Poco::Net::Context::VERIFY_RELAXED);
}
