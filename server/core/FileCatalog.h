#pragma once

// A folder of files keywardd writes (STATE-DIR/backups, STATE-DIR/reports) and the
// list of what is in it (index.json: one JSON object per file, with at least "id" and
// "file"), kept beside the files and not in the database, so that restoring an older
// database does not forget the backups made since. Files are mode 0600, the folder
// 0700. Newest first; beyond the retention the oldest go.

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward::core {

class FileCatalog
{
public:
    // retention: how many files to keep (0: all).
    FileCatalog(QString directory, int retention);

    QString directory() const { return m_directory; }
    int retention() const { return m_retention; }
    QString pathOf(const QString &file) const;

    Result<QList<QJsonObject>> list() const;
    Result<QJsonObject> find(const QString &id) const;
    // Writes `bytes` as entry["file"] (and each extra file beside it: name -> bytes),
    // then lists it first. Returns the ids the retention removed.
    Result<QStringList> add(const QJsonObject &entry, const QByteArray &bytes,
                            const QList<QPair<QString, QByteArray>> &extra = {});
    // Removes the entry, its file and the files beside it that start with its name.
    Status remove(const QString &id);
    // Up to `max` bytes of the file from `offset`, and the file's size.
    Result<QPair<QByteArray, qint64>> read(const QString &id, qint64 offset, qint64 max) const;
    // Replaces an entry (same id) in the list.
    Status update(const QJsonObject &entry);

private:
    Status ensureDirectory() const;
    Status save(const QList<QJsonObject> &entries) const;

    QString m_directory;
    int m_retention;
};

} // namespace keyward::core
