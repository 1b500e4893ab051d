#pragma once

// keywardd's state database: one SQLite file (WAL journal, synchronous=FULL) that
// holds users, the audit chain and everything else the daemon keeps. The schema
// carries a version and is brought up to date by numbered migrations, each in its
// own transaction; a file written by a newer keywardd is refused, not misread.
//
// Lives on the control-plane thread (Qt SQL connections are per thread). The
// stores built on it share the connection, so one transaction can span them.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace keyward::core {

class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QString path() const { return m_path; }

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it
    // fails (or throws), so a multi-step change is all or nothing.
    template <typename F> Status transaction(F &&work)
    {
        if (auto begun = begin(); !begun)
            return begun;
        Status done;
        try {
            done = work();
        } catch (...) {
            rollback();
            throw;
        }
        if (!done) {
            rollback();
            return done;
        }
        return commit();
    }

private:
    Database(QString connectionName, QString path);
    Status migrate();
    Status begin();
    Status commit();
    void rollback();

    QString m_connectionName;
    QString m_path;
};

} // namespace keyward::core
