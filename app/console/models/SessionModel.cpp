#include "models/SessionModel.h"

#include "api/AdminEvent.h"
#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/DisplayFormat.h"

#include <QColor>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace keyward::console {

SessionModel::SessionModel(QObject *parent) : KeyedTableModel<SessionRow>(parent)
{
    m_clock.start();
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_revision >= 0)
            tick();
        else
            refresh();
    });
    // Events come in bursts (a hundred users connecting at 9:00); one refresh each burst.
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    connect(&m_soon, &QTimer::timeout, this, &SessionModel::refresh);
}

void SessionModel::setServerName(const QString &name)
{
    if (name == m_serverName)
        return;
    m_serverName = name;
    if (rowCount() > 0)
        emit dataChanged(index(0, Server), index(rowCount() - 1, Server));
}

QString SessionModel::signInLabel(const QString &backend)
{
    if (backend == QLatin1String("radius"))
        return tr("RADIUS");
    if (backend == QLatin1String("local"))
        return tr("Local");
    if (backend == QLatin1String("local (RADIUS down)"))
        return tr("Local (RADIUS down)");
    return backend; // a backend this console does not know yet: as the server names it
}

void SessionModel::setConnection(ServerConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    connect(connection, &ServerConnection::online, this, &SessionModel::onOnline);
    connect(connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Online) {
                    m_poll.stop();
                    m_soon.stop();
                    m_inFlight = false;
                    m_revision = -1;
                    clearRows();
                }
            });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &event, const QJsonObject &data) {
                if (event == api::Event::SessionDelta)
                    applyDelta(data);
                else if (event.startsWith(api::Event::SessionPrefix) && m_revision < 0)
                    m_soon.start();
            });
    if (connection->state() == ServerConnection::State::Online)
        onOnline();
}

void SessionModel::onOnline()
{
    m_deltasGranted = m_connection && m_connection->receives(api::Event::SessionDelta);
    m_revision = -1;
    m_poll.start();
    refresh();
}

void SessionModel::refresh()
{
    if (!m_connection || m_inFlight || m_connection->state() != ServerConnection::State::Online)
        return;
    m_inFlight = true;
    QPointer<SessionModel> self(this);
    m_connection->call(api::Method::SessionList, {}, [self](const ipc::IpcReply &reply) {
        if (!self)
            return;
        self->m_inFlight = false;
        if (!reply.ok) {
            emit self->refreshFailed(reply.errorMessage);
            return;
        }
        auto list = api::SessionListResult::fromJson(reply.result);
        if (!list) {
            emit self->refreshFailed(QString::fromStdString(list.message()));
            return;
        }
        self->applyList(*list);
    });
}

void SessionModel::resync()
{
    m_revision = -1;
    refresh();
}

SessionRow SessionModel::rowFrom(const api::SessionListEntry &entry) const
{
    const api::SessionInfo &s = entry.session;
    SessionRow r;
    r.id = s.id;
    r.user = s.user;
    r.peer = s.peerAddress;
    r.tunnel = s.assignedTunnel();
    r.strengthBits = s.mppeBits();
    r.mode = s.mppeMode;
    r.state = s.state;
    r.client = s.clientVersion.isEmpty() ? s.client : s.client + QLatin1Char(' ') + s.clientVersion;
    r.clientLegacy = s.clientLegacy;
    r.signIn = s.signIn;
    r.durationSeconds = entry.durationSeconds;
    r.atMs = m_nowMs;
    if (entry.traffic) {
        r.idleSeconds = entry.traffic->idleSeconds;
        r.bytesIn = entry.traffic->bytesIn;
        r.bytesOut = entry.traffic->bytesOut;
        if (const auto &flow = entry.traffic->flow) {
            r.packetsQueued = flow->packetsQueued;
            r.windowTimeouts = flow->windowTimeouts;
            r.packetsDropped = flow->packetsDropped;
            r.packetsLost = flow->packetsLost;
            r.drops = flow->drops;
        }
    }
    return r;
}

qint64 SessionModel::durationOf(const SessionRow &r) const
{
    return r.durationSeconds + std::max<qint64>(0, m_nowMs - r.atMs) / 1000;
}

qint64 SessionModel::idleOf(const SessionRow &r) const
{
    return r.idleSeconds + std::max<qint64>(0, m_nowMs - r.atMs) / 1000;
}

void SessionModel::applySnapshot(const QJsonArray &sessions)
{
    auto list = api::SessionListResult::fromJson({{QStringLiteral("sessions"), sessions}});
    if (!list) {
        emit refreshFailed(QString::fromStdString(list.message()));
        return;
    }
    applySessions(list->sessions);
}

void SessionModel::applyList(const api::SessionListResult &list)
{
    applySessions(list.sessions);
    m_revision = m_deltasGranted && list.revision ? *list.revision : -1;
}

void SessionModel::applySessions(const QList<api::SessionListEntry> &sessions)
{
    m_nowMs = m_clock.elapsed();
    std::vector<SessionRow> incoming;
    incoming.reserve(static_cast<size_t>(sessions.size()));
    for (const api::SessionListEntry &entry : sessions)
        incoming.push_back(rowFrom(entry));
    merge(std::move(incoming), ColumnCount);
    m_revision = -1;
    emit refreshed();
}

bool SessionModel::applyDelta(const QJsonObject &data)
{
    if (m_inFlight)
        return true; // the list on its way covers it
    if (m_revision < 0)
        return false;
    const auto delta = api::SessionDeltaEvent::fromJson(data);
    if (!delta || delta->seq != m_revision + 1) {
        if (delta && delta->seq <= m_revision)
            return true; // already in what the model has
        resync();
        return false;
    }
    m_nowMs = m_clock.elapsed();
    // Counters first (they name sessions the model must know), then the rest. New
    // counters are shown at the next tick: a sorting view re-sorts its rows once a
    // second, not once for each delta.
    for (const api::SessionCounters &c : delta->counters) {
        const int at = rowOf(c.id);
        if (at < 0) {
            resync();
            return false;
        }
        SessionRow &r = editRow(at);
        if (r.bytesIn == c.traffic.bytesIn && r.bytesOut == c.traffic.bytesOut &&
            idleOf(r) == c.traffic.idleSeconds)
            continue;
        // The duration keeps counting from the same start.
        r.durationSeconds = durationOf(r);
        r.atMs = m_nowMs;
        r.idleSeconds = c.traffic.idleSeconds;
        r.bytesIn = c.traffic.bytesIn;
        r.bytesOut = c.traffic.bytesOut;
        m_countersChanged = true;
    }
    std::vector<SessionRow> upserts;
    upserts.reserve(static_cast<size_t>(delta->sessions.size()));
    for (const api::SessionListEntry &entry : delta->sessions)
        upserts.push_back(rowFrom(entry));
    upsertAndRemove(std::move(upserts), std::vector<int>(delta->ended.begin(), delta->ended.end()),
                    ColumnCount);
    m_revision = delta->seq;
    emit refreshed();
    return true;
}

void SessionModel::tick()
{
    m_nowMs = m_clock.elapsed();
    if (rowCount() > 0)
        emit dataChanged(index(0, Duration),
                         index(rowCount() - 1, m_countersChanged ? Sent : Idle));
    m_countersChanged = false;
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRow &r = rowAt(index.row());
    switch (role) {
    case SessionIdRole:
        return r.id;
    case StrengthBitsRole:
        return r.strengthBits;
    case UserNameRole:
        return r.user;
    case Qt::TextAlignmentRole:
        return index.column() >= Duration && index.column() < SignIn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Mppe) {
            if (r.strengthBits == 128)
                return tr("128-bit MPPE: the strongest PPTP offers.");
            if (r.strengthBits > 0)
                return tr("%1-bit MPPE is weak: its keys can be broken. Only allowed because "
                          "the policy allows it.")
                    .arg(r.strengthBits);
            return tr("Encryption is still being agreed.");
        }
        if (index.column() == Queued)
            return tr("Packets that waited for the client's GRE window before they were sent; "
                      "the window was opened %n time(s) because no acknowledgment came.",
                      nullptr, int(r.windowTimeouts));
        if (index.column() == Dropped)
            return tr("Before encryption was on: %1\nQueue full (client's window full): %2\n"
                      "Encryption failed: %3\nDecryption failed: %4\nUnencrypted, refused: %5\n"
                      "Duplicate: %6\nLate (out of order): %7\nMalformed: %8\n"
                      "Longer than the client accepts (its MRU): %9")
                .arg(r.drops.noKeys)
                .arg(r.drops.windowFull)
                .arg(r.drops.encrypt)
                .arg(r.drops.decrypt)
                .arg(r.drops.unencrypted)
                .arg(r.drops.duplicate)
                .arg(r.drops.late)
                .arg(r.drops.malformed)
                .arg(r.drops.tooLong);
        if (index.column() == Lost)
            return tr("Packets from the client that never arrived (gaps in its GRE sequence "
                      "numbers).");
        if (index.column() == Client && r.clientLegacy)
            return tr("A legacy client: it offers only weak encryption or authentication.");
        if (index.column() == SignIn) {
            if (r.signIn == QLatin1String("radius"))
                return tr("The RADIUS server checked this user's password.");
            if (r.signIn == QLatin1String("local"))
                return tr("Keyward's own user store checked this user's password.");
            if (r.signIn == QLatin1String("local (RADIUS down)"))
                return tr("No RADIUS server answered, so Keyward's own user store checked this "
                          "user's password (the group allows this fallback).");
            return tr("Not known yet: the user is still signing in, or the server does not say.");
        }
        if (index.column() == Server)
            return tr("The server this session is on.");
        if (index.column() == Mode && r.mode == QLatin1String("stateful"))
            return tr("Stateful MPPE: keys change every 256 packets, and one lost packet stalls "
                      "the tunnel until it resynchronises.");
        return {};
    case SortRole:
        switch (index.column()) {
        case Mppe:
            return r.strengthBits;
        case Duration:
            return durationOf(r);
        case Idle:
            return idleOf(r);
        case Received:
            return r.bytesIn;
        case Sent:
            return r.bytesOut;
        case Queued:
            return r.packetsQueued;
        case Dropped:
            return r.packetsDropped;
        case Lost:
            return r.packetsLost;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case User:
            return r.user.isEmpty() ? tr("(signing in)") : r.user;
        case Peer:
            return r.peer;
        case TunnelAddress:
            return r.tunnel;
        case Mppe:
            return r.strengthBits > 0 ? tr("%1-bit").arg(r.strengthBits) : tr("none yet");
        case Mode:
            return r.mode == QLatin1String("stateful")    ? tr("stateful")
                   : r.mode == QLatin1String("stateless") ? tr("stateless")
                                                          : QString();
        case Duration:
            return DisplayFormat::duration(durationOf(r));
        case Idle:
            return DisplayFormat::duration(idleOf(r));
        case Received:
            return DisplayFormat::bytes(r.bytesIn);
        case Sent:
            return DisplayFormat::bytes(r.bytesOut);
        case Queued:
            return QLocale().toString(r.packetsQueued);
        case Dropped:
            return QLocale().toString(r.packetsDropped);
        case Lost:
            return QLocale().toString(r.packetsLost);
        case Client:
            return r.clientLegacy ? tr("%1 (legacy)").arg(r.client) : r.client;
        case SignIn:
            return signInLabel(r.signIn);
        case Server:
            return m_serverName;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SignIn)
        return tr("Who checked the user's password: a RADIUS server, or Keyward's own user "
                  "store (also when RADIUS was down and the group allows falling back to it).");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case User:
        return tr("User");
    case Peer:
        return tr("Connected from");
    case TunnelAddress:
        return tr("Tunnel address");
    case Mppe:
        return tr("Encryption");
    case Mode:
        return tr("Key changes");
    case Duration:
        return tr("Connected for");
    case Idle:
        return tr("Idle");
    case Received:
        return tr("Received");
    case Sent:
        return tr("Sent");
    case Queued:
        return tr("Queued");
    case Dropped:
        return tr("Dropped");
    case Lost:
        return tr("Lost");
    case Client:
        return tr("Client");
    case SignIn:
        return tr("Sign-in");
    case Server:
        return tr("Server");
    default:
        return {};
    }
}

QHash<int, int> SessionModel::countByStrength() const
{
    QHash<int, int> counts;
    for (const SessionRow &r : rows())
        ++counts[r.strengthBits];
    return counts;
}

} // namespace keyward::console
