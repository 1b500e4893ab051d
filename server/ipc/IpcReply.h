#pragma once

// The outcome of one admin API call, as the client side sees it.

#include <QJsonObject>
#include <QString>

namespace keyward::ipc {

struct IpcReply
{
    bool ok = false;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;

    static IpcReply failure(const QString &code, const QString &message)
    {
        return IpcReply{false, {}, code, message};
    }
};

} // namespace keyward::ipc
