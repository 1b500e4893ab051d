#pragma once

// An audit report for the records or an auditor: the entries on screen, with
// when and from which server it was made and whether the hash chain verified.
// HTML for reading and printing, CSV for spreadsheets. Written atomically.

#include "api/AuditMessages.h"
#include "models/AuditModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keyward::console {

class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)

public:
    AuditReport(QList<api::AuditEntry> entries, AuditModel::Verification verification,
                QString server);

    QByteArray toCsv() const;
    QByteArray toHtml() const;
    // Writes HTML or CSV by the file's extension; returns the problem, or empty.
    QString save(const QString &path) const;

private:
    QString verdict() const;

    QList<api::AuditEntry> m_entries;
    AuditModel::Verification m_verification;
    QString m_server;
};

} // namespace keyward::console
