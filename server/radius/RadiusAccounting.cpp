#include "radius/RadiusAccounting.h"

#include <QHostAddress>
#include <QLoggingCategory>

namespace keyward::radius {

namespace {

Q_LOGGING_CATEGORY(lcAccounting, "keyward.radius.accounting")

quint32 ipv4(const QString &text)
{
    bool ok = false;
    const quint32 address = QHostAddress(text).toIPv4Address(&ok);
    return ok ? address : 0;
}

// The accounting client's view of the servers: their accounting ports.
QList<RadiusClient::Server> accountingPorts(QList<RadiusClient::Server> servers)
{
    for (RadiusClient::Server &server : servers)
        server.config.port = server.config.acctPort;
    return servers;
}

} // namespace

RadiusAccounting::RadiusAccounting(QList<RadiusClient::Server> servers, RadiusClient::Timing timing,
                                   std::unique_ptr<AccountingJournal> journal, Options options,
                                   QObject *parent)
    : QObject(parent),
      m_client(std::make_unique<RadiusClient>(accountingPorts(std::move(servers)), timing)),
      m_journal(std::move(journal)), m_options(std::move(options))
{
    m_client->setRequireMessageAuthenticator(false);
    m_options.window = std::max(1, m_options.window);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &RadiusAccounting::pump);
    m_interim.setInterval(5000);
    connect(&m_interim, &QTimer::timeout, this, &RadiusAccounting::onInterimTick);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        qCWarning(lcAccounting).noquote()
            << "Accounting-Off not answered in time; it stays in the journal with"
            << m_journal->pendingCount() << "record(s) in all";
        finishStop();
    });
}

RadiusAccounting::~RadiusAccounting()
{
    m_journal->sync();
}

Status RadiusAccounting::start()
{
    Status opened = m_journal->open();
    add(nasRecord(AccountingRecord::Status::AccountingOn, now()));
    m_interim.start();
    QStringList names;
    for (int i = 0; i < m_client->serverCount(); ++i)
        names << m_client->serverConfig(i).name();
    qCInfo(lcAccounting).noquote()
        << "RADIUS accounting to" << names.join(QStringLiteral(", ")) << "; journal"
        << m_journal->path() << "(" << m_journal->pendingCount() << "record(s) waiting)";
    return opened;
}

void RadiusAccounting::stop(int maxWaitMs, std::function<void()> done)
{
    m_interim.stop();
    m_stopDone = std::move(done);
    m_offSequence = 0;
    add(nasRecord(AccountingRecord::Status::AccountingOff, now()));
    m_offSequence = m_journal->pending().empty() ? 0 : m_journal->pending().rbegin()->first;
    m_journal->sync();
    if (m_backoff.isActive() || m_offSequence == 0) {
        // No server answered lately: the Off waits in the journal for the next start.
        finishStop();
        return;
    }
    m_stopDeadline.start(maxWaitMs);
}

void RadiusAccounting::finishStop()
{
    m_stopDeadline.stop();
    m_journal->sync();
    if (auto done = std::exchange(m_stopDone, {}))
        done();
}

void RadiusAccounting::add(AccountingRecord record)
{
    m_journal->append(std::move(record));
    scheduleSync();
    pump();
}

void RadiusAccounting::scheduleSync()
{
    // One fdatasync for every record journaled in this pass of the event loop.
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_syncQueued = false;
        m_journal->sync();
    });
}

void RadiusAccounting::pump()
{
    if (m_backoff.isActive())
        return;
    const qint64 at = now();
    for (const auto &[sequence, record] : m_journal->pending()) {
        if (m_inFlight.size() >= m_options.window)
            break;
        if (m_inFlight.contains(sequence))
            continue;
        m_inFlight.insert(sequence);
        const quint64 id = sequence;
        m_client->send(record.toRequest(at), [this, id](Result<RadiusClient::Answer> answer) {
            onAnswer(id, std::move(answer));
        });
    }
}

void RadiusAccounting::onAnswer(quint64 sequence, Result<RadiusClient::Answer> answer)
{
    m_inFlight.remove(sequence);
    if (answer && answer->packet.code == RadiusCode::AccountingResponse) {
        const auto it = m_journal->pending().find(sequence);
        if (it != m_journal->pending().end())
            qCDebug(lcAccounting).noquote() << AccountingRecord::toString(it->second.status)
                                            << "of session" << it->second.sessionId << "answered by"
                                            << m_client->serverConfig(answer->server).name();
        if (m_backoffMs > 0)
            qCInfo(lcAccounting).noquote()
                << "RADIUS accounting answered again by"
                << m_client->serverConfig(answer->server).name() << ";"
                << m_journal->pendingCount() - 1 << "record(s) still waiting";
        m_backoffMs = 0;
        m_lastServer = m_client->serverConfig(answer->server).name();
        m_lastAnswer = QDateTime::currentDateTimeUtc();
        m_journal->acknowledge(sequence);
        scheduleSync();
        if (sequence == m_offSequence && m_stopDone) {
            qCInfo(lcAccounting).noquote() << "Accounting-Off answered by" << m_lastServer;
            finishStop();
            return;
        }
        pump();
        return;
    }
    const QString why = answer ? QStringLiteral("an answer that is not an Accounting-Response")
                               : QString::fromStdString(answer.message());
    if (m_backoff.isActive())
        return; // another record's failure already set the wait
    m_backoffMs = m_backoffMs == 0 ? m_options.firstBackoffMs
                                   : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    qCWarning(lcAccounting).noquote()
        << "RADIUS accounting:" << why << ";" << m_journal->pendingCount()
        << "record(s) wait in the journal; trying again in" << m_backoffMs / 1000.0 << "s";
    m_backoff.start(m_backoffMs);
    if (m_stopDone)
        finishStop();
}

void RadiusAccounting::onSessionUp(const core::LiveSession &session)
{
    if (session.accountingSessionId.isEmpty() || m_sessions.contains(session.accountingSessionId))
        return;
    const qint64 at = now();
    Tracked tracked;
    tracked.interval = session.acctInterimSeconds > 0 ? std::max(60, session.acctInterimSeconds)
                                                      : m_options.interimSeconds;
    if (tracked.interval > 0)
        tracked.nextInterim = at + tracked.interval;
    m_sessions.insert(session.accountingSessionId, tracked);
    add(sessionRecord(session, AccountingRecord::Status::Start, at));
}

void RadiusAccounting::onSessionEnded(const core::LiveSession &session)
{
    if (!m_sessions.remove(session.accountingSessionId))
        return; // never up: no Start, so no Stop
    const qint64 at = session.endedAt.isValid() ? session.endedAt.toSecsSinceEpoch() : now();
    add(sessionRecord(session, AccountingRecord::Status::Stop, at));
}

void RadiusAccounting::onInterimTick()
{
    const qint64 at = now();
    QSet<QString> due;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->nextInterim > 0 && it->nextInterim <= at) {
            due.insert(it.key());
            it->nextInterim = at + it->interval;
        }
    }
    if (due.isEmpty() || !m_sessionSource)
        return;
    for (const core::LiveSession &session : m_sessionSource())
        if (due.contains(session.accountingSessionId))
            add(sessionRecord(session, AccountingRecord::Status::InterimUpdate, at));
}

AccountingRecord RadiusAccounting::nasRecord(AccountingRecord::Status status, qint64 at) const
{
    AccountingRecord record;
    record.status = status;
    // RFC 2866 asks for an Acct-Session-Id in every request: this start's own.
    record.sessionId = QStringLiteral("%1")
                           .arg(QDateTime::currentMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
                           .toUpper() +
                       QStringLiteral("0000");
    record.nasAddress = m_options.nasAddress;
    record.nasIdentifier = m_options.nasIdentifier;
    record.eventTime = at;
    return record;
}

AccountingRecord RadiusAccounting::sessionRecord(const core::LiveSession &session,
                                                 AccountingRecord::Status status, qint64 at) const
{
    AccountingRecord record = nasRecord(status, at);
    record.sessionId = session.accountingSessionId;
    record.user = session.user;
    record.nasPort = session.id;
    record.callingStation = session.peerAddress;
    record.calledStation = m_options.calledStation;
    record.framedAddress = ipv4(session.tunnelAddress);
    record.radiusClass = session.radiusClass;
    record.radiusAuthenticated = session.radiusAuthenticated;
    if (status != AccountingRecord::Status::Start && session.hasCounters) {
        record.inputOctets = static_cast<quint64>(std::max<qint64>(0, session.bytesIn));
        record.outputOctets = static_cast<quint64>(std::max<qint64>(0, session.bytesOut));
        record.inputPackets = static_cast<quint64>(std::max<qint64>(0, session.packetsIn));
        record.outputPackets = static_cast<quint64>(std::max<qint64>(0, session.packetsOut));
    }
    if (status != AccountingRecord::Status::Start && session.startedAt.isValid())
        record.sessionSeconds = std::max<qint64>(0, at - session.startedAt.toSecsSinceEpoch());
    if (status == AccountingRecord::Status::Stop)
        record.terminateCause = core::acctTerminateCause(session.endCause);
    return record;
}

RadiusAccounting::State RadiusAccounting::state() const
{
    State state;
    state.queued = m_journal->pendingCount();
    state.dropped = m_journal->dropped();
    state.onDisk = m_journal->onDisk();
    state.lastServer = m_lastServer;
    state.lastAnswer = m_lastAnswer;
    state.waiting = m_backoff.isActive();
    return state;
}

} // namespace keyward::radius
