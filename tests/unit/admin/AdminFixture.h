#pragma once

// What the admin service tests share: a real SQLite state database in a temporary
// directory with its stores, the policy, the crypto library, the events a service
// published, a method registry to call through, and a stand-in for the live sessions
// (the real ones need keywardd and namespaces; the integration tests cover them).

#include "admin/AdminContext.h"
#include "admin/SessionControl.h"
#include "core/AccountRules.h"
#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PolicyStore.h"
#include "core/SessionHistory.h"
#include "core/SettingsStore.h"
#include "core/TokenStore.h"
#include "crypto/CryptoLibrary.h"
#include "ipc/IpcProtocol.h"
#include "ipc/MethodRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <memory>

// Literal JSON written in a test; a typo in it stops the test.
inline QJsonObject jsonLiteral(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON literal in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

// An object as the wire carries it: one line, keys sorted.
inline QByteArray wire(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Unix seconds as the admin API writes a time.
inline QString isoSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// The object with every non-empty string under `key` (at any depth) replaced by
// "<secret>": one-time passwords and tokens are checked for their presence while the
// rest of a reply compares exactly, and a failing comparison never prints them.
inline QJsonObject masked(const QJsonObject &object, const QString &key)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue v = it.value();
        if (it.key() == key && v.isString() && !v.toString().isEmpty()) {
            v = QStringLiteral("<secret>");
        } else if (v.isObject()) {
            v = masked(v.toObject(), key);
        } else if (v.isArray()) {
            QJsonArray items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.isObject() ? QJsonValue(masked(item.toObject(), key)) : item);
            v = items;
        }
        out.insert(it.key(), v);
    }
    return out;
}

// Live sessions as a test sets them up; records what was ended and why.
class FakeSessions : public keyward::admin::SessionControl
{
public:
    QList<keyward::core::LiveSession> live;
    QStringList endReasons;  // as the ended session's record says it (with the admin)
    QStringList toldReasons; // as the client is told (no admin named)
    RekeyDone pendingRekey;

    QList<keyward::core::LiveSession> sessions() const override { return live; }
    int count() const override { return static_cast<int>(live.size()); }
    std::optional<keyward::core::LiveSession> session(quint16 id) const override
    {
        for (const auto &s : live)
            if (s.id == id)
                return s;
        return std::nullopt;
    }
    bool end(quint16 id, const QString &reason, const QString &actor) override
    {
        for (int i = 0; i < live.size(); ++i) {
            if (live[i].id == id) {
                live.removeAt(i);
                endReasons << reason + " by " + actor;
                toldReasons << reason + " by an administrator";
                return true;
            }
        }
        return false;
    }
    int endSessionsOf(const QString &user, const QString &reason, const QString &actor) override
    {
        int ended = 0;
        for (int i = live.size() - 1; i >= 0; --i) {
            if (live[i].user.compare(user, Qt::CaseInsensitive) == 0) {
                live.removeAt(i);
                endReasons << reason + " by " + actor;
                toldReasons << reason + " by an administrator";
                ++ended;
            }
        }
        return ended;
    }
    bool rekey(quint16 id, RekeyDone done) override
    {
        if (!session(id) || pendingRekey)
            return false;
        pendingRekey = std::move(done);
        return true;
    }

    keyward::core::LiveSession &add(quint16 id, const QString &user)
    {
        keyward::core::LiveSession s;
        s.id = id;
        s.user = user;
        s.peerAddress = QStringLiteral("192.0.2.7");
        s.tunnelAddress = QStringLiteral("10.99.0.2");
        s.startedAt = QDateTime::currentDateTimeUtc();
        s.up = true;
        s.mppeStrength = QStringLiteral("128-bit");
        s.mppeMode = QStringLiteral("stateless");
        live.append(s);
        return live.last();
    }
};

// One reply as the client would get it.
struct Reply
{
    bool answered = false;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
    bool ok() const { return answered && errorCode.isEmpty(); }
};

class AdminFixture
{
public:
    AdminFixture()
    {
        auto crypto = keyward::protocol::crypto::CryptoLibrary::load();
        if (!crypto)
            qFatal("%s", crypto.message().c_str());
        m_crypto = crypto.value();
        auto database = keyward::core::Database::open(m_dir.filePath(QStringLiteral("keyward.db")));
        if (!database)
            qFatal("%s", database.message().c_str());
        database_ = std::move(database).value();
        auto box = keyward::core::SecretBox::create(m_dir.filePath(QStringLiteral("k.key")));
        if (!box)
            qFatal("%s", box.message().c_str());
        credentials =
            std::make_unique<keyward::core::CredentialStore>(*database_, std::move(box).value());
        audit = std::make_unique<keyward::core::AuditLog>(*database_);
        settings = std::make_unique<keyward::core::SettingsStore>(*database_);
        policy = std::make_unique<keyward::core::PolicyStore>(*settings);
        history = std::make_unique<keyward::core::SessionHistory>(*database_);
        tokens = std::make_unique<keyward::core::TokenStore>(*database_);
        if (auto loaded = policy->load(); !loaded)
            qFatal("%s", loaded.message().c_str());
        context = std::make_unique<keyward::admin::AdminContext>(keyward::admin::AdminContext{
            *database_, *audit, *credentials, *settings, *policy, *m_crypto,
            [this](const QString &event, const QJsonObject &data) {
                events.append(QJsonObject{{"event", event}, {"data", data}});
            }});
    }

    // Calls a method as `identity` (a local admin unless remoteAddress is given) and
    // returns the reply it gave before returning (every method but a rekey does).
    Reply call(const QString &method, const QJsonObject &params = {},
               const QString &remoteAddress = {},
               keyward::api::AdminRole role = keyward::api::AdminRole::Admin)
    {
        auto reply = std::make_shared<Reply>();
        keyward::ipc::IpcRequest request;
        request.id = ++m_nextId;
        request.method = method;
        request.params = params;
        request.peer.uid = 0;
        request.peer.userName = QStringLiteral("root");
        request.peer.authorized = true;
        request.peer.role = role;
        request.peer.remoteAddress = remoteAddress;
        registry.dispatch(
            request, keyward::ipc::IpcResponder(
                         [reply](const QByteArray &frame) { fill(*reply, frame); }, request.id));
        lastReply = reply;
        return *reply;
    }

    static void fill(Reply &reply, const QByteArray &text)
    {
        // The frame as the client reads it; one that is not a JSON object is an error
        // reply, which every test that expects a result fails on.
        QJsonParseError parsed{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &parsed);
        if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
            reply.answered = true;
            reply.errorCode = QStringLiteral("unreadable-frame");
            reply.errorMessage = parsed.errorString();
            return;
        }
        const QJsonObject frame = document.object();
        reply.answered = true;
        reply.result = frame.value("result").toObject();
        const QJsonObject error = frame.value("error").toObject();
        reply.errorCode = error.value("code").toString();
        reply.errorMessage = error.value("message").toString();
    }

    // The newest audit entries for an action, newest first.
    QList<keyward::core::AuditEntry> audited(const QString &action)
    {
        keyward::core::AuditFilter filter;
        filter.action = action;
        filter.limit = 100;
        auto entries = audit->list(filter);
        return entries ? *entries : QList<keyward::core::AuditEntry>{};
    }

    // A user put straight into the store (no service, no audit entry).
    bool addUser(const QString &name, const QString &password = QStringLiteral("Correct-horse-42"))
    {
        auto hash = keyward::core::AccountRules::hashPassword(*m_crypto, password);
        return hash && credentials->addUser(name, *hash, QDateTime::currentSecsSinceEpoch(), false);
    }

    // The same, with the time its password was set (and the account made) and whether
    // it must be changed.
    bool addUserAt(const QString &name, qint64 changedAt, bool mustChange = false)
    {
        auto hash = keyward::core::AccountRules::hashPassword(*m_crypto,
                                                              QStringLiteral("Correct-horse-42"));
        return hash && credentials->addUser(name, *hash, changedAt, mustChange);
    }

    keyward::core::Database &database() { return *database_; }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const keyward::protocol::crypto::CryptoLibrary> m_crypto;
    std::unique_ptr<keyward::core::Database> database_;
    qint64 m_nextId = 0;

public:
    std::unique_ptr<keyward::core::CredentialStore> credentials;
    std::unique_ptr<keyward::core::AuditLog> audit;
    std::unique_ptr<keyward::core::SettingsStore> settings;
    std::unique_ptr<keyward::core::PolicyStore> policy;
    std::unique_ptr<keyward::core::SessionHistory> history;
    std::unique_ptr<keyward::core::TokenStore> tokens;
    std::unique_ptr<keyward::admin::AdminContext> context;
    keyward::ipc::MethodRegistry registry;
    FakeSessions sessions;
    QJsonArray events;
    std::shared_ptr<Reply> lastReply;
};
