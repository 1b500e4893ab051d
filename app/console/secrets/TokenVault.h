#pragma once

// Keeps remote consoles' API tokens in the operating system's keychain (the Secret
// Service on Linux, the Credential Manager on Windows) through QtKeychain. Every
// operation is an asynchronous job that calls back once; nothing here waits or
// spins the event loop. Tokens are never written to the console's settings file.

#include <QObject>
#include <QString>
#include <functional>

namespace keyward::console {

class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Ok,
        NotFound,    // nothing stored under this key
        Unavailable, // no keychain service, or it is locked or refused us
        Failed
    };
    Q_ENUM(Outcome)
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString secret;  // the token, for a successful read
        QString message; // for the admin, when it did not work
    };
    using Callback = std::function<void(const Answer &)>;

    explicit TokenVault(QString service = QStringLiteral("Keyward"), QObject *parent = nullptr);

    void store(const QString &key, const QString &token, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

private:
    QString m_service;
};

} // namespace keyward::console
