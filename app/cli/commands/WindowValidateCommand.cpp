#include "cli/commands/WindowValidateCommand.h"

#include "api/AdminMethod.h"
#include "api/WindowStepMessages.h"

namespace keyward::cli {

Result<CommandRequest> WindowValidateCommand::parse(const QStringList &args,
                                                    const CommandInput &) const
{
    if (auto counted = count(args, 0, 0); !counted)
        return counted.error();
    return CommandRequest{api::Method::WindowValidate, {}};
}

Result<CommandOutput> WindowValidateCommand::present(const QJsonObject &result) const
{
    auto validation = api::ValidationResult::fromJson(result);
    if (!validation)
        return validation.error();
    QString text;
    for (const api::ValidationCheck &c : std::as_const(validation->checks))
        text +=
            QStringLiteral("%1  %2: %3\n")
                .arg(c.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"), c.name, c.detail);
    text += QStringLiteral("test account %1 deleted; validation %2\n")
                .arg(validation->account,
                     validation->passed ? QStringLiteral("passed") : QStringLiteral("FAILED"));
    return CommandOutput{text, validation->passed ? Ok : Failed};
}

} // namespace keyward::cli
