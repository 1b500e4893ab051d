#pragma once

// Keeps what this connection's role cannot do out of the admin's hands. Every
// action, button or field that calls the server is entered in one map, control to
// method name; the gate disables the controls whose method the server did not
// allow in hello and says in their tooltips which role they need. When the role
// changes (another server, another token) the controls follow.
//
// Pages mark their controls with require() where they make them; the window's
// gate takes every marked control in with adopt(). The gate holds a control off
// whatever its page asks: an action sits in a disabled QActionGroup, a widget is
// put back to disabled when its page enables it (and gets its page's wish back
// once the method is allowed).

#include <QHash>
#include <QObject>
#include <QString>

class QActionGroup;
class QWidget;

namespace keyward::console {

class ServerConnection;

class MethodGate : public QObject
{
    Q_OBJECT

public:
    explicit MethodGate(ServerConnection *connection, QObject *parent = nullptr);

    // Marks a control (a QAction or a widget) as one that calls `method`.
    static void require(QObject *control, const QString &method);
    // Takes every marked control under `root` in.
    void adopt(QObject *root);
    // Puts one control under the gate.
    void guard(QObject *control, const QString &method);
    // The map: every control under the gate and the method it calls.
    const QHash<QObject *, QString> &controls() const { return m_methods; }
    // Whether this control's method is allowed now.
    bool allows(QObject *control) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void applyTo(QObject *control, const QString &method);
    QString refusal(const QString &method) const;
    void forget(QObject *control);

    ServerConnection *m_connection;
    QHash<QObject *, QString> m_methods;
    QHash<QString, QActionGroup *> m_groups; // one per method, for the actions
    QHash<QObject *, QString> m_toolTips;    // as the page wrote them
    QHash<QObject *, bool> m_wanted;         // widgets: enabled as the page wants them
    bool m_applying = false;
};

} // namespace keyward::console
