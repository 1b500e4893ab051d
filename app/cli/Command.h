#pragma once

// One keywardctl command: the words that name it, its usage line, how it turns the
// words after its name into an admin API request, and how it prints a successful
// reply for a person. The commands are listed in CommandTable; KeywardCtl connects,
// sends the request and hands the reply back to the command.

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace keyward::cli {

// keywardctl's exit status, for scripts.
enum ExitCode
{
    Ok = 0,
    Failed = 1,      // the server refused the request, or its reply did not fit
    Usage = 2,       // the command line is wrong
    Unreachable = 3, // no server, or it went away
    Refused = 4,     // not allowed
    NotFound = 5     // what was named does not exist
};

// What a command sends.
struct CommandRequest
{
    QString method;
    QJsonObject params;
    bool operator==(const CommandRequest &) const = default;
};

// What a command reads besides its words.
struct CommandInput
{
    QString stdinText; // read only when the command line asks for it (--password-stdin)
};

// What a command prints for a reply, and the exit status it means.
struct CommandOutput
{
    QString text;
    int exitCode = Ok;
};

class Command
{
public:
    virtual ~Command() = default;

    // The words that name the command: {"user", "add"}.
    virtual QStringList words() const = 0;
    // What follows them in the usage line ("NAME [--must-change]"); empty for none.
    virtual QString arguments() const { return {}; }
    // What it does, for the usage text; lines after the first are continued.
    virtual QString summary() const = 0;

    // The request for the words after the name; an error says what is wrong with them.
    virtual Result<CommandRequest> parse(const QStringList &args,
                                         const CommandInput &input) const = 0;
    // The reply as a person reads it; an error when it does not fit the admin API.
    virtual Result<CommandOutput> present(const QJsonObject &result) const = 0;

    // For a command that takes several calls (a download in chunks): after each
    // successful reply, the next request, or nullopt when that reply was the last
    // (then present() prints it). An error ends the command.
    virtual Result<std::optional<CommandRequest>> next(const QJsonObject &result) const
    {
        (void)result;
        return std::optional<CommandRequest>{};
    }

    // Whether keywardctl adds a line saying who the caller is and its role.
    virtual bool showsCaller() const { return false; }

    // A command that works on local files and needs no server (capture analyze):
    // keywardctl runs it with the request parse() made instead of sending it.
    virtual bool offline() const { return false; }
    virtual Result<CommandOutput> runOffline(const CommandRequest &request,
                                             const CommandInput &input, bool json) const;

    // "user add NAME [--password-stdin] [--must-change]"
    QString synopsis() const;

protected:
    // A usage error naming this command and what it expects.
    Error expects() const;
    Error usage(const QString &why) const;
    // Checks how many words follow the name.
    Status count(const QStringList &args, int min, int max) const;
    // A whole number from the command line, or a usage error naming `what`.
    Result<int> number(const QString &word, const QString &what, int min) const;

    // Prints the reply as indented JSON once T has read it.
    template <typename T> static Result<CommandOutput> asJson(const QJsonObject &result)
    {
        auto read = T::fromJson(result);
        if (!read)
            return read.error();
        return CommandOutput{indented(result)};
    }
    static QString indented(const QJsonObject &json);
};

} // namespace keyward::cli
