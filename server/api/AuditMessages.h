#pragma once

// The audit trail: audit.list and audit.verify (no params).

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace keyward::api {

// audit.list: newest first, narrowed on the server. Empty filters and an absent
// limit or beforeId are not sent.
struct AuditListParams
{
    QString actor;            // exact
    QString action;           // a prefix: "user." matches every user action
    QString target;           // exact
    std::optional<int> limit; // keywardd's default: 100
    qint64 beforeId = 0;      // paging: entries older than this id; 0 for the newest

    QJsonObject toJson() const;
    static Result<AuditListParams> fromJson(const QJsonObject &json);
    bool operator==(const AuditListParams &) const = default;
};

// One entry of the audit trail. Details are non-secret facts that differ by action.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, to the millisecond
    QString actor;
    QString action;
    QString target;
    QString outcome; // "ok" or what went wrong
    QJsonObject details;

    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
    bool operator==(const AuditEntry &) const = default;
};

struct AuditListResult
{
    QList<AuditEntry> entries;

    QJsonObject toJson() const;
    static Result<AuditListResult> fromJson(const QJsonObject &json);
    bool operator==(const AuditListResult &) const = default;
};

// The result of audit.verify: the chain, then the anchors written outside the database.
struct AuditVerifyResult
{
    bool intact = true;
    qint64 checked = 0;     // entries verified
    qint64 firstBadId = 0;  // 0 when intact
    QString problem;        // what is wrong and where; empty when intact
    qint64 keyedFrom = 0;   // the first entry under the audit key; 0 when not keyed
    int anchorsChecked = 0; // anchors that matched the trail
    int failedAnchor = 0;   // the failing anchor's line in the anchor file; 0 when none
    QString anchorFailure;  // "truncated", "rewritten", "damaged"; empty when none

    QJsonObject toJson() const;
    static Result<AuditVerifyResult> fromJson(const QJsonObject &json);
    bool operator==(const AuditVerifyResult &) const = default;
};

} // namespace keyward::api
