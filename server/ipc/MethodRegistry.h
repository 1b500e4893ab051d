#pragma once

// The admin API's methods by name. Each admin service registers its own methods
// here; the IPC server dispatches every request that passed hello to it. Kept apart
// from the sockets so that a service can be driven by a test without any.
//
// This dispatch is the one place where a caller's role is checked (against the
// table in api/AdminRole.h): a call the role does not allow is answered "forbidden",
// naming the role needed, and reported to the denied observer; no service checks
// roles itself.

#include "ipc/IpcRequest.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace keyward::ipc {

class MethodRegistry
{
public:
    using Handler = std::function<void(const IpcRequest &, const IpcResponder &)>;
    // Told of every call refused for the caller's role, with the answer's message.
    using DeniedObserver = std::function<void(const IpcRequest &, const QString &why)>;

    // Registers a method; a name registered twice is a programming error.
    void add(const QString &name, Handler handler);
    bool contains(const QString &name) const { return m_methods.contains(name); }
    QStringList names() const;
    // Runs the method's handler when the caller's role allows it; answers
    // unknown-method or forbidden otherwise.
    void dispatch(const IpcRequest &request, const IpcResponder &reply) const;
    void setDeniedObserver(DeniedObserver observer) { m_denied = std::move(observer); }

private:
    QHash<QString, Handler> m_methods;
    DeniedObserver m_denied;
};

} // namespace keyward::ipc
