#pragma once

// Small helpers the dissector shares: reading big-endian values from checked
// positions, spelling out addresses and bytes, and building FieldNodes.

#include "dissect/FieldNode.h"

#include <QByteArray>
#include <QString>

namespace keyward::capture {

class FieldText
{
public:
    static quint16 u16(const uchar *p) { return static_cast<quint16>(p[0] << 8 | p[1]); }
    static quint32 u32(const uchar *p)
    {
        return static_cast<quint32>(p[0]) << 24 | static_cast<quint32>(p[1]) << 16 |
               static_cast<quint32>(p[2]) << 8 | p[3];
    }
    static QString ipv4(quint32 address);
    static QString mac(const uchar *p);
    // Lower-case hex without separators; longer input is cut at limit bytes with "...".
    static QString hex(const uchar *p, int length, int limit = 64);
    static QString hex16(quint16 v)
    {
        return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
    }
    static QString hex32(quint32 v)
    {
        return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
    }
    // Printable text: control characters and non-ASCII bytes as \xNN.
    static QString printable(const uchar *p, int length);
    // A fixed-size NUL-padded text field.
    static QString fixedString(const uchar *p, int length);

    static FieldNode node(const QString &name, const QString &value, int offset, int length,
                          const QString &key = {})
    {
        FieldNode n;
        n.name = name;
        n.value = value;
        n.offset = offset;
        n.length = length;
        n.key = key;
        return n;
    }
};

} // namespace keyward::capture
