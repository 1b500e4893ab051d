#pragma once

// Encryption at rest for the credential store: AES-256-GCM under a 32-byte key
// kept in a file that only the daemon can read (mode 0600). Loading and creating the
// key are separate on purpose: a missing key file is an error, and only the caller
// knows whether a new key is safe (an empty store) or would orphan every sealed
// credential.
// Each sealed value carries its own random 96-bit nonce and is bound to a context
// string (e.g. the user name), so a sealed NT hash copied to another row does not
// open.

#include "common/Bytes.h"
#include "common/Result.h"

#include <QString>
#include <array>

namespace keyward::core {

using protocol::Bytes;
using protocol::ByteView;

class SecretBox
{
public:
    static constexpr std::size_t KeySize = 32;

    // Reads the key file. A missing file is an error of kind NotFound that names it;
    // a key file that others can read or that has the wrong size is refused.
    static Result<SecretBox> load(const QString &keyFilePath);
    // Makes a fresh random key and writes it to a new file (mode 0600; an existing
    // file is never replaced), then syncs the file and its directory so the key is
    // on disk before anything is sealed with it.
    static Result<SecretBox> create(const QString &keyFilePath);
    static SecretBox fromKey(const std::array<std::uint8_t, KeySize> &key);

    ~SecretBox();
    SecretBox(SecretBox &&other) noexcept;
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    // nonce(12) | ciphertext | tag(16)
    Bytes seal(ByteView plaintext, ByteView context) const;
    Result<Bytes> open(ByteView sealed, ByteView context) const;

private:
    SecretBox() = default;
    std::array<std::uint8_t, KeySize> m_key{};
};

} // namespace keyward::core
