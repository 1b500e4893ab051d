#pragma once

// A line at the top of a page that tells the admin how an action went: green for
// done (it fades after a while), red for a problem (it stays until dismissed).

#include <QFrame>
#include <QTimer>

class QLabel;

namespace keyward::console {

class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);
    void showSuccess(const QString &text);
    void showProblem(const QString &text);
    void showOutcome(bool ok, const QString &text) { ok ? showSuccess(text) : showProblem(text); }
    QString text() const;
    bool isProblem() const { return m_problem; }

private:
    void show(const QString &text, bool problem);

    QLabel *m_label;
    QTimer m_hide;
    bool m_problem = false;
};

} // namespace keyward::console
