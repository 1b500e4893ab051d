#include "cli/Command.h"

#include <QJsonDocument>

namespace keyward::cli {

Result<CommandOutput> Command::runOffline(const CommandRequest &, const CommandInput &, bool) const
{
    return fail(ErrorKind::Internal, "this command needs a server");
}

QString Command::synopsis() const
{
    const QString name = words().join(QLatin1Char(' '));
    return arguments().isEmpty() ? name : name + QLatin1Char(' ') + arguments();
}

Error Command::usage(const QString &why) const
{
    return fail(ErrorKind::Invalid, why.toStdString());
}

Error Command::expects() const
{
    return usage(QStringLiteral("%1 expects %2")
                     .arg(words().join(QLatin1Char(' ')),
                          arguments().isEmpty() ? QStringLiteral("no arguments") : arguments()));
}

Status Command::count(const QStringList &args, int min, int max) const
{
    if (args.size() < min || args.size() > max)
        return expects();
    return {};
}

Result<int> Command::number(const QString &word, const QString &what, int min) const
{
    bool ok = false;
    const int value = word.toInt(&ok);
    if (!ok || value < min)
        return usage(min > 0
                         ? QStringLiteral("%1 must be a whole number from %2, not '%3'")
                               .arg(what)
                               .arg(min)
                               .arg(word)
                         : QStringLiteral("%1 must be a whole number, not '%2'").arg(what, word));
    return value;
}

QString Command::indented(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace keyward::cli
