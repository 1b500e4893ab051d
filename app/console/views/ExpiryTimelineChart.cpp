#include "views/ExpiryTimelineChart.h"

#include "models/DisplayFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

namespace keyward::console {

ExpiryTimelineChart::ExpiryTimelineChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("expiryTimeline"));
    m_chart->setTitle(tr("The next 12 weeks"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setData(QList<int>(Weeks, 0), {});
}

void ExpiryTimelineChart::setData(const QList<int> &expiriesPerWeek,
                                  const QList<api::ChangeWindow> &windows)
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series; removed axes are handed back to us.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *expiring = new QBarSet(tr("Passwords expiring"));
    expiring->setColor(QColor(0xe0, 0x8a, 0x1e));
    auto *planned = new QBarSet(tr("Planned change windows"));
    planned->setColor(QColor(0x1e, 0x63, 0xb4));
    QList<int> windowsPerWeek(Weeks, 0);
    for (const api::ChangeWindow &w : windows) {
        const qint64 seconds = now.secsTo(w.start);
        const qint64 week = seconds <= 0 ? 0 : seconds / (7 * 86400);
        if (week < Weeks)
            ++windowsPerWeek[static_cast<qsizetype>(week)];
    }
    // The locale's short date without the year ("12/4", "04.12"): it fits under a bar.
    QString dayMonth = QLocale().dateFormat(QLocale::ShortFormat);
    dayMonth.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*")));
    QStringList categories;
    int highest = 1;
    for (int week = 0; week < Weeks; ++week) {
        const int count = week < expiriesPerWeek.size() ? expiriesPerWeek[week] : 0;
        *expiring << count;
        *planned << windowsPerWeek[week];
        highest = std::max({highest, count, windowsPerWeek[week]});
        categories << QLocale().toString(now.addDays(7 * week).toLocalTime().date(), dayMonth);
    }
    auto *series = new QBarSeries;
    series->append(expiring);
    series->append(planned);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Week starting"));
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    // Wide enough for every week's label whole: Qt Charts elides ("12/...") what does
    // not fit under its bar, so the layout gives the chart this much first.
    const QFontMetrics metrics(small);
    int widest = 0;
    for (const QString &c : std::as_const(categories))
        widest = std::max(widest, metrics.horizontalAdvance(c));
    m_view->setMinimumWidth(
        Weeks * (widest + metrics.averageCharWidth() * 2) +
        QFontMetrics(m_chart->font()).horizontalAdvance(QStringLiteral("0000")) +
        int(m_chart->margins().left() + m_chart->margins().right()) + 40);
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(highest, 5) + 1);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QList<qreal> ExpiryTimelineChart::expiryValues() const
{
    QList<qreal> out;
    const auto series = m_chart->series();
    if (auto *bars = series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first()))
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            out << bars->barSets().first()->at(i);
    return out;
}

QList<qreal> ExpiryTimelineChart::windowValues() const
{
    QList<qreal> out;
    const auto series = m_chart->series();
    if (auto *bars = series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first()))
        for (int i = 0; i < bars->barSets().at(1)->count(); ++i)
            out << bars->barSets().at(1)->at(i);
    return out;
}

} // namespace keyward::console
