#include "runtime/LogSanitizer.h"

#include <QMessageLogContext>
#include <atomic>
#include <cstdio>

namespace keyward::runtime {

namespace {

std::atomic<QtMessageHandler> g_next{nullptr};

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069);
}

void escapingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString escaped = LogSanitizer::escape(message);
    if (const QtMessageHandler next = g_next.load(); next && next != &escapingHandler) {
        next(type, context, escaped);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, escaped).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

} // namespace

QString LogSanitizer::escape(const QString &message)
{
    qsizetype first = 0;
    while (first < message.size() && !needsEscape(message[first].unicode()))
        ++first;
    if (first == message.size())
        return message;
    QString out = message.left(first);
    out.reserve(message.size() + 16);
    for (qsizetype i = first; i < message.size(); ++i) {
        const char16_t c = message[i].unicode();
        if (!needsEscape(c)) {
            out += QChar(c);
        } else if (c == '\n') {
            out += QLatin1String("\\n");
        } else if (c == '\r') {
            out += QLatin1String("\\r");
        } else if (c == '\t') {
            out += QLatin1String("\\t");
        } else if (c < 0x80) {
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

void LogSanitizer::install()
{
    static std::atomic<bool> installed{false};
    if (installed.exchange(true))
        return;
    // Qt returns its default handler when no other was installed.
    g_next.store(qInstallMessageHandler(&escapingHandler));
}

} // namespace keyward::runtime
