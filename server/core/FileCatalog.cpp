#include "core/FileCatalog.h"

#include "core/BackupSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::core {

namespace {

const QString IndexName = QStringLiteral("index.json");

QString idOf(const QJsonObject &entry)
{
    return entry.value(QLatin1String("id")).toString();
}

QString fileOf(const QJsonObject &entry)
{
    return entry.value(QLatin1String("file")).toString();
}

} // namespace

FileCatalog::FileCatalog(QString directory, int retention)
    : m_directory(std::move(directory)), m_retention(retention)
{}

QString FileCatalog::pathOf(const QString &file) const
{
    return QDir(m_directory).filePath(file);
}

Status FileCatalog::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return fail(ErrorKind::Unavailable, "cannot create " + m_directory.toStdString());
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

Result<QList<QJsonObject>> FileCatalog::list() const
{
    QFile index(pathOf(IndexName));
    if (!index.exists())
        return QList<QJsonObject>();
    if (!index.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Unavailable, "cannot read " + index.fileName().toStdString());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(index.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return fail(ErrorKind::Internal, "the list " + index.fileName().toStdString() +
                                             " is damaged: " + error.errorString().toStdString());
    QList<QJsonObject> entries;
    for (const QJsonValue &v : document.array())
        entries << v.toObject();
    return entries;
}

Status FileCatalog::save(const QList<QJsonObject> &entries) const
{
    QJsonArray array;
    for (const QJsonObject &e : entries)
        array.append(e);
    return BackupSnapshot::writePrivate(pathOf(IndexName),
                                        QJsonDocument(array).toJson(QJsonDocument::Indented));
}

Result<QJsonObject> FileCatalog::find(const QString &id) const
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (const QJsonObject &e : std::as_const(*entries)) {
        if (idOf(e) == id)
            return e;
    }
    return fail(ErrorKind::NotFound, "there is no file with id '" + id.toStdString() + "' in " +
                                         m_directory.toStdString());
}

Result<QStringList> FileCatalog::add(const QJsonObject &entry, const QByteArray &bytes,
                                     const QList<QPair<QString, QByteArray>> &extra)
{
    if (auto made = ensureDirectory(); !made)
        return made.error();
    auto entries = list();
    if (!entries)
        return entries.error();
    if (auto written = BackupSnapshot::writePrivate(pathOf(fileOf(entry)), bytes); !written)
        return written.error();
    for (const auto &[name, content] : extra) {
        if (auto written = BackupSnapshot::writePrivate(pathOf(name), content); !written)
            return written.error();
    }
    entries->prepend(entry);
    QStringList removed;
    while (m_retention > 0 && entries->size() > m_retention) {
        const QJsonObject old = entries->takeLast();
        QDir dir(m_directory);
        for (const QString &name :
             dir.entryList({fileOf(old) + QLatin1Char('*')}, QDir::Files | QDir::Hidden))
            dir.remove(name);
        removed << idOf(old);
    }
    if (auto saved = save(*entries); !saved)
        return saved.error();
    return removed;
}

Status FileCatalog::remove(const QString &id)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (qsizetype i = 0; i < entries->size(); ++i) {
        if (idOf(entries->at(i)) != id)
            continue;
        const QString file = fileOf(entries->at(i));
        entries->removeAt(i);
        if (auto saved = save(*entries); !saved)
            return saved;
        QDir dir(m_directory);
        for (const QString &name : dir.entryList({file + QLatin1Char('*')}, QDir::Files))
            dir.remove(name);
        return {};
    }
    return fail(ErrorKind::NotFound, "there is no file with id '" + id.toStdString() + "'");
}

Status FileCatalog::update(const QJsonObject &entry)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (QJsonObject &e : *entries) {
        if (idOf(e) == idOf(entry)) {
            e = entry;
            return save(*entries);
        }
    }
    return fail(ErrorKind::NotFound,
                "there is no file with id '" + idOf(entry).toStdString() + "'");
}

Result<QPair<QByteArray, qint64>> FileCatalog::read(const QString &id, qint64 offset,
                                                    qint64 max) const
{
    auto entry = find(id);
    if (!entry)
        return entry.error();
    QFile file(pathOf(fileOf(*entry)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound,
                    "the file " + file.fileName().toStdString() + " is gone (removed by hand?)");
    if (offset > file.size())
        return fail(ErrorKind::Invalid, "the offset is past the end of the file");
    file.seek(offset);
    return qMakePair(file.read(max), file.size());
}

} // namespace keyward::core
