#pragma once

// A bar chart (Qt Charts) of the weeks ahead: how many passwords expire in each,
// and which weeks have a planned change window.

#include "api/WindowMessages.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;

namespace keyward::console {

class ExpiryTimelineChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Weeks = 12;

    explicit ExpiryTimelineChart(QWidget *parent = nullptr);
    // expiriesPerWeek[i]: passwords expiring in week i from now; windows as listed
    // by the server.
    void setData(const QList<int> &expiriesPerWeek, const QList<api::ChangeWindow> &windows);
    // For tests: the values shown, per series.
    QList<qreal> expiryValues() const;
    QList<qreal> windowValues() const;

private:
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace keyward::console
