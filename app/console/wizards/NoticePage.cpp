#include "wizards/NoticePage.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "wizards/ChangeWindowSteps.h"
#include "wizards/ChangeWindowWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace keyward::console {

NoticePage::NoticePage(ChangeWindowWizard *wizard)
    : ChangeWindowPage(wizard, tr("Notice")), m_title(new QLineEdit(this)),
      m_start(new QDateTimeEdit(this)), m_duration(new QSpinBox(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_preview(new QPushButton(tr("Show the notice"), this)),
      m_save(new QPushButton(tr("Save the template"), this)),
      m_copy(new QPushButton(tr("Copy text"), this)),
      m_saveFile(new QPushButton(tr("Save as…"), this)), m_text(new QPlainTextEdit(this)),
      m_html(new QTextBrowser(this))
{
    setTitle(tr("Tell the users"));
    setSubTitle(tr("The notice says when the window is and what users must do. It is made from "
                   "the server's template, which may use {title}, {start}, {end}, {duration} and "
                   "{group} only: a notice never holds a password."));
    const auto &window = wizard->plannedWindow();
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setText(window ? window->title : tr("Password rotation"));
    m_start->setObjectName(QStringLiteral("noticeStart"));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(window ? window->start.toLocalTime()
                                : QDateTime::currentDateTime().addSecs(3600));
    m_duration->setObjectName(QStringLiteral("noticeDuration"));
    m_duration->setRange(15, 1440);
    m_duration->setValue(window ? window->durationMinutes : 60);
    m_duration->setSuffix(tr(" minutes"));
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_start),
                       static_cast<QWidget *>(m_duration)})
        w->setEnabled(!window); // a planned window's own times
    m_subject->setObjectName(QStringLiteral("noticeSubject"));
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setMaximumBlockCount(200);
    m_preview->setObjectName(QStringLiteral("previewNotice"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_copy->setObjectName(QStringLiteral("copyNotice"));
    m_saveFile->setObjectName(QStringLiteral("saveNotice"));
    MethodGate::require(m_preview, api::Method::WindowNotice);
    MethodGate::require(m_save, api::Method::WindowNoticeSet);
    for (QPushButton *b : {m_preview, m_save, m_copy, m_saveFile})
        guard(b);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setReadOnly(true);
    m_html->setObjectName(QStringLiteral("noticeHtml"));
    connect(m_preview, &QPushButton::clicked, this, &NoticePage::preview);
    connect(m_save, &QPushButton::clicked, this, &NoticePage::saveTemplate);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_text->toPlainText());
        banner()->showSuccess(tr("The notice is on the clipboard."));
    });
    connect(m_saveFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the notice"), QStringLiteral("notice.html"),
                                         tr("HTML (*.html);;Text (*.txt)"));
        if (path.isEmpty())
            return;
        const QString error = saveNoticeTo(path);
        error.isEmpty() ? banner()->showSuccess(tr("Saved %1.").arg(path))
                        : banner()->showProblem(error);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Window:"), m_title);
    form->addRow(tr("Starts:"), m_start);
    form->addRow(tr("Lasts:"), m_duration);
    form->addRow(tr("Subject template:"), m_subject);
    form->addRow(tr("Body template:"), m_body);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_preview, m_save, m_copy, m_saveFile})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_text, tr("Text"));
    tabs->addTab(m_html, tr("HTML"));
    body()->addLayout(form);
    body()->addLayout(buttons);
    body()->addWidget(tabs, 1);
}

QDateTime NoticePage::start() const
{
    return m_start->dateTime().toUTC();
}

int NoticePage::durationMinutes() const
{
    return m_duration->value();
}

void NoticePage::initializePage()
{
    if (!m_notice)
        preview();
}

void NoticePage::preview()
{
    api::WindowNoticeParams params;
    if (const auto &window = run()->plannedWindow()) {
        params.id = window->id;
    } else {
        params.title = m_title->text().trimmed().isEmpty() ? tr("Password rotation")
                                                           : m_title->text().trimmed();
        params.start = api::IsoTime::seconds(m_start->dateTime().toUTC());
        params.durationMinutes = m_duration->value();
    }
    setBusy(true);
    QPointer<NoticePage> self(this);
    run()->steps()->notice(params, [self](const Result<api::NoticeText> &r) {
        if (!self)
            return;
        self->setBusy(false);
        if (!r)
            return self->banner()->showProblem(
                tr("No notice: %1").arg(QString::fromStdString(r.message())));
        self->display(*r);
    });
}

void NoticePage::display(const api::NoticeText &notice)
{
    m_notice = notice;
    if (m_subject->text().isEmpty() && m_body->toPlainText().isEmpty()) {
        m_subject->setText(notice.templ.subject);
        m_body->setPlainText(notice.templ.body);
    }
    m_text->setPlainText(notice.subject + QStringLiteral("\n\n") + notice.text);
    m_html->setHtml(notice.html);
    run()->record(step(), true,
                  m_templateSaved ? tr("Notice \"%1\" written from the template saved in this "
                                       "window.")
                                        .arg(notice.subject)
                                  : tr("Notice \"%1\" written.").arg(notice.subject));
}

void NoticePage::saveTemplate()
{
    setBusy(true);
    QPointer<NoticePage> self(this);
    run()->steps()->setNoticeTemplate(
        {m_subject->text(), m_body->toPlainText()}, [self](const Result<api::NoticeTemplate> &r) {
            if (!self)
                return;
            self->setBusy(false);
            if (!r)
                return self->banner()->showProblem(
                    tr("The template was not saved: %1").arg(QString::fromStdString(r.message())));
            self->m_templateSaved = true;
            self->banner()->showSuccess(tr("The template is saved on the server."));
            self->preview();
        });
}

QString NoticePage::saveNoticeTo(const QString &path) const
{
    if (!m_notice)
        return tr("There is no notice yet.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QString content = path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive)
                                ? m_notice->html
                                : m_text->toPlainText();
    file.write(content.toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace keyward::console
