#include "dissect/FieldText.h"

namespace keyward::capture {

QString FieldText::ipv4(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

QString FieldText::mac(const uchar *p)
{
    QString out;
    out.reserve(17);
    for (int i = 0; i < 6; ++i) {
        if (i)
            out += QLatin1Char(':');
        out += QStringLiteral("%1").arg(p[i], 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString FieldText::hex(const uchar *p, int length, int limit)
{
    static constexpr char digits[] = "0123456789abcdef";
    const int n = qMin(length, limit);
    QString out;
    out.reserve(n * 2 + 3);
    for (int i = 0; i < n; ++i) {
        out += QLatin1Char(digits[p[i] >> 4]);
        out += QLatin1Char(digits[p[i] & 0x0f]);
    }
    if (length > limit)
        out += QStringLiteral("...");
    return out;
}

QString FieldText::printable(const uchar *p, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        const uchar c = p[i];
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(static_cast<char>(c));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString FieldText::fixedString(const uchar *p, int length)
{
    int n = 0;
    while (n < length && p[n] != 0)
        ++n;
    return printable(p, n);
}

} // namespace keyward::capture
