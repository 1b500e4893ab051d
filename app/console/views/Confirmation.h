#pragma once

// Asks the admin to confirm an action that changes something for users. The
// question names the action, says what will happen, and the button repeats the
// action ("Revoke access"), so nothing is done by a reflexive "OK".

#include <QString>

class QWidget;

namespace keyward::console {

class Confirmation
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question,
                    const QString &consequences, const QString &actionLabel,
                    bool destructive = true);
};

} // namespace keyward::console
