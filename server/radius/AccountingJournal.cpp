#include "radius/AccountingJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keyward::radius {

namespace {

Q_LOGGING_CATEGORY(lcJournal, "keyward.radius.accounting")

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::write(fd, data.constData() + done, static_cast<std::size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QByteArray ackLine(quint64 sequence)
{
    return QByteArrayLiteral("{\"ack\":\"") + QByteArray::number(sequence) + "\"}";
}

} // namespace

AccountingJournal::AccountingJournal(QString path, int maxPending)
    : m_path(std::move(path)), m_maxPending(std::max(1, maxPending))
{}

AccountingJournal::~AccountingJournal()
{
    sync();
    closeFile();
}

void AccountingJournal::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Status AccountingJournal::open()
{
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Unavailable,
                        QStringLiteral("cannot read the accounting journal %1: %2")
                            .arg(m_path, file.errorString())
                            .toStdString());
        const QList<QByteArray> lines = file.readAll().split('\n');
        int number = 0;
        for (const QByteArray &line : lines) {
            ++number;
            if (line.trimmed().isEmpty())
                continue;
            if (line.startsWith("{\"ack\":")) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                bool ok = false;
                const quint64 sequence = o.value(QStringLiteral("ack")).toString().toULongLong(&ok);
                if (ok && sequence > 0) {
                    if (auto it = m_pending.find(sequence); it != m_pending.end()) {
                        if (it->second.status == AccountingRecord::Status::InterimUpdate)
                            --m_interims;
                        m_pending.erase(it);
                    }
                    m_nextSequence = std::max(m_nextSequence, sequence + 1);
                    continue;
                }
            }
            auto record = AccountingRecord::fromJournalLine(line);
            if (!record) {
                ++m_damaged;
                qCWarning(lcJournal).noquote()
                    << QStringLiteral("accounting journal %1 line %2 is damaged (%3): skipped, "
                                      "the other lines are kept")
                           .arg(m_path)
                           .arg(number)
                           .arg(QString::fromStdString(record.message()));
                continue;
            }
            m_nextSequence = std::max(m_nextSequence, record->sequence + 1);
            if (record->status == AccountingRecord::Status::InterimUpdate)
                ++m_interims;
            const quint64 sequence = record->sequence;
            m_pending.insert_or_assign(sequence, std::move(*record));
        }
        if (!m_pending.empty())
            qCInfo(lcJournal).noquote()
                << m_pending.size() << "accounting record(s) from the journal" << m_path
                << "wait for a RADIUS server";
    }
    enforceBound();
    // Rewritten at once: acknowledged lines go, and a partial last line (a crash in
    // the middle of a write) is not continued by the next one.
    auto compacted = compact();
    m_lastRewriteAttempt.start();
    return compacted;
}

quint64 AccountingJournal::append(AccountingRecord record)
{
    record.sequence = m_nextSequence++;
    const quint64 sequence = record.sequence;
    const QByteArray line = record.toJournalLine();
    if (record.status == AccountingRecord::Status::InterimUpdate)
        ++m_interims;
    m_pending.emplace(sequence, std::move(record));
    enforceBound();
    if (m_pending.count(sequence) && !m_writeFailed)
        writeLine(line);
    maybeCompact();
    return sequence;
}

void AccountingJournal::acknowledge(quint64 sequence)
{
    auto it = m_pending.find(sequence);
    if (it == m_pending.end())
        return;
    if (it->second.status == AccountingRecord::Status::InterimUpdate)
        --m_interims;
    m_pending.erase(it);
    if (!m_writeFailed)
        writeLine(ackLine(sequence));
    maybeCompact();
}

void AccountingJournal::sync()
{
    if (!m_dirty || m_fd < 0)
        return;
    if (::fdatasync(m_fd) != 0)
        qCWarning(lcJournal).noquote()
            << "cannot flush the accounting journal" << m_path << ":" << errnoText();
    m_dirty = false;
}

bool AccountingJournal::writeLine(const QByteArray &line)
{
    if (m_fd < 0)
        return false;
    if (!writeAll(m_fd, line + '\n')) {
        m_writeFailed = true;
        m_lastRewriteAttempt.start();
        qCWarning(lcJournal).noquote()
            << QStringLiteral("cannot write the accounting journal %1 (%2): %3 record(s) kept in "
                              "memory only until the disk takes them")
                   .arg(m_path, errnoText())
                   .arg(m_pending.size());
        return false;
    }
    ++m_lines;
    m_dirty = true;
    return true;
}

void AccountingJournal::enforceBound()
{
    while (static_cast<int>(m_pending.size()) > m_maxPending) {
        auto victim = m_pending.begin();
        if (m_interims > 0) {
            victim = std::find_if(m_pending.begin(), m_pending.end(), [](const auto &entry) {
                return entry.second.status == AccountingRecord::Status::InterimUpdate;
            });
            if (victim == m_pending.end()) {
                m_interims = 0;
                victim = m_pending.begin();
            } else {
                --m_interims;
            }
        }
        ++m_dropped;
        qCWarning(lcJournal).noquote()
            << QStringLiteral("accounting queue full (%1 records): dropped the %2 of session "
                              "%3 for user %4 (%5 dropped so far)")
                   .arg(m_maxPending)
                   .arg(AccountingRecord::toString(victim->second.status), victim->second.sessionId,
                        victim->second.user)
                   .arg(m_dropped);
        const quint64 sequence = victim->first;
        m_pending.erase(victim);
        if (!m_writeFailed)
            writeLine(ackLine(sequence));
    }
}

void AccountingJournal::maybeCompact()
{
    if (m_writeFailed) {
        if (m_lastRewriteAttempt.isValid() && m_lastRewriteAttempt.elapsed() < m_rewriteRetryMs)
            return;
        m_lastRewriteAttempt.start();
        if (compact())
            qCInfo(lcJournal).noquote() << "the accounting journal" << m_path
                                        << "is on disk again (" << m_pending.size() << "record(s))";
        return;
    }
    if (m_lines >= CompactAtLines && m_lines >= 4 * static_cast<qint64>(m_pending.size()))
        (void)compact();
}

Status AccountingJournal::compact()
{
    const QString fresh = m_path + QStringLiteral(".new");
    const int fd = ::open(QFile::encodeName(fresh).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    auto failed = [&](const QString &what) -> Status {
        const QString why = errnoText();
        if (fd >= 0)
            ::close(fd);
        ::unlink(QFile::encodeName(fresh).constData());
        m_writeFailed = true;
        qCWarning(lcJournal).noquote()
            << QStringLiteral("cannot %1 the accounting journal %2 (%3): %4 record(s) kept in "
                              "memory only until the disk takes them")
                   .arg(what, m_path, why)
                   .arg(m_pending.size());
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("cannot %1 the accounting journal %2: %3")
                        .arg(what, m_path, why)
                        .toStdString());
    };
    if (fd < 0)
        return failed(QStringLiteral("create"));
    QByteArray all;
    for (const auto &[sequence, record] : m_pending) {
        all += record.toJournalLine();
        all += '\n';
        if (all.size() >= (1 << 20)) {
            if (!writeAll(fd, all))
                return failed(QStringLiteral("write"));
            all.clear();
        }
    }
    if (!writeAll(fd, all) || ::fdatasync(fd) != 0)
        return failed(QStringLiteral("write"));
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(m_path).constData()) != 0)
        return failed(QStringLiteral("replace"));
    ::close(fd);
    // The rename itself is durable once the directory is.
    if (const int dir = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    closeFile();
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_fd < 0) {
        m_writeFailed = true;
        return fail(ErrorKind::Unavailable,
                    QStringLiteral("cannot open the accounting journal %1: %2")
                        .arg(m_path, errnoText())
                        .toStdString());
    }
    m_lines = static_cast<qint64>(m_pending.size());
    m_dirty = false;
    m_writeFailed = false;
    return {};
}

} // namespace keyward::radius
