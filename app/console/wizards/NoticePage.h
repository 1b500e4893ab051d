#pragma once

// Step 3: the notice for users. keywardd renders it from its template for this
// window's times, as text and as HTML (window.notice); the template can be edited
// here and saved (window.notice.set, audited). The template knows only the window's
// title, times, duration and group, so a notice never carries a password.

#include "api/WindowStepMessages.h"
#include "wizards/ChangeWindowPage.h"

#include <QDateTime>
#include <optional>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace keyward::console {

class NoticePage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit NoticePage(ChangeWindowWizard *wizard);

    void initializePage() override;
    // Asks keywardd for the notice with the times on the page.
    void preview();
    // Stores the template as edited, then shows the notice again.
    void saveTemplate();
    // Writes the notice (HTML for a name ending in .html, else text); an error or empty.
    QString saveNoticeTo(const QString &path) const;
    const std::optional<api::NoticeText> &notice() const { return m_notice; }
    QPlainTextEdit *text() const { return m_text; }
    QTextBrowser *html() const { return m_html; }
    QLineEdit *subject() const { return m_subject; }
    QPlainTextEdit *templateBody() const { return m_body; }
    // The times the notice is for (the planned window's, or those on the page).
    QDateTime start() const;
    int durationMinutes() const;

private:
    void display(const api::NoticeText &notice);

    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QPushButton *m_preview;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_saveFile;
    QPlainTextEdit *m_text;
    QTextBrowser *m_html;
    std::optional<api::NoticeText> m_notice;
    bool m_templateSaved = false;
};

} // namespace keyward::console
