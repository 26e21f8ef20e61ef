// REQUIRES: qt-headers
// RUN: %tidy %s -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>

void requests(QNetworkAccessManager &nam) {
  QNetworkRequest bounded(QUrl("https://example.com"));
  bounded.setTransferTimeout(5000);
  nam.get(bounded);

  QNetworkAccessManager local;
  local.get(QNetworkRequest(QUrl("https://example.com")));
  // CHECK: :[[@LINE-1]]:9: warning: 'QNetworkAccessManager::get' on handle 'local' has no timeout
}
