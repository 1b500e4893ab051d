#pragma once

// A report's figures as a file: HTML (with inline SVG charts), CSV (one row per
// figure: section, subject, field, value, at, actor) or PDF (PdfDocument). The
// result is unsigned; ReportSignature signs it.

#include "core/ReportData.h"

#include <QByteArray>

namespace keyward::core {

class ReportRenderer
{
public:
    static QByteArray html(const ReportData &data);
    static QByteArray csv(const ReportData &data);
    // Drawn with the fonts in `fontDirectory` (PdfDocument::defaultFontDirectory()); without
    // them, with the standard PDF fonts and a line that says characters may be missing.
    static QByteArray pdf(const ReportData &data, const QString &fontDirectory = {});
    // By format name ("pdf", "html", "csv").
    static QByteArray render(const ReportData &data, const QString &format);
};

} // namespace keyward::core
