#include "wizards/RotationWizard.h"

#include "api/AdminMethod.h"
#include "api/IsoTime.h"
#include "models/AdminActions.h"
#include "models/DisplayFormat.h"
#include "models/ExpiryForecast.h"
#include "models/SessionModel.h"
#include "models/UserModel.h"
#include "views/MethodGate.h"
#include "views/OneTimePasswordDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWizardPage>

namespace keyward::console {

RotationWizard::RotationWizard(AdminActions *actions, UserModel *users, SessionModel *sessions,
                               const QStringList &selected,
                               const std::optional<api::ChangeWindow> &window, QWidget *parent)
    : QWizard(parent), m_actions(actions), m_users(users), m_sessions(sessions),
      m_selected(selected), m_window(window)
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Rotate passwords"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    // 1. Who.
    auto *who = new QWizardPage(this);
    who->setTitle(tr("Whose passwords?"));
    who->setSubTitle(tr("Each user chosen gets a one-time password and must pick a new one at "
                        "the next login. Their current sessions end."));
    m_bySelection = new QRadioButton(
        selected.isEmpty() ? tr("The users selected on the Users page (none selected)")
                           : tr("The %n user(s) selected on the Users page", nullptr,
                                static_cast<int>(selected.size())),
        who);
    m_bySelection->setEnabled(!selected.isEmpty());
    m_byGroup = new QRadioButton(tr("Every member of the group:"), who);
    m_group = new QLineEdit(who);
    m_byAge = new QRadioButton(tr("Everyone whose password is older than:"), who);
    m_age = new QSpinBox(who);
    m_age->setRange(1, 3650);
    m_age->setValue(60);
    m_age->setSuffix(tr(" days"));
    m_temporary = new QCheckBox(tr("Temporary: disable accounts whose one-time password is "
                                   "still unused after"),
                                who);
    m_temporary->setObjectName(QStringLiteral("temporary"));
    m_expiresHours = new QSpinBox(who);
    m_expiresHours->setObjectName(QStringLiteral("expiresHours"));
    m_expiresHours->setRange(1, 720);
    m_expiresHours->setValue(48);
    m_expiresHours->setSuffix(tr(" hours"));
    m_expiresHours->setEnabled(false);
    connect(m_temporary, &QCheckBox::toggled, m_expiresHours, &QSpinBox::setEnabled);
    auto *whoGroup = new QButtonGroup(who);
    for (QRadioButton *b : {m_bySelection, m_byGroup, m_byAge})
        whoGroup->addButton(b);
    auto *whoLayout = new QFormLayout(who);
    whoLayout->addRow(m_bySelection);
    whoLayout->addRow(m_byGroup, m_group);
    whoLayout->addRow(m_byAge, m_age);
    whoLayout->addRow(m_temporary, m_expiresHours);
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
    addPage(who);

    // 2. When.
    auto *when = new QWizardPage(this);
    when->setTitle(tr("Now or later?"));
    when->setSubTitle(tr("A planned change window appears on every console's calendar and on "
                         "the dashboard when it is due. Nothing rotates by itself: the new "
                         "passwords must reach the people."));
    m_now = new QRadioButton(tr("Rotate now"), when);
    m_later = new QRadioButton(tr("Plan a change window"), when);
    m_title = new QLineEdit(window ? window->title : QString(), when);
    m_title->setPlaceholderText(tr("e.g. Quarterly rotation, sales team"));
    m_start = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), when);
    m_start->setCalendarPopup(true);
    m_start->setMinimumDateTime(QDateTime::currentDateTime());
    m_duration = new QSpinBox(when);
    m_duration->setRange(15, 1440);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" minutes"));
    auto *whenGroup = new QButtonGroup(when);
    whenGroup->addButton(m_now);
    whenGroup->addButton(m_later);
    m_now->setChecked(true);
    m_later->setEnabled(!window);
    MethodGate::require(m_later, api::Method::WindowPlan);
    auto *whenLayout = new QFormLayout(when);
    whenLayout->addRow(m_now);
    whenLayout->addRow(m_later);
    whenLayout->addRow(tr("Title:"), m_title);
    whenLayout->addRow(tr("Starts:"), m_start);
    whenLayout->addRow(tr("Lasts:"), m_duration);
    auto enableLater = [this] {
        for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_start),
                           static_cast<QWidget *>(m_duration)})
            w->setEnabled(m_later->isChecked());
    };
    connect(m_later, &QRadioButton::toggled, this, enableLater);
    enableLater();
    addPage(when);

    // 3. Check.
    auto *check = new QWizardPage(this);
    check->setTitle(tr("Check and confirm"));
    m_summary = new QLabel(check);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_confirm =
        new QCheckBox(tr("I understand, and I will hand the new passwords to these users"), check);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_summary, 1);
    checkLayout->addWidget(m_confirm);
    addPage(check);

    // Finish stays off until the admin ticks the confirmation.
    auto gate = [this] {
        if (currentId() == 2)
            button(QWizard::FinishButton)->setEnabled(m_confirm->isChecked());
    };
    connect(m_confirm, &QCheckBox::toggled, this, gate);
    connect(this, &QWizard::currentIdChanged, this, [this, gate](int id) {
        if (id == 2)
            updateSummary();
        gate();
    });
    setButtonText(QWizard::FinishButton, tr("Rotate"));
    resize(620, 420);
}

bool RotationWizard::plansForLater() const
{
    return m_later->isChecked();
}

QStringList RotationWizard::affectedUsers() const
{
    if (m_bySelection->isChecked())
        return m_selected;
    if (m_byAge->isChecked()) {
        // Older than N days = would be expired if the maximum age were N days.
        return ExpiryForecast(m_users->passwordChanges(), m_age->value())
            .expiredAt(QDateTime::currentDateTimeUtc());
    }
    return {};
}

int RotationWizard::liveSessionsOfAffected() const
{
    const QStringList users = affectedUsers();
    int live = 0;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        if (users.contains(m_sessions->index(row, 0).data(SessionModel::UserNameRole).toString(),
                           Qt::CaseInsensitive))
            ++live;
    }
    return live;
}

void RotationWizard::updateSummary()
{
    const QStringList users = affectedUsers();
    QString who;
    if (m_byGroup->isChecked())
        who = tr("Every member of the group <b>%1</b> (the server resolves the group).")
                  .arg(m_group->text().trimmed().toHtmlEscaped());
    else if (users.isEmpty())
        who = tr("<b>No users match.</b> Go back and choose differently.");
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
    setButtonText(QWizard::FinishButton, m_later->isChecked() ? tr("Plan") : tr("Rotate"));
    const bool nothing = !m_byGroup->isChecked() && users.isEmpty();
    m_confirm->setEnabled(!nothing);
    if (nothing)
        m_confirm->setChecked(false);
}

bool RotationWizard::validateCurrentPage()
{
    return currentId() != 2 || m_confirm->isChecked();
}

void RotationWizard::accept()
{
    QPointer<QWidget> owner(parentWidget());
    QPointer<RotationWizard> self(this);
    auto report = [self](const AdminActions::Outcome &o) {
        if (self)
            emit self->finishedWith(o.ok, o.message);
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
        m_actions->planWindow(window, report);
    } else {
        const QStringList names = m_bySelection->isChecked() ? m_selected : QStringList();
        m_actions->rotate(
            names, m_byGroup->isChecked() ? m_group->text().trimmed() : QString(),
            m_byAge->isChecked() ? m_age->value() : 0,
            [owner, report](const AdminActions::Outcome &o) {
                report(o);
                OneTimePasswordDialog::present(o, nullptr, owner);
            },
            m_temporary->isChecked() ? m_expiresHours->value() : 0);
    }
    QWizard::accept();
}

} // namespace keyward::console
