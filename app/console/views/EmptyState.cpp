#include "views/EmptyState.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::console {

EmptyState::EmptyState(QWidget *content, QAbstractItemModel *model, QWidget *parent)
    : QStackedWidget(parent), m_content(content), m_model(model), m_panel(new QWidget(this)),
      m_title(new QLabel(m_panel)), m_text(new QLabel(m_panel)), m_buttons(new QVBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_text}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setOpenExternalLinks(false);
    }
    m_text->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(m_panel);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
    m_buttons->setAlignment(Qt::AlignHCenter);

    addWidget(content);
    addWidget(m_panel);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    refresh();
}

EmptyState::~EmptyState()
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
}

void EmptyState::setMessage(const QString &title, const QString &text)
{
    m_title->setText(title.toHtmlEscaped());
    m_text->setText(text);
}

QPushButton *EmptyState::addButton(const QString &label)
{
    auto *button = new QPushButton(label, m_panel);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
    return button;
}

void EmptyState::setCondition(std::function<bool()> condition)
{
    m_condition = std::move(condition);
    refresh();
}

void EmptyState::refresh()
{
    if (!m_model)
        return;
    const bool empty = m_model->rowCount() == 0 && (!m_condition || m_condition());
    setCurrentWidget(empty ? m_panel : m_content);
}

bool EmptyState::isShowingMessage() const
{
    return currentWidget() == m_panel;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace keyward::console
