#pragma once

// Every line keywardd logs stays one line that says what it says. Names and strings
// from the wire (user names, host names, reasons) reach log messages in many places;
// rather than escape them at each one, keywardd installs this Qt message handler at
// start, which escapes line breaks and control characters in every message before
// the message is formatted and written. A user name with a newline cannot forge a
// second log line, and one with an escape sequence cannot repaint a terminal.

#include <QString>

namespace keyward::runtime {

class LogSanitizer
{
public:
    // `message` with line breaks and control characters written as escapes: \n, \r,
    // \t, \xHH for the other C0 controls and DEL, \uHHHH for C1 controls, the Unicode
    // line and paragraph separators and the bidirectional overrides. Everything else,
    // backslashes and non-ASCII letters included, is kept as it is.
    static QString escape(const QString &message);

    // Installs the escaping handler in front of the one in place (Qt's default
    // handler, which applies the message pattern). Installing it twice does nothing.
    static void install();
};

} // namespace keyward::runtime
