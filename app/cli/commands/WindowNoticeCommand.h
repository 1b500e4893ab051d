#pragma once

// keywardctl window notice: the notice for users of a planned window (by id) or of
// the times given, as text and as HTML, from the template keywardd keeps.

#include "cli/Command.h"

namespace keyward::cli {

class WindowNoticeCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("notice")};
    }
    QString arguments() const override
    {
        return QStringLiteral("ID | --title T --start START [--minutes M]");
    }
    QString summary() const override
    {
        return QStringLiteral("the notice for users, as text and HTML");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
