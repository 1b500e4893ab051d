#pragma once

// Puts the console in the admin's language: the one chosen under View > Language,
// or else the system's. Loads Keyward's catalogue (built into the binary from
// translations/*.ts) and Qt's own for the standard dialogs.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace keyward::console {

class Localization
{
public:
    // The languages Keyward ships besides English.
    static QStringList catalogues()
    {
        return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
    }
    // Installs the translators for `code` ("de"), or for the saved choice or the
    // system language when empty. Returns the language in use ("en" if none fits).
    static QString install(QCoreApplication &app, const QString &code = {});
};

} // namespace keyward::console
