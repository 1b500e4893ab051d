#include "dissect/CaptureFinding.h"

namespace keyward::capture {

QString toString(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

} // namespace keyward::capture
