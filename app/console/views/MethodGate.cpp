#include "views/MethodGate.h"

#include "client/ServerConnection.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QWidget>

namespace keyward::console {

namespace {
constexpr const char *MethodProperty = "keywardMethod";
}

MethodGate::MethodGate(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    connect(m_connection, &ServerConnection::accessChanged, this, &MethodGate::apply);
}

void MethodGate::require(QObject *control, const QString &method)
{
    control->setProperty(MethodProperty, method);
}

void MethodGate::adopt(QObject *root)
{
    const QList<QObject *> all = root->findChildren<QObject *>();
    for (QObject *o : all) {
        const QString method = o->property(MethodProperty).toString();
        if (!method.isEmpty() && (qobject_cast<QAction *>(o) || o->isWidgetType()))
            guard(o, method);
    }
}

void MethodGate::guard(QObject *control, const QString &method)
{
    if (m_methods.contains(control))
        return;
    m_methods.insert(control, method);
    connect(control, &QObject::destroyed, this, &MethodGate::forget);
    if (auto *action = qobject_cast<QAction *>(control)) {
        m_toolTips.insert(control, action->toolTip());
        QActionGroup *&group = m_groups[method];
        if (!group) {
            group = new QActionGroup(this);
            group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
        }
        group->addAction(action);
    } else if (auto *widget = qobject_cast<QWidget *>(control)) {
        m_toolTips.insert(control, widget->toolTip());
        m_wanted.insert(control, !widget->testAttribute(Qt::WA_ForceDisabled));
        widget->installEventFilter(this);
    }
    applyTo(control, method);
}

bool MethodGate::allows(QObject *control) const
{
    return m_connection->access().allows(m_methods.value(control));
}

void MethodGate::forget(QObject *control)
{
    m_methods.remove(control);
    m_toolTips.remove(control);
    m_wanted.remove(control);
}

void MethodGate::apply()
{
    const AdminAccess &access = m_connection->access();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setEnabled(access.allows(it.key()));
    for (auto it = m_methods.cbegin(); it != m_methods.cend(); ++it)
        applyTo(it.key(), it.value());
}

QString MethodGate::refusal(const QString &method) const
{
    const QString needed = AdminAccess::roleLabel(AdminAccess::neededRole(method));
    const QString role = m_connection->access().role();
    if (role.isEmpty())
        return tr("Needs the %1 role.").arg(needed);
    return tr("Needs the %1 role; this connection has the %2 role.")
        .arg(needed, AdminAccess::roleLabel(role));
}

void MethodGate::applyTo(QObject *control, const QString &method)
{
    const bool allowed = m_connection->access().allows(method);
    const QString original = m_toolTips.value(control);
    const QString tip = allowed
                            ? original
                            : (original.isEmpty() ? refusal(method)
                                                  : original + QLatin1Char('\n') + refusal(method));
    if (auto *action = qobject_cast<QAction *>(control)) {
        m_groups.value(method)->setEnabled(allowed);
        action->setToolTip(tip);
    } else if (auto *widget = qobject_cast<QWidget *>(control)) {
        m_applying = true;
        widget->setEnabled(allowed && m_wanted.value(control, true));
        widget->setToolTip(tip);
        m_applying = false;
    }
}

bool MethodGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !m_applying && m_methods.contains(watched)) {
        auto *widget = static_cast<QWidget *>(watched);
        // The page said what it wants; the role may still say no.
        m_wanted.insert(watched, !widget->testAttribute(Qt::WA_ForceDisabled));
        if (!allows(watched) && widget->isEnabled()) {
            m_applying = true;
            widget->setEnabled(false);
            m_applying = false;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keyward::console
