#pragma once

// Checks the checksums of a decrypted IP packet: the IPv4 header checksum, and the
// TCP or UDP checksum (with its pseudo-header) when the whole segment is present.

#include <QtGlobal>

namespace keyward::capture {

class IpChecksums
{
public:
    enum class Verdict
    {
        Valid,
        Invalid,
        NotChecked, // not IPv4, a fragment, truncated, or UDP with no checksum
    };
    struct Result
    {
        Verdict header = Verdict::NotChecked;
        Verdict transport = Verdict::NotChecked;
    };

    static Result check(const uchar *packet, int length);
    // RFC 1071 one's-complement sum folded to 16 bits (not inverted).
    static quint32 sum(const uchar *data, int length, quint32 initial = 0);
};

} // namespace keyward::capture
