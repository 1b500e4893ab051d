#pragma once

// One RADIUS accounting record (RFC 2866) as plain data: what happened (Start,
// Interim-Update, Stop, Accounting-On/Off), to which session, with its counters and
// when. It builds its Accounting-Request at each send, with Acct-Delay-Time as the
// seconds since the event (a changed delay makes a new packet, with a new identifier),
// and it is one line of the accounting journal (JSON, no secret in it).

#include "common/Result.h"
#include "radius/RadiusPacket.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace keyward::radius {

struct AccountingRecord
{
    // Acct-Status-Type values (RFC 2866 §5.1).
    enum class Status : std::uint32_t
    {
        Start = 1,
        Stop = 2,
        InterimUpdate = 3,
        AccountingOn = 7,
        AccountingOff = 8,
    };

    quint64 sequence = 0; // the journal's number for it (0 until journaled)
    Status status = Status::Start;
    QString sessionId; // Acct-Session-Id
    QString user;
    quint32 nasAddress = 0; // NAS-IP-Address, host order; 0: not sent
    QString nasIdentifier;
    quint32 nasPort = 0;              // the call id
    QString callingStation;           // the client's address
    QString calledStation;            // the server's address
    quint32 framedAddress = 0;        // the tunnel address, host order; 0: not sent
    QByteArray radiusClass;           // Class from the Access-Accept, echoed unchanged
    bool radiusAuthenticated = false; // Acct-Authentic RADIUS, else Local
    quint64 inputOctets = 0;          // from the client
    quint64 outputOctets = 0;         // to the client
    quint64 inputPackets = 0;
    quint64 outputPackets = 0;
    qint64 sessionSeconds = 0;
    int terminateCause = 0; // Acct-Terminate-Cause (Stop only); 0: not sent
    qint64 eventTime = 0;   // seconds since the epoch (Event-Timestamp)

    static QString toString(Status status);
    bool isSessionRecord() const
    {
        return status == Status::Start || status == Status::Stop || status == Status::InterimUpdate;
    }

    // The Accounting-Request as sent at `now` (seconds since the epoch): the identifier
    // and authenticator are the client's.
    RadiusPacket toRequest(qint64 now) const;

    // One journal line (compact JSON, no newline) and back; a line that is not a
    // record is an error naming what is wrong.
    QByteArray toJournalLine() const;
    [[nodiscard]] static Result<AccountingRecord> fromJournalLine(const QByteArray &line);
};

} // namespace keyward::radius
