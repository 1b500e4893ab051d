#pragma once

// The change window's later steps: the temporary credentials a rotation handed out
// (window.temporary, no params), clean-up (window.cleanup), the notice for users
// (window.notice, window.notice.set) and the validation by keyward-probe
// (window.validate, no params).

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::api {

// A one-time password handed out with an expiry: unused by `expiresAt`, the account
// is disabled. Never the password itself.
struct TemporaryCredential
{
    QString name;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString issuedBy;

    QJsonObject toJson() const;
    static Result<TemporaryCredential> fromJson(const QJsonObject &json);
    bool operator==(const TemporaryCredential &) const = default;
};

// The result of window.temporary: the temporary credentials still outstanding.
struct TemporaryCredentialList
{
    QList<TemporaryCredential> credentials;

    QJsonObject toJson() const;
    static Result<TemporaryCredentialList> fromJson(const QJsonObject &json);
    bool operator==(const TemporaryCredentialList &) const = default;
};

// window.cleanup: expire every unused temporary credential now (whatever its expiry),
// and revoke the accounts named (their sessions end).
struct WindowCleanupParams
{
    bool expireUnused = false;
    QStringList revoke;

    QJsonObject toJson() const;
    static Result<WindowCleanupParams> fromJson(const QJsonObject &json);
    bool operator==(const WindowCleanupParams &) const = default;
};

// What a clean-up (or the expiry of due credentials) did: the accounts disabled for
// an unused temporary credential, those revoked, the temporary credentials found used
// (no longer tracked), and the sessions ended.
struct WindowCleanupResult
{
    QStringList expired;
    QStringList revoked;
    QStringList used;
    int sessionsEnded = 0;

    QJsonObject toJson() const;
    static Result<WindowCleanupResult> fromJson(const QJsonObject &json);
    bool operator==(const WindowCleanupResult &) const = default;
};

// window.notice: the notice for a planned window (by id) or for the times given; its
// result is a NoticeText. window.notice.set: a new template (NoticeTemplate), audited;
// its result is the template stored.
struct WindowNoticeParams
{
    std::optional<int> id; // a planned window
    QString title;         // else these
    QString start;         // ISO 8601 UTC
    std::optional<int> durationMinutes;

    QJsonObject toJson() const;
    static Result<WindowNoticeParams> fromJson(const QJsonObject &json);
    bool operator==(const WindowNoticeParams &) const = default;
};

struct NoticeTemplate
{
    QString subject;
    QString body;

    QJsonObject toJson() const;
    static Result<NoticeTemplate> fromJson(const QJsonObject &json);
    bool operator==(const NoticeTemplate &) const = default;
};

struct NoticeText
{
    NoticeTemplate templ; // as stored ("template" on the wire)
    QString subject;      // rendered
    QString text;
    QString html; // every value and the template's own text escaped

    QJsonObject toJson() const;
    static Result<NoticeText> fromJson(const QJsonObject &json);
    bool operator==(const NoticeText &) const = default;
};

// One check of window.validate, and the whole result.
struct ValidationCheck
{
    QString name; // "128-bit session", "40-bit only refused"
    bool passed = false;
    QString detail; // what the probe reported, in words

    QJsonObject toJson() const;
    static Result<ValidationCheck> fromJson(const QJsonObject &json);
    bool operator==(const ValidationCheck &) const = default;
};

struct ValidationResult
{
    bool passed = false;
    QString account; // the test account used (deleted afterwards)
    QList<ValidationCheck> checks;

    QJsonObject toJson() const;
    static Result<ValidationResult> fromJson(const QJsonObject &json);
    bool operator==(const ValidationResult &) const = default;
};

} // namespace keyward::api
