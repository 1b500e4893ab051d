#pragma once

// The admin API's methods by name. Each admin service registers its own methods
// here; the IPC server dispatches every request that passed hello to it. Kept apart
// from the sockets so that a service can be driven by a test without any.

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

    // Registers a method; a name registered twice is a programming error.
    void add(const QString &name, Handler handler);
    bool contains(const QString &name) const { return m_methods.contains(name); }
    QStringList names() const;
    // Runs the method's handler, or answers unknown-method.
    void dispatch(const IpcRequest &request, const IpcResponder &reply) const;

private:
    QHash<QString, Handler> m_methods;
};

} // namespace keyward::ipc
