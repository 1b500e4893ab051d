#pragma once

// What a page shows in place of its empty table: what the table would hold and what
// to do to fill it, with the buttons that do it. It stacks over the table and follows
// the model: the table while the model has rows, the message once it has none (and,
// when given, the condition holds: a list not loaded yet is not an empty one).

#include <QPointer>
#include <QStackedWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace keyward::console {

class EmptyState : public QStackedWidget
{
    Q_OBJECT

public:
    // `content` (the table) goes in the stack; the message replaces it while `model` is
    // empty.
    EmptyState(QWidget *content, QAbstractItemModel *model, QWidget *parent = nullptr);
    // Stops following the model first: a model that dies with the content (a list
    // widget's own) resets on its way out.
    ~EmptyState() override;

    // A title and a paragraph or two (rich text).
    void setMessage(const QString &title, const QString &text);
    // A button under the message; connect its `clicked`.
    QPushButton *addButton(const QString &label);
    // Shown only when this also holds (default: always).
    void setCondition(std::function<bool()> condition);
    // Looks at the model (and the condition) again.
    void refresh();

    bool isShowingMessage() const;
    QString title() const;
    QString text() const;

private:
    QWidget *m_content;
    QPointer<QAbstractItemModel> m_model;
    QWidget *m_panel;
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
    std::function<bool()> m_condition;
};

} // namespace keyward::console
