#pragma once

// A key kept in a file of its own that only keywardd can read: the credential key
// (credentials.key) and the audit key (audit.key). Reading refuses a file others can
// read or of the wrong size; creating never replaces a file and syncs the file and
// its directory, so the key is on disk before anything depends on it. A missing file
// is an error of kind NotFound that names it: only the caller knows whether a new
// key is safe.

#include "common/Result.h"

#include <QString>
#include <cstdint>
#include <span>

namespace keyward::core {

class KeyFile
{
public:
    // Fills `key` with the file's bytes; the file must hold exactly key.size() bytes.
    [[nodiscard]] static Status read(const QString &path, std::span<std::uint8_t> key);
    // Fills `key` with fresh random bytes and writes them to a new file (mode 0600).
    // `purpose` names the key in an error ("the credential store").
    [[nodiscard]] static Status create(const QString &path, std::span<std::uint8_t> key,
                                       const std::string &purpose);
};

} // namespace keyward::core
