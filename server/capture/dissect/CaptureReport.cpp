#include "dissect/CaptureReport.h"

namespace keyward::capture {

QJsonObject CaptureReport::toJson() const
{
    return {};
}

QString CaptureReport::toText() const
{
    return {};
}

} // namespace keyward::capture
