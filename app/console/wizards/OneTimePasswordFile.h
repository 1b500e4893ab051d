#pragma once

// One-time passwords handed out as a file: name,password lines in a CSV file that is
// readable and writable by its owner only (0600) before a byte is written.

#include "api/UserMessages.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keyward::console {

class OneTimePasswordFile
{
    Q_DECLARE_TR_FUNCTIONS(OneTimePasswordFile)

public:
    // Writes the file; an error in words, or empty.
    [[nodiscard]] static QString write(const QString &path,
                                       const QList<api::OneTimePassword> &passwords);
};

} // namespace keyward::console
