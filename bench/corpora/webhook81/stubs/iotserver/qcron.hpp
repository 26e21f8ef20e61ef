// Hand-written declaration-only stub for qcron (external ../../qcron/src in iot_server.pro).
#pragma once
#include <QObject>
#include <QString>
class QCron : public QObject {
public:
    QCron();
    explicit QCron(const QString &pattern);
};
