#pragma once

// keywardd --restore FILE: puts a backup into the state directory of a stopped
// keywardd. The file is decrypted and checked in a scratch directory first (counts,
// audit chain), so a wrong passphrase or a damaged file changes nothing; then the
// backup's database, keys and anchors replace the state directory's (the replaced
// files are kept in STATE-DIR/before-restore-STAMP/), and the restored chain gets an
// entry saying which backup was restored and by whom.

#include "common/Result.h"
#include "core/BackupSnapshot.h"

#include <QByteArray>
#include <QString>

namespace keyward::core {

class BackupRestore
{
public:
    struct Outcome
    {
        BackupCounts counts;
        QString keptIn; // where the replaced files went; empty when there were none
    };

    // `ipcSocket`: keywardd's admin socket; a keywardd answering there is running and
    // is not restored under. `passphrase` is wiped before it returns.
    static Result<Outcome> offline(const QString &backupFile, QByteArray &passphrase,
                                   const StateFiles &files, const QString &ipcSocket,
                                   const QString &actor);
};

} // namespace keyward::core
