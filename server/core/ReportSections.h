#pragma once

// The sections of a report, in order, from its figures: the layout the HTML and PDF
// share (the CSV carries the same figures as rows).

#include "core/ReportData.h"
#include "core/ReportSection.h"

namespace keyward::core {

class ReportSections
{
public:
    static QString title(const ReportData &data);
    // Who, when, which period, on which server.
    static QStringList preamble(const ReportData &data);
    static QList<ReportSection> of(const ReportData &data);
    // "2026-11-29 16:30 UTC", or "never" for a null time.
    static QString when(const QDateTime &time);
};

} // namespace keyward::core
