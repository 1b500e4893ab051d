#pragma once

// The file the audit chain's head is anchored to, one line per anchor, appended and
// synced, never rewritten:
//
//   keyward-audit-anchor at=2026-11-29T10:00:00.000Z entry=123 hash=<64 hex> keyed-from=45
//
// It lives outside the database (by default beside it in the state directory; better
// on another file system or host), so that someone who rewrites or truncates the
// database cannot also make the anchors agree.

#include "common/Result.h"
#include "core/AuditAnchor.h"

#include <QList>
#include <QString>

namespace keyward::core {

class AuditAnchorFile
{
public:
    explicit AuditAnchorFile(QString path) : m_path(std::move(path)) {}

    QString path() const { return m_path; }
    // Appends one anchor (the file is made, mode 0600, when missing) and syncs it.
    [[nodiscard]] Status append(const AuditAnchor &anchor) const;
    // Every line in order; a missing file holds none. Lines that are not anchors come
    // back with valid = false.
    [[nodiscard]] Result<QList<AuditAnchor>> read() const;

    static QByteArray format(const AuditAnchor &anchor);
    static AuditAnchor parse(const QByteArray &line, int lineNumber);

private:
    QString m_path;
};

} // namespace keyward::core
