#pragma once

// keywardctl window notice-template: stores the notice template (the subject on the
// command line, the body from stdin), audited. Placeholders: {title} {start} {end}
// {duration} {group}.

#include "cli/Command.h"

namespace keyward::cli {

class WindowNoticeTemplateCommand : public Command
{
public:
    QStringList words() const override
    {
        return {QStringLiteral("window"), QStringLiteral("notice-template")};
    }
    QString arguments() const override { return QStringLiteral("SUBJECT --body-stdin"); }
    QString summary() const override
    {
        return QStringLiteral("store the notice template; placeholders {title} {start}\n"
                              "{end} {duration} {group}");
    }
    Result<CommandRequest> parse(const QStringList &args, const CommandInput &input) const override;
    Result<CommandOutput> present(const QJsonObject &result) const override;
};

} // namespace keyward::cli
