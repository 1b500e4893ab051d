#include "dissect/IpChecksums.h"

namespace keyward::capture {

quint32 IpChecksums::sum(const uchar *data, int length, quint32 s)
{
    int i = 0;
    for (; i + 1 < length; i += 2)
        s += static_cast<quint32>(data[i] << 8 | data[i + 1]);
    if (length % 2)
        s += static_cast<quint32>(data[length - 1] << 8);
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return s;
}

IpChecksums::Result IpChecksums::check(const uchar *p, int length)
{
    Result r;
    if (length < 20 || (p[0] >> 4) != 4)
        return r;
    const int headerLength = (p[0] & 0x0f) * 4;
    if (headerLength < 20 || headerLength > length)
        return r;
    r.header = sum(p, headerLength) == 0xffff ? Verdict::Valid : Verdict::Invalid;
    const int total = p[2] << 8 | p[3];
    const bool fragment = ((p[6] << 8 | p[7]) & 0x3fff) != 0;
    if (fragment || total > length || total < headerLength)
        return r;
    const int protocol = p[9];
    const int segment = total - headerLength;
    const uchar *t = p + headerLength;
    if ((protocol == 6 && segment >= 20) || (protocol == 17 && segment >= 8)) {
        if (protocol == 17 && (t[6] << 8 | t[7]) == 0)
            return r;               // UDP without a checksum
        quint32 s = sum(p + 12, 8); // source and destination addresses
        s += static_cast<quint32>(protocol);
        s += static_cast<quint32>(segment);
        s = sum(t, segment, s);
        r.transport = s == 0xffff ? Verdict::Valid : Verdict::Invalid;
    } else if (protocol == 1 && segment >= 4) {
        r.transport = sum(t, segment) == 0xffff ? Verdict::Valid : Verdict::Invalid;
    }
    return r;
}

} // namespace keyward::capture
