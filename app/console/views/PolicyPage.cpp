#include "views/PolicyPage.h"

#include "api/AdminMethod.h"
#include "models/AdminActions.h"
#include "models/DisplayFormat.h"
#include "models/ExpiryForecast.h"
#include "models/PolicyDocument.h"
#include "models/ServerOverview.h"
#include "models/UserModel.h"
#include "views/Confirmation.h"
#include "views/EmptyState.h"
#include "views/ExpiryTimelineChart.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/WindowReminder.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <tuple>

namespace keyward::console {

namespace {
struct NumberSetting
{
    const char *key;
    const char *label;
    const char *suffix;
    const char *help;
};
struct Section
{
    const char *title;
    QList<NumberSetting> numbers;
    QList<QPair<const char *, const char *>> switches; // key, label
};

const QList<Section> &sections()
{
    static const QList<Section> all{
        {QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Encryption and sign-in"),
         {},
         {{"allowMppe128",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Allow 128-bit encryption")},
          {"allowMppe56",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Allow 56-bit encryption (weak)")},
          {"allowMppe40",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Allow 40-bit encryption (weak)")},
          {"allowStatefulMppe", QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                                                  "Allow stateful encryption (fewer key changes)")},
          {"preferStatefulMppe",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "Ask clients for stateful encryption first (legacy clients)")},
          {"lockoutKnownAddressesOnly",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "Lock an account only for failed logins from addresses its user "
                             "signed in from before")}}},
        {QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Passwords"),
         {{"passwordMaxAgeDays", QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Expire after"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " days"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "Users must choose a new password this often.")},
          {"passwordMinLength", QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Minimum length"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " characters"), ""},
          {"passwordMinClasses",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Kinds of characters"), "",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "Of lower case, upper case, digits and others, how many a "
                             "password must use.")},
          {"passwordHistory",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Remember previous"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " passwords"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "A new password may not be one of these.")}},
         {}},
        {QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Lockout"),
         {{"lockoutThreshold", QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Lock after"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " failed logins"), ""},
          {"lockoutMinutes", QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Lock for"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " minutes"), ""}},
         {}},
        {QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Sessions and records"),
         {{"maxSessionHours", QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Longest session"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " hours"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage",
                             "After this the user signs in again.")},
          {"idleTimeoutMinutes",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Disconnect when idle for"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " minutes"), ""},
          {"auditRetentionDays",
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", "Keep the audit log for"),
           QT_TRANSLATE_NOOP("keyward::console::PolicyPage", " days"), ""}},
         {}},
    };
    return all;
}
} // namespace

PolicyPage::PolicyPage(PolicyDocument *policy, UserModel *users, ServerOverview *overview,
                       AdminActions *actions, QWidget *parent)
    : QWidget(parent), m_policy(policy), m_users(users), m_overview(overview), m_actions(actions),
      m_weak(new QLabel(this)), m_radiusNote(new QLabel(this)), m_preview(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply changes"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this)), m_chart(new ExpiryTimelineChart(this)),
      m_noExpiry(new QLabel(this)), m_windows(new QListWidget(this)),
      m_cancelWindow(new QPushButton(tr("Cancel window"), this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("policyPage"));
    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    for (const Section &section : sections()) {
        auto *box = new QGroupBox(tr(section.title), editor);
        auto *form = new QFormLayout(box);
        for (const auto &[key, label] : section.switches) {
            // The box, then its words in a label that wraps: a long setting must not
            // widen the editor past a 1280x800 window. Clicking the words ticks it.
            auto *check = new QCheckBox(box);
            check->setObjectName(QLatin1String(key));
            check->setAccessibleName(tr(label));
            auto *words = new QLabel(tr(label), box);
            words->setWordWrap(true);
            words->setBuddy(check);
            words->installEventFilter(this);
            m_checkLabels.insert(words, check);
            m_checks.insert(QLatin1String(key), check);
            form->addRow(check, words);
            connect(check, &QCheckBox::toggled, this, &PolicyPage::edited);
        }
        if (!section.switches.isEmpty()) {
            // Not a setting: Keyward offers MS-CHAPv2 only, and says why.
            auto *signIn = new QLabel(tr("Sign-in: MS-CHAPv2 only. PAP, CHAP-MD5 and MS-CHAPv1 "
                                         "expose the password or its hash and are not offered."),
                                      box);
            signIn->setWordWrap(true);
            signIn->setObjectName(QStringLiteral("signInMethods"));
            form->addRow(signIn);
        }
        for (const NumberSetting &n : section.numbers) {
            auto *spin = new QSpinBox(box);
            spin->setObjectName(QLatin1String(n.key));
            if (*n.suffix)
                spin->setSuffix(tr(n.suffix));
            if (*n.help)
                spin->setToolTip(tr(n.help));
            auto *label = new QLabel(tr(n.label), box);
            label->setBuddy(spin);
            m_spins.insert(QLatin1String(n.key), spin);
            m_labels.insert(QLatin1String(n.key), label);
            form->addRow(label, spin);
            connect(spin, &QSpinBox::valueChanged, this, &PolicyPage::edited);
        }
        editorLayout->addWidget(box);
    }
    m_weak->setWordWrap(true);
    m_weak->setObjectName(QStringLiteral("weakSettings"));
    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    editorLayout->addWidget(m_weak);
    m_radiusNote->setObjectName(QStringLiteral("radiusPasswordNote"));
    m_radiusNote->setWordWrap(true);
    m_radiusNote->setText(
        tr("This server signs users in through RADIUS too. The password rules here (length, "
           "complexity, expiry, lockout) apply to the users in Keyward's own store only; "
           "RADIUS users' passwords are set and checked on the RADIUS side. The encryption and "
           "session rules apply to everyone."));
    m_radiusNote->hide();
    editorLayout->addWidget(m_radiusNote);
    editorLayout->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    // Never narrower than the editor needs: the schedule beside it gives way instead.
    m_editor = editor;
    m_editorScroll = scroll;
    editor->installEventFilter(this);
    fitEditor();

    auto *schedule = new QWidget;
    auto *scheduleLayout = new QVBoxLayout(schedule);
    m_noExpiry->setObjectName(QStringLiteral("noExpiry"));
    m_noExpiry->setWordWrap(true);
    m_noExpiry->setText(tr("Passwords never expire, so none shows on this timeline: set "
                           "\"Expire after\" (30 to 90 days) under Passwords, then plan the "
                           "windows in which users change them."));
    m_noExpiry->hide();
    scheduleLayout->addWidget(m_noExpiry);
    scheduleLayout->addWidget(m_chart, 2);
    auto *windowsTitle = new QLabel(tr("<b>Planned change windows</b>"), schedule);
    scheduleLayout->addWidget(windowsTitle);
    m_windows->setObjectName(QStringLiteral("changeWindows"));
    m_windows->setWordWrap(true);
    m_windowsEmpty = new EmptyState(m_windows, m_windows->model(), schedule);
    m_windowsEmpty->setMessage(tr("No change window planned"),
                               tr("Plan when passwords are rotated, so users can be told in "
                                  "advance; Keyward reminds you before each window starts."));
    QPushButton *planFirst = m_windowsEmpty->addButton(tr("Plan a change window…"));
    planFirst->setObjectName(QStringLiteral("planFirstWindow"));
    MethodGate::require(planFirst, api::Method::WindowPlan);
    connect(planFirst, &QPushButton::clicked, this,
            [this] { emit rotationRequested(std::nullopt); });
    scheduleLayout->addWidget(m_windowsEmpty, 1);
    // How long before a window the console reminds (a setting of this console).
    auto *lead = new QSpinBox(schedule);
    lead->setObjectName(QStringLiteral("reminderLead"));
    lead->setRange(0, 24 * 60);
    lead->setSingleStep(15);
    lead->setSuffix(tr(" min"));
    lead->setValue(WindowReminder::leadMinutes());
    lead->setToolTip(tr("0: only when the window starts"));
    connect(lead, &QSpinBox::valueChanged, this, &WindowReminder::setLeadMinutes);
    auto *leadLabel = new QLabel(tr("Remind me before a window starts:"), schedule);
    leadLabel->setBuddy(lead);
    auto *leadRow = new QHBoxLayout;
    leadRow->addWidget(leadLabel);
    leadRow->addWidget(lead);
    leadRow->addStretch();
    scheduleLayout->addLayout(leadRow);
    // Two rows of buttons: one row of three is wider than the page leaves the schedule.
    auto *windowButtons = new QGridLayout;
    auto *plan = new QPushButton(tr("&Plan or start a rotation…"), schedule);
    auto *start = new QPushButton(tr("&Carry out selected window…"), schedule);
    windowButtons->addWidget(plan, 0, 0);
    windowButtons->addWidget(start, 0, 1);
    windowButtons->addWidget(m_cancelWindow, 1, 1);
    windowButtons->setColumnStretch(2, 1);
    scheduleLayout->addLayout(windowButtons);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("policySplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(schedule);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &PolicyPage::applyChanges);
    connect(m_revert, &QPushButton::clicked, this, &PolicyPage::revert);
    connect(plan, &QPushButton::clicked, this, [this] { emit rotationRequested(std::nullopt); });
    connect(start, &QPushButton::clicked, this, [this] {
        if (const auto window = selectedWindow())
            emit rotationRequested(window);
    });
    connect(m_cancelWindow, &QPushButton::clicked, this, &PolicyPage::cancelWindow);
    connect(m_windows, &QListWidget::currentRowChanged, this, [this, start](int row) {
        start->setEnabled(row >= 0);
        m_cancelWindow->setEnabled(row >= 0);
    });
    start->setEnabled(false);
    m_cancelWindow->setEnabled(false);

    // The policy is read by every role and changed by admins only.
    const QList<std::tuple<QWidget *, const char *, QString>> calls{
        {m_apply, "applyPolicy", api::Method::PolicySet},
        {m_revert, "revertPolicy", api::Method::PolicySet},
        {plan, "planRotation", api::Method::UserRotate},
        {start, "startWindow", api::Method::UserRotate},
        {m_cancelWindow, "cancelWindow", api::Method::WindowCancel}};
    for (const auto &[widget, name, method] : calls) {
        widget->setObjectName(QLatin1String(name));
        MethodGate::require(widget, method);
    }
    for (QWidget *field : m_spins)
        MethodGate::require(field, api::Method::PolicySet);
    for (QWidget *field : m_checks)
        MethodGate::require(field, api::Method::PolicySet);

    connect(m_policy, &PolicyDocument::changed, this, &PolicyPage::load);
    connect(m_users, &UserModel::refreshed, this, &PolicyPage::edited);
    connect(m_overview, &ServerOverview::changed, this, &PolicyPage::updateWindows);
    load();
}

void PolicyPage::fitEditor()
{
    m_editorScroll->setMinimumWidth(m_editor->minimumSizeHint().width() +
                                    m_editorScroll->verticalScrollBar()->sizeHint().width() +
                                    2 * m_editorScroll->frameWidth());
}

bool PolicyPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::LayoutRequest)
        fitEditor();
    if (event->type() == QEvent::MouseButtonRelease) {
        if (QCheckBox *check = m_checkLabels.value(watched); check && check->isEnabled())
            check->toggle();
    }
    return QWidget::eventFilter(watched, event);
}

void PolicyPage::load()
{
    m_loading = true;
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const auto [min, max] = m_policy->bounds(it.key());
        if (max > 0)
            it.value()->setRange(min, max);
        it.value()->setValue(m_policy->intValue(it.key()));
        it.value()->setEnabled(m_policy->isLoaded());
    }
    for (auto it = m_checks.begin(); it != m_checks.end(); ++it) {
        it.value()->setChecked(m_policy->boolValue(it.key()));
        it.value()->setEnabled(m_policy->isLoaded());
    }
    m_loading = false;
    edited();
}

QJsonObject PolicyPage::pendingChanges() const
{
    QJsonObject changes;
    if (!m_policy->isLoaded())
        return changes;
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        if (it.value()->value() != m_policy->intValue(it.key()))
            changes.insert(it.key(), it.value()->value());
    }
    for (auto it = m_checks.begin(); it != m_checks.end(); ++it) {
        if (it.value()->isChecked() != m_policy->boolValue(it.key()))
            changes.insert(it.key(), it.value()->isChecked());
    }
    return changes;
}

void PolicyPage::edited()
{
    if (m_loading)
        return;
    const QJsonObject changes = pendingChanges();
    const api::PolicySettings proposed = m_policy->policy().with(changes);

    // Weak choices in red, with the reason next to them.
    for (auto it = m_checks.begin(); it != m_checks.end(); ++it) {
        const bool weak = PolicyDocument::isWeak(it.key(), proposed);
        it.value()->setStyleSheet(weak ? QStringLiteral("color: #b03020; font-weight: bold")
                                       : QString());
    }
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const bool weak = PolicyDocument::isWeak(it.key(), proposed);
        it.value()->setStyleSheet(weak ? QStringLiteral("color: #b03020; font-weight: bold")
                                       : QString());
    }
    const QStringList weaknesses = PolicyDocument::weaknessesOf(proposed);
    m_weak->setStyleSheet(weaknesses.isEmpty() ? QStringLiteral("color: #1b5e20")
                                               : QStringLiteral("color: #b03020"));
    m_weak->setText(weaknesses.isEmpty()
                        ? tr("All settings are at the strong defaults or stricter.")
                        : tr("Weaker than the safe defaults:") + QStringLiteral("<ul><li>") +
                              weaknesses.join(QStringLiteral("</li><li>")).toHtmlEscaped() +
                              QStringLiteral("</li></ul>"));

    const bool anyStrength = m_checks.value(QStringLiteral("allowMppe128"))->isChecked() ||
                             m_checks.value(QStringLiteral("allowMppe56"))->isChecked() ||
                             m_checks.value(QStringLiteral("allowMppe40"))->isChecked();
    QString problem;
    if (m_policy->isLoaded() && !anyStrength)
        problem = tr("Allow at least one encryption strength (128-bit is the safe one).");

    // Who the new expiry would catch.
    const int maxAge = proposed.passwordMaxAgeDays;
    m_noExpiry->setVisible(m_policy->isLoaded() && maxAge <= 0);
    const ExpiryForecast forecast(m_users->passwordChanges(), maxAge);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList expired = forecast.expiredAt(now);
    const QStringList soon = forecast.expiringWithin(now, 14);
    QString preview;
    if (!problem.isEmpty())
        preview =
            QStringLiteral("<span style='color:#b03020'>%1</span>").arg(problem.toHtmlEscaped());
    else if (m_users->rowCount() == 0)
        preview = tr("No users yet.");
    else {
        preview = tr("With these settings, %n password(s) are expired now", nullptr,
                     static_cast<int>(expired.size()));
        if (!expired.isEmpty())
            preview += QStringLiteral(" (%1)").arg(expired.mid(0, 10).join(QStringLiteral(", ")));
        preview += tr(" and %n more expire within 14 days", nullptr, static_cast<int>(soon.size()));
        if (!soon.isEmpty())
            preview += QStringLiteral(" (%1)").arg(soon.mid(0, 10).join(QStringLiteral(", ")));
        preview += QLatin1Char('.');
    }
    m_preview->setText(preview);
    m_apply->setEnabled(!changes.isEmpty() && problem.isEmpty());
    m_revert->setEnabled(!changes.isEmpty());
    updateTimeline();
}

QString PolicyPage::preview() const
{
    return m_preview->text();
}

void PolicyPage::updateTimeline()
{
    const int maxAge = m_spins.value(QStringLiteral("passwordMaxAgeDays"))->value();
    m_noExpiry->setVisible(m_policy->isLoaded() && maxAge <= 0);
    const ExpiryForecast forecast(m_users->passwordChanges(), maxAge);
    m_chart->setData(forecast.perWeek(QDateTime::currentDateTimeUtc(), ExpiryTimelineChart::Weeks),
                     m_overview->changeWindows());
}

void PolicyPage::updateWindows()
{
    const int keep = m_windows->currentRow();
    m_windows->clear();
    for (const api::ChangeWindow &w : m_overview->changeWindows()) {
        const QString who =
            w.group.isEmpty() ? tr("users chosen when it starts") : tr("group %1").arg(w.group);
        auto *item = new QListWidgetItem(tr("%1 — %2 for %3 min, %4 (planned by %5)")
                                             .arg(DisplayFormat::dateTime(w.start), w.title)
                                             .arg(w.durationMinutes)
                                             .arg(who, w.plannedBy),
                                         m_windows);
        item->setData(Qt::UserRole, w.id);
    }
    if (keep >= 0 && keep < m_windows->count()) {
        m_windows->setCurrentRow(keep);
    }
    updateTimeline();
}

std::optional<api::ChangeWindow> PolicyPage::selectedWindow() const
{
    const QListWidgetItem *item = m_windows->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return std::nullopt;
    const int id = item->data(Qt::UserRole).toInt();
    for (const api::ChangeWindow &w : m_overview->changeWindows()) {
        if (w.id == id)
            return w;
    }
    return std::nullopt;
}

void PolicyPage::cancelWindow()
{
    const auto w = selectedWindow();
    if (!w)
        return;
    if (!Confirmation::ask(this, tr("Cancel change window"), tr("Cancel \"%1\"?").arg(w->title),
                           tr("It disappears from every console's calendar."), tr("Cancel window")))
        return;
    m_actions->cancelWindow(w->id, [this](const AdminActions::Outcome &o) {
        m_banner->showOutcome(o.ok, o.message);
        m_overview->refresh();
    });
}

void PolicyPage::applyChanges()
{
    const QJsonObject changes = pendingChanges();
    if (changes.isEmpty())
        return;
    const QStringList weaknesses = PolicyDocument::weaknessesOf(m_policy->policy().with(changes));
    const QStringList before = PolicyDocument::weaknessesOf(m_policy->policy());
    bool weakening = false;
    for (const QString &w : weaknesses)
        weakening = weakening || !before.contains(w);
    if (weakening &&
        !Confirmation::ask(this, tr("Weaken the policy"),
                           tr("These changes make Keyward less safe. Apply them anyway?"),
                           weaknesses.join(QLatin1Char('\n')), tr("Apply weaker settings")))
        return;
    m_apply->setEnabled(false);
    QPointer<PolicyPage> self(this);
    m_policy->apply(changes, [self](bool ok, const QString &message) {
        if (!self)
            return;
        if (ok)
            self->m_banner->showSuccess(tr("The policy is saved and in force."));
        else
            self->m_banner->showProblem(
                tr("The server did not accept the policy: %1").arg(message));
        self->edited();
    });
}

void PolicyPage::revert()
{
    load();
}

void PolicyPage::setRadiusInUse(bool inUse)
{
    m_radiusNote->setVisible(inUse);
}

} // namespace keyward::console
