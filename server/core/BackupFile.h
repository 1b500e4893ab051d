#pragma once

// The file format of a Keyward backup: one file, encrypted and authenticated under a
// passphrase the admin chooses, so the key files it carries are never in the clear
// beside the data.
//
//   offset size
//   0      8    magic "KEYWARDB"
//   8      1    format version (1)
//   9      1    key derivation: 1 = scrypt
//   10     1    scrypt log2(N)
//   11     1    scrypt r
//   12     1    scrypt p
//   13     16   salt
//   29     16   passphrase check: SHA-256("keyward backup check" | check key), first 16
//   45     12   AES-256-GCM nonce
//   57     ...  ciphertext of the packed contents (BackupContents::pack)
//   end-16 16   GCM tag; the whole header is the additional authenticated data
//
// scrypt derives 64 bytes from the passphrase: the first 32 are the AES key, the
// last 32 the check key. The check tells a wrong passphrase from a damaged file; the
// tag refuses any change to the header or the data, and a file cut short.

#include "common/Result.h"
#include "core/BackupContents.h"

#include <QByteArray>

namespace keyward::core {

class BackupFile
{
public:
    struct Kdf
    {
        int log2N = 17; // 128 MiB of memory with r = 8
        int r = 8;
        int p = 1;
    };
    static constexpr int HeaderSize = 57;
    static constexpr int TagSize = 16;
    static constexpr int MinPassphraseLength = 10;

    // Encrypts the contents under the passphrase. The caller wipes the passphrase.
    static Result<QByteArray> seal(const BackupContents &contents, const QByteArray &passphrase,
                                   Kdf kdf);
    static Result<QByteArray> seal(const BackupContents &contents, const QByteArray &passphrase);
    // Decrypts a backup file. A wrong passphrase, a damaged, changed or truncated file
    // each give an error that says which.
    static Result<BackupContents> open(const QByteArray &file, const QByteArray &passphrase);
    // Whether the passphrase is long enough to protect the keys (an error says why not).
    static Status checkPassphrase(const QByteArray &passphrase);
};

} // namespace keyward::core
