#include "cli/commands/PolicyText.h"

#include <QJsonArray>
#include <QVariant>

namespace keyward::cli {

QString PolicyText::text(const api::PolicySettings &policy, const QStringList &weaknesses)
{
    QString out;
    // As the wire spells them, in the wire's (alphabetical) order.
    const QJsonObject settings = policy.toJson();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QJsonValue v = it.value();
        out += QStringLiteral("%1 = %2\n")
                   .arg(it.key(), v.isArray()  ? v.toVariant().toStringList().join(QLatin1Char(','))
                                  : v.isBool() ? (v.toBool() ? QStringLiteral("true")
                                                             : QStringLiteral("false"))
                                               : QString::number(v.toDouble()));
    }
    for (const QString &w : weaknesses)
        out += QStringLiteral("WEAK: ") + w + QLatin1Char('\n');
    return out;
}

} // namespace keyward::cli
