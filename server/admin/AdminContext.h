#pragma once

// What every admin service works with: the state database and its stores, the policy
// in force, the crypto library (for NT hashes) and the event stream to subscribed
// consoles. Built once by keywardd and handed to each service.

#include <QJsonObject>
#include <QString>
#include <functional>

namespace keyward::protocol::crypto {
class CryptoLibrary;
}

namespace keyward::core {
class AuditLog;
class CredentialStore;
class Database;
class PolicyStore;
class SettingsStore;
} // namespace keyward::core

namespace keyward::admin {

struct AdminContext
{
    // Sends an event to every subscribed admin connection.
    using Publish = std::function<void(const QString &event, const QJsonObject &data)>;

    core::Database &database;
    core::AuditLog &audit;
    core::CredentialStore &credentials;
    core::SettingsStore &settings;
    core::PolicyStore &policy;
    const protocol::crypto::CryptoLibrary &crypto;
    Publish publish;
};

} // namespace keyward::admin
