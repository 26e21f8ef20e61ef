// REQUIRES: qt-headers
// A Qt webhook receiver on a plain QTcpServer that parses the request line
// itself (no route registration anywhere): the guard that rejects all but
// one verb and path makes the rest of the function the handler. Verified
// with QMessageAuthenticationCode, compared in constant time, or not.
// RUN: %tidy %s -checks='-*,integration-unverified-webhook,integration-timing-unsafe-compare' -- -std=c++17 -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

void trigger(const QString &id, const QByteArray &payload);
void reply(QTcpSocket *socket, int status);

// Any POST /webhooks/<id> triggers the workflow: nothing is checked.
void handleRequest(const QByteArray &request, QTcpSocket *socket) {
  QString text = QString::fromUtf8(request);
  QStringList lines = text.split("\r\n");
  QStringList requestLine = lines[0].split(" ");
  QString method = requestLine[0];
  QString path = requestLine[1];
  if (method != "POST" || !path.startsWith("/webhooks/")) {
    reply(socket, 404);
    return;
  }
  trigger(path.mid(10), request.mid(request.indexOf("\r\n\r\n") + 4));
  reply(socket, 200);
}
// CHECK: :[[@LINE-7]]:3: warning: webhook handler for POST '/webhooks/' never verifies the request's signature{{.*}} [integration-unverified-webhook]

bool equalInConstantTime(const QByteArray &a, const QByteArray &b) {
  if (a.size() != b.size())
    return false;
  char diff = 0;
  for (int i = 0; i < a.size(); ++i)
    diff |= a[i] ^ b[i];
  return diff == 0;
}

QByteArray headerValue(const QByteArray &request, const QByteArray &name);

// The HMAC of the body with the shared secret, compared in constant time.
void handleSigned(const QByteArray &request, QTcpSocket *socket,
                  const QByteArray &secret) {
  QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
  QByteArray method = requestLine[0];
  QByteArray path = requestLine[1];
  if (method != "POST" || path != "/hooks/deploy") {
    reply(socket, 404);
    return;
  }
  QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
  QByteArray expected =
      QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256)
          .toHex();
  QByteArray signature = headerValue(request, "X-Hub-Signature-256").mid(7);
  if (!equalInConstantTime(signature, expected)) {
    reply(socket, 401);
    return;
  }
  trigger("deploy", body);
}

// The same, compared with '!=': verified, but timing-unsafe.
void handleSignedUnsafe(const QByteArray &request, QTcpSocket *socket,
                        const QByteArray &secret) {
  QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
  QByteArray method = requestLine[0];
  QByteArray path = requestLine[1];
  if (method != "POST" || path != "/hooks/build") {
    reply(socket, 404);
    return;
  }
  QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
  QByteArray expected =
      QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256)
          .toHex();
  if (headerValue(request, "X-Hub-Signature-256").mid(7) != expected) {
    reply(socket, 401);
    return;
  }
  trigger("build", body);
}
// CHECK: :[[@LINE-6]]:58: warning: the computed MAC 'expected' is compared with '!='{{.*}} [integration-timing-unsafe-compare]

// A status endpoint that only checks the verb: no route, no webhook.
void handleStatus(const QByteArray &request, QTcpSocket *socket) {
  QByteArray method = request.left(request.indexOf(' '));
  if (method != "GET") {
    reply(socket, 405);
    return;
  }
  reply(socket, 200);
}

// Servers that take their clients from QTcpServer::nextPendingConnection()
// and read the request in the socket's readyRead slot.
class Bot : public QObject {
public:
  void setWebhook(quint16 port);
  void serveStatus(quint16 port);
  void onUpdate(const QByteArray &update);

private:
  QTcpServer *Listener = nullptr;
  QTcpServer *StatusListener = nullptr;
};

// Telegram posts every update here: nothing checks its secret token.
void Bot::setWebhook(quint16 port) {
  Listener->listen(QHostAddress::Any, port);
  QObject::connect(Listener, &QTcpServer::newConnection, [this]() {
    QTcpSocket *socket = Listener->nextPendingConnection();
    QObject::connect(socket, &QTcpSocket::readyRead, [this, socket]() {
      QByteArray data = socket->readAll();
      QByteArray update = data.mid(data.indexOf("\r\n\r\n") + 4);
      socket->write("HTTP/1.0 200 OK\r\n\r\n");
      onUpdate(update);
    });
  });
}
// CHECK: :[[@LINE-10]]:3: warning: webhook handler for (route set at run time; a webhook by its name 'setWebhook') never verifies the request's signature{{.*}} [integration-unverified-webhook]

// A page of the bot's state on the same kind of server: no webhook.
void Bot::serveStatus(quint16 port) {
  StatusListener->listen(QHostAddress::Any, port);
  QObject::connect(StatusListener, &QTcpServer::newConnection, [this]() {
    QTcpSocket *socket = StatusListener->nextPendingConnection();
    QObject::connect(socket, &QTcpSocket::readyRead, [socket]() {
      socket->readAll();
      socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
                    "<html><body>running</body></html>");
      socket->close();
    });
  });
}

// An Alexa smart-home endpoint: the slot that takes the next client reads
// the directive itself and switches the lights; Alexa signs its requests
// (SignatureCertChainUrl, Signature), nothing here checks them. A second
// endpoint that checks them is verified.
class AlexaEndpoint : public QObject {
public:
  void handleNewConnection();
  void handleSignedConnection();
  void control(const QByteArray &directive);
  bool signatureValid(const QByteArray &chainUrl, const QByteArray &signature,
                      const QByteArray &body);

private:
  QTcpServer m_socketServer;
  QTcpServer m_signedServer;
};

void AlexaEndpoint::handleNewConnection() {
  QTcpSocket *socket = m_socketServer.nextPendingConnection();
  socket->waitForReadyRead();
  QString request = socket->readAll();
  QString payload = request.split("\r\n\r\n").at(1);
  control(payload.toLatin1());
  socket->write("HTTP/1.1 200 OK\r\n");
  socket->write("Content-Type: application/json\r\n\r\n");
  socket->close();
}
// CHECK: :[[@LINE-10]]:21: warning: webhook handler for (route set at run time; a webhook by its name 'AlexaEndpoint') never verifies the request's signature{{.*}} [integration-unverified-webhook]

void AlexaEndpoint::handleSignedConnection() {
  QTcpSocket *socket = m_signedServer.nextPendingConnection();
  socket->waitForReadyRead();
  QByteArray request = socket->readAll();
  int split = request.indexOf("\r\n\r\n");
  QByteArray head = request.left(split), body = request.mid(split + 4);
  QByteArray chainUrl, signature;
  for (const QByteArray &line : head.split('\n')) {
    if (line.startsWith("SignatureCertChainUrl:"))
      chainUrl = line.mid(22).trimmed();
    else if (line.startsWith("Signature:"))
      signature = line.mid(10).trimmed();
  }
  if (!signatureValid(chainUrl, signature, body)) {
    socket->write("HTTP/1.1 400 Bad Request\r\n\r\n");
    socket->close();
    return;
  }
  control(body);
  socket->write("HTTP/1.1 200 OK\r\n\r\n");
  socket->close();
}
