// REQUIRES: qt-headers
// RUN: %tidy %s -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <QtNetwork/QNetworkAccessManager>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

void requests(QNetworkAccessManager &nam) {
  QNetworkRequest bounded(QUrl("https://example.com"));
  bounded.setTransferTimeout(5000);
  nam.get(bounded);

  QNetworkAccessManager local;
  local.get(QNetworkRequest(QUrl("https://example.com")));
  // CHECK: :[[@LINE-1]]:9: warning: 'QNetworkAccessManager::get' on handle 'local' has no timeout
}

// The synchronous wait: a local event loop quit by the reply's finished()
// and by a single-shot timer (old-style SLOT or a member pointer) is bounded;
// without the timer it waits for ever.
void waitForReply(int ms) {
  QNetworkRequest request(QUrl("https://example.com"));
  QNetworkAccessManager nam;
  QNetworkReply *reply = nam.get(request);
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  QTimer::singleShot(ms, &loop, SLOT(quit()));
  loop.exec();
}

void waitForReplyMember(int ms) {
  QNetworkRequest request(QUrl("https://example.com"));
  QNetworkAccessManager nam;
  QNetworkReply *reply = nam.post(request, QByteArray("{}"));
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}

void waitForEver() {
  QNetworkRequest request(QUrl("https://example.com"));
  QNetworkAccessManager nam;
  QNetworkReply *reply = nam.get(request);
  // CHECK: :[[@LINE-1]]:30: warning: 'QNetworkAccessManager::get' on handle 'nam' has no timeout
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
}
