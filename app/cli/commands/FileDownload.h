#pragma once

// Saving a file that keywardd sends in parts (backup.download, report.download): each
// part is written at its offset into OUTPUT (mode 0600; by default the file's own name
// in the current directory), a report's detached signature beside it as OUTPUT.sig.

#include "api/BackupMessages.h"
#include "cli/Command.h"

namespace keyward::cli {

class FileDownload
{
public:
    // Parses "ID [--output FILE]" into the first request and the output path.
    static Result<CommandRequest> parse(const Command &command, const QString &method,
                                        const QStringList &args, QString *output);
    // Writes one part; when it is the last, says where the file went.
    static Result<CommandOutput> save(const QJsonObject &result, const QString &output);
    // Writes the part in `result`; then the request for the part after it, or nullopt
    // when it was the last (and *summary says where the file went).
    static Result<std::optional<CommandRequest>>
    next(const QString &method, const QJsonObject &result, const QString &output, QString *summary);
};

} // namespace keyward::cli
