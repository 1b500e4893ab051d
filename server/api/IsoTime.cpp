#include "api/IsoTime.h"

namespace keyward::api {

QString IsoTime::seconds(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString IsoTime::milliseconds(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace keyward::api
