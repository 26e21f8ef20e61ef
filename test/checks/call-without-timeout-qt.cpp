// RUN: %tidy %s -- -std=c++17 -isystem %inputs/qt 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <QNetworkAccessManager>

void perRequest(QNetworkAccessManager &nam) {
  QNetworkRequest req(QUrl("https://example.com"));
  req.setTransferTimeout(5000);
  nam.get(req);
}

void none() {
  QNetworkAccessManager nam;
  QNetworkRequest req(QUrl("https://example.com"));
  nam.get(req);
  // CHECK: :[[@LINE-1]]:7: warning: 'QNetworkAccessManager::get' on handle 'nam' has no timeout; call setTransferTimeout(ms) on the QNetworkRequest or the QNetworkAccessManager [integration-call-without-timeout]
}

void managerWide() {
  QNetworkAccessManager nam;
  nam.setTransferTimeout(); // Qt's default constant, 30 s
  nam.post(QNetworkRequest(QUrl("https://example.com")), "{}");
}

void switchedOff() {
  QNetworkAccessManager nam;
  QNetworkRequest req(QUrl("https://example.com"));
  req.setTransferTimeout(0);
  nam.get(req);
  // CHECK: :[[@LINE-1]]:7: warning: 'QNetworkAccessManager::get' on handle 'nam' has an infinite timeout (QNetworkRequest::setTransferTimeout turns the limit off)
}

class Api {
public:
  Api() { nam_.setTransferTimeout(10000); }
  void fetch() { nam_.get(QNetworkRequest(QUrl("https://example.com/items"))); }

private:
  QNetworkAccessManager nam_;
};

// A single-shot timer that aborts the reply bounds the request.
void abortTimer(QNetworkAccessManager &nam) {
  QNetworkReply *reply = nam.get(QNetworkRequest(QUrl("https://example.com")));
  QTimer::singleShot(5000, reply, &QNetworkReply::abort);
}

// The synchronous wait: a local event loop quit by the reply and by a timer.
void waitWithTimer() {
  QNetworkAccessManager nam;
  QNetworkReply *reply = nam.get(QNetworkRequest(QUrl("https://example.com")));
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  QTimer::singleShot(5000, &loop, &QEventLoop::quit);
  loop.exec();
}

// ... and without the timer the wait has no end.
void waitForever() {
  QNetworkAccessManager nam;
  QNetworkReply *reply = nam.get(QNetworkRequest(QUrl("https://example.com")));
  // CHECK: :[[@LINE-1]]:30: warning: 'QNetworkAccessManager::get' on handle 'nam' has no timeout
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
}

void abortTimerLambda(QNetworkAccessManager &nam) {
  QNetworkReply *reply = nam.get(QNetworkRequest(QUrl("https://example.com")));
  QTimer::singleShot(5000, reply, [reply] { reply->abort(); });
}
