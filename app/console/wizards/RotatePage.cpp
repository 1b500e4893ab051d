#include "wizards/RotatePage.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "models/ExpiryForecast.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/OneTimePasswordDialog.h"
#include "wizards/ChangeWindowWizard.h"
#include "wizards/OneTimePasswordFile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keyward::console {

RotatePage::RotatePage(ChangeWindowWizard *wizard) : ChangeWindowPage(wizard, tr("Rotation"))
{
    const QStringList &selected = wizard->selectedUsers();
    const auto &window = wizard->plannedWindow();
    setTitle(tr("Rotate passwords"));
    setSubTitle(tr("Each user chosen gets a one-time password and must pick a new one at the "
                   "next login. Their current sessions end."));
    m_bySelection = new QRadioButton(
        selected.isEmpty() ? tr("The users selected on the Users page (none selected)")
                           : tr("The %n user(s) selected on the Users page", nullptr,
                                static_cast<int>(selected.size())),
        this);
    m_bySelection->setObjectName(QStringLiteral("bySelection"));
    m_bySelection->setEnabled(!selected.isEmpty());
    m_byGroup = new QRadioButton(tr("Every member of the group:"), this);
    m_byGroup->setObjectName(QStringLiteral("byGroup"));
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("group"));
    m_byAge = new QRadioButton(tr("Everyone whose password is older than:"), this);
    m_byAge->setObjectName(QStringLiteral("byAge"));
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("age"));
    m_age->setRange(1, 3650);
    m_age->setValue(60);
    m_age->setSuffix(tr(" days"));
    m_temporary = new QCheckBox(
        tr("Temporary: disable accounts whose one-time password is still unused after"), this);
    m_temporary->setObjectName(QStringLiteral("temporary"));
    m_expiresHours = new QSpinBox(this);
    m_expiresHours->setObjectName(QStringLiteral("expiresHours"));
    m_expiresHours->setRange(1, 720);
    m_expiresHours->setValue(48);
    m_expiresHours->setSuffix(tr(" hours"));
    m_expiresHours->setEnabled(false);
    connect(m_temporary, &QCheckBox::toggled, m_expiresHours, &QSpinBox::setEnabled);
    auto *whoGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_bySelection, m_byGroup, m_byAge})
        whoGroup->addButton(b);
    if (window && !window->group.isEmpty()) {
        m_byGroup->setChecked(true);
        m_group->setText(window->group);
    } else if (window && window->olderThanDays > 0) {
        m_byAge->setChecked(true);
        m_age->setValue(window->olderThanDays);
    } else if (!selected.isEmpty()) {
        m_bySelection->setChecked(true);
    } else {
        m_byAge->setChecked(true);
    }

    m_now = new QRadioButton(tr("Rotate now"), this);
    m_now->setObjectName(QStringLiteral("rotateNow"));
    m_later = new QRadioButton(tr("Plan a change window"), this);
    m_later->setObjectName(QStringLiteral("planLater"));
    m_title = new QLineEdit(window ? window->title : QString(), this);
    m_title->setPlaceholderText(tr("e.g. Quarterly rotation, sales team"));
    m_start = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
    m_start->setCalendarPopup(true);
    m_start->setMinimumDateTime(QDateTime::currentDateTime());
    m_duration = new QSpinBox(this);
    m_duration->setRange(15, 1440);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" minutes"));
    auto *whenGroup = new QButtonGroup(this);
    whenGroup->addButton(m_now);
    whenGroup->addButton(m_later);
    m_now->setChecked(true);
    m_later->setEnabled(!window);
    MethodGate::require(m_later, api::Method::WindowPlan);
    auto enableLater = [this] {
        for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_start),
                           static_cast<QWidget *>(m_duration)})
            w->setEnabled(m_later->isChecked());
    };
    connect(m_later, &QRadioButton::toggled, this, enableLater);
    enableLater();

    m_show = new QRadioButton(tr("Show the one-time passwords once"), this);
    m_show->setObjectName(QStringLiteral("showPasswords"));
    m_export = new QRadioButton(tr("Write them to a file readable only by me:"), this);
    m_export->setObjectName(QStringLiteral("exportPasswords"));
    m_exportPath = new QLineEdit(this);
    m_exportPath->setObjectName(QStringLiteral("exportPath"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *handGroup = new QButtonGroup(this);
    handGroup->addButton(m_show);
    handGroup->addButton(m_export);
    m_show->setChecked(true);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save one-time passwords"),
                                                          QStringLiteral("one-time-passwords.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            m_exportPath->setText(path);
            m_export->setChecked(true);
        }
    });

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_rotate = new QPushButton(tr("Rotate"), this);
    m_rotate->setObjectName(QStringLiteral("rotate"));
    MethodGate::require(m_rotate, api::Method::UserRotate);
    guard(m_rotate);
    connect(m_rotate, &QPushButton::clicked, this, &RotatePage::rotate);

    auto *form = new QFormLayout;
    form->addRow(m_bySelection);
    form->addRow(m_byGroup, m_group);
    form->addRow(m_byAge, m_age);
    form->addRow(m_temporary, m_expiresHours);
    form->addRow(m_now);
    form->addRow(m_later);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Starts:"), m_start);
    form->addRow(tr("Lasts:"), m_duration);
    form->addRow(m_show);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportPath, 1);
    exportRow->addWidget(choose);
    form->addRow(m_export, exportRow);
    body()->addLayout(form);
    body()->addWidget(m_summary, 1);
    body()->addWidget(m_confirm);
    body()->addWidget(m_rotate, 0, Qt::AlignLeft);

    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_bySelection), static_cast<QAbstractButton *>(m_byGroup),
          static_cast<QAbstractButton *>(m_byAge), static_cast<QAbstractButton *>(m_temporary),
          static_cast<QAbstractButton *>(m_later)})
        connect(b, &QAbstractButton::toggled, this, &RotatePage::updateSummary);
    connect(m_group, &QLineEdit::textChanged, this, &RotatePage::updateSummary);
    connect(m_age, &QSpinBox::valueChanged, this, &RotatePage::updateSummary);
    connect(m_expiresHours, &QSpinBox::valueChanged, this, &RotatePage::updateSummary);
    connect(m_title, &QLineEdit::textChanged, this, &RotatePage::updateSummary);
    connect(m_confirm, &QCheckBox::toggled, this, &RotatePage::updateSummary);
    updateSummary();
}

void RotatePage::initializePage()
{
    updateSummary();
}

bool RotatePage::plansForLater() const
{
    return m_later->isChecked();
}

void RotatePage::exportPasswordsTo(const QString &path)
{
    m_exportPath->setText(path);
    m_export->setChecked(true);
}

QStringList RotatePage::affectedUsers() const
{
    if (m_bySelection->isChecked())
        return run()->selectedUsers();
    if (m_byAge->isChecked()) {
        // Older than N days = would be expired if the maximum age were N days.
        return ExpiryForecast(run()->users()->passwordChanges(), m_age->value())
            .expiredAt(QDateTime::currentDateTimeUtc());
    }
    return {};
}

int RotatePage::liveSessionsOfAffected() const
{
    const QStringList users = affectedUsers();
    SessionModel *sessions = run()->sessions();
    int live = 0;
    for (int row = 0; row < sessions->rowCount(); ++row) {
        if (users.contains(sessions->index(row, 0).data(SessionModel::UserNameRole).toString(),
                           Qt::CaseInsensitive))
            ++live;
    }
    return live;
}

void RotatePage::updateSummary()
{
    const QStringList users = affectedUsers();
    QString who;
    if (m_byGroup->isChecked())
        who = tr("Every member of the group <b>%1</b> (the server resolves the group).")
                  .arg(m_group->text().trimmed().toHtmlEscaped());
    else if (users.isEmpty())
        who = tr("<b>No users match.</b> Choose differently.");
    else
        who = tr("%n user(s): ", nullptr, static_cast<int>(users.size())) +
              users.mid(0, 30).join(QStringLiteral(", ")).toHtmlEscaped() +
              (users.size() > 30 ? QStringLiteral(" …") : QString());
    QString what;
    if (m_later->isChecked())
        what = tr("A change window \"%1\" is planned for %2, lasting %3 minutes. Nothing changes "
                  "until you carry it out.")
                   .arg(m_title->text().toHtmlEscaped(),
                        QLocale().toString(m_start->dateTime(), QLocale::LongFormat))
                   .arg(m_duration->value());
    else
        what = tr("Their passwords are replaced now by one-time passwords, shown once on the next "
                  "screen. %n live session(s) end now.",
                  nullptr, liveSessionsOfAffected());
    if (!m_later->isChecked() && m_temporary->isChecked())
        what += QLatin1Char(' ') +
                tr("An account whose one-time password is still unused after %n hour(s) is "
                   "disabled by the server.",
                   nullptr, m_expiresHours->value());
    m_summary->setText(QStringLiteral("<p>%1</p><p>%2</p>").arg(who, what));
    m_confirm->setText(m_later->isChecked() ? tr("Plan this change window")
                                            : tr("I understand, and I will hand the new "
                                                 "passwords to these users"));
    m_rotate->setText(m_later->isChecked() ? tr("Plan") : tr("Rotate"));
    const bool nothing = !m_byGroup->isChecked() && users.isEmpty();
    m_confirm->setEnabled(!nothing && !m_done);
    if (nothing)
        m_confirm->setChecked(false);
    m_rotate->setEnabled(m_confirm->isChecked() && !m_done && !isBusy());
}

void RotatePage::rotate()
{
    if (!m_confirm->isChecked() || m_done || isBusy())
        return;
    setBusy(true);
    QPointer<RotatePage> self(this);
    auto done = [self](const AdminActions::Outcome &o) {
        if (self)
            self->rotated(o);
    };
    if (m_later->isChecked()) {
        api::WindowPlanParams window;
        window.title = m_title->text().trimmed().isEmpty() ? tr("Password rotation")
                                                           : m_title->text().trimmed();
        window.start = api::IsoTime::seconds(m_start->dateTime());
        window.durationMinutes = m_duration->value();
        if (m_byGroup->isChecked())
            window.group = m_group->text().trimmed();
        if (m_byAge->isChecked())
            window.olderThanDays = m_age->value();
        run()->actions()->planWindow(window, done);
        return;
    }
    run()->actions()->rotate(m_bySelection->isChecked() ? run()->selectedUsers() : QStringList(),
                             m_byGroup->isChecked() ? m_group->text().trimmed() : QString(),
                             m_byAge->isChecked() ? m_age->value() : 0, done,
                             m_temporary->isChecked() ? m_expiresHours->value() : 0);
}

void RotatePage::rotated(const AdminActions::Outcome &outcome)
{
    setBusy(false);
    emit run()->finishedWith(outcome.ok, outcome.message);
    if (!outcome.ok) {
        updateSummary();
        return finish(false, outcome.message);
    }
    m_done = true;
    QString message = outcome.message;
    if (!outcome.passwords.isEmpty() && m_export->isChecked()) {
        const QString error = OneTimePasswordFile::write(m_exportPath->text(), outcome.passwords);
        if (error.isEmpty()) {
            message += QLatin1Char(' ') + tr("The one-time passwords are in %1 (readable only by "
                                             "you).")
                                              .arg(m_exportPath->text());
        } else {
            // The rotation happened: the passwords must not be lost, so show them.
            message += QLatin1Char(' ') + error;
            OneTimePasswordDialog::present(outcome, nullptr, run());
        }
    } else {
        OneTimePasswordDialog::present(outcome, nullptr, run());
    }
    updateSummary();
    finish(true, message);
    emit completeChanged();
}

} // namespace keyward::console
