#pragma once

// How keywardctl prints one-time passwords handed out for many users at once
// (user import, user rotate): a count, a warning, and a table.

#include "api/UserMessages.h"

#include <QString>

namespace keyward::cli {

class OneTimePasswords
{
public:
    static QString text(const QList<api::OneTimePassword> &passwords);
};

} // namespace keyward::cli
