#include "views/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace keyward::console {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::showSuccess(const QString &text)
{
    show(text, false);
}

void MessageBanner::showProblem(const QString &text)
{
    show(text, true);
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::show(const QString &text, bool problem)
{
    m_problem = problem;
    m_label->setText(text);
    setStyleSheet(problem ? QStringLiteral("QFrame { background: #f8d7d0; color: #5a1308; }")
                          : QStringLiteral("QFrame { background: #d6efd8; color: #12361a; }"));
    setVisible(true);
    if (problem)
        m_hide.stop();
    else
        m_hide.start(15000);
}

} // namespace keyward::console
