#pragma once

// RADIUS accounting (RFC 2866): a Start when a session is up, Interim-Updates while it
// lasts (when asked for), a Stop with its final counters and terminate cause when it
// ends; Accounting-On when keywardd starts and Accounting-Off when it stops cleanly.
//
// Every record goes into the journal first (AccountingJournal: on disk, replayed at
// start), then out in order, a few at a time, through this class's own RadiusClient
// aimed at each server's accounting port. An Accounting-Response (its Response
// Authenticator checked; no Message-Authenticator required: RFC 3579 concerns
// Access-* packets) acknowledges the record in the journal. When no server answers,
// sending waits, 5 s at first and twice as long each time up to 4 minutes, and starts
// again from the journal. Each send builds the packet anew with the Acct-Delay-Time
// of that moment.

#include "common/Result.h"
#include "core/LiveSession.h"
#include "radius/AccountingJournal.h"
#include "radius/RadiusClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace keyward::radius {

class RadiusAccounting : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString nasIdentifier;
        quint32 nasAddress = 0; // NAS-IP-Address, host order; 0: not sent
        QString calledStation;  // Called-Station-Id: the server's address
        int interimSeconds = 0; // Interim-Update interval unless the Access-Accept
                                // gave one; 0: none
        int window = 4;         // records in flight at once
        int firstBackoffMs = 5000;
        int maxBackoffMs = 240000;
    };

    // What `status` shows.
    struct State
    {
        int queued = 0;       // records waiting for an answer
        qint64 dropped = 0;   // records the queue's bound dropped
        bool onDisk = true;   // false while the journal cannot be written
        QString lastServer;   // the server of the last answer
        QDateTime lastAnswer; // UTC; invalid: none yet
        bool waiting = false; // no server answered: waiting to retry
    };

    using SessionSource = std::function<QList<core::LiveSession>()>;

    RadiusAccounting(QList<RadiusClient::Server> servers, RadiusClient::Timing timing,
                     std::unique_ptr<AccountingJournal> journal, Options options,
                     QObject *parent = nullptr);
    ~RadiusAccounting() override;

    // The live sessions with their counters, for Interim-Updates.
    void setSessionSource(SessionSource source) { m_sessionSource = std::move(source); }
    // Replays the journal, queues Accounting-On and starts sending. A journal that
    // cannot be read or written is an error; accounting then runs from memory.
    [[nodiscard]] Status start();
    // Queues Accounting-Off and calls `done` once it is answered, or after `maxWaitMs`,
    // or at once when no server answered lately (it stays in the journal).
    void stop(int maxWaitMs, std::function<void()> done);

    // Journals `record` and sends it when its turn comes.
    void add(AccountingRecord record);

    // Session life (SessionRegistry's signals). A Stop goes only for a session that had
    // a Start.
    void onSessionUp(const core::LiveSession &session);
    void onSessionEnded(const core::LiveSession &session);

    State state() const;
    const AccountingJournal &journal() const { return *m_journal; }

private:
    struct Tracked
    {
        qint64 nextInterim = 0; // seconds since the epoch; 0: no Interim-Updates
        int interval = 0;
    };

    AccountingRecord sessionRecord(const core::LiveSession &session,
                                   AccountingRecord::Status status, qint64 now) const;
    AccountingRecord nasRecord(AccountingRecord::Status status, qint64 now) const;
    void pump();
    void onAnswer(quint64 sequence, Result<RadiusClient::Answer> answer);
    void onInterimTick();
    void scheduleSync();
    void finishStop();
    static qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    std::unique_ptr<RadiusClient> m_client;
    std::unique_ptr<AccountingJournal> m_journal;
    Options m_options;
    SessionSource m_sessionSource;
    QSet<quint64> m_inFlight;
    QHash<QString, Tracked> m_sessions; // by Acct-Session-Id: sessions that had a Start
    QTimer m_backoff;
    int m_backoffMs = 0;
    QTimer m_interim;
    bool m_syncQueued = false;
    QString m_lastServer;
    QDateTime m_lastAnswer;
    quint64 m_offSequence = 0;
    std::function<void()> m_stopDone;
    QTimer m_stopDeadline;
};

} // namespace keyward::radius
