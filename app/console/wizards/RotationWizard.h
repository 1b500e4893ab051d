#pragma once

// Walks an admin through a change window: whose passwords to rotate (chosen
// users, a group, or everyone older than N days), now or planned for later, a
// check of who is affected and whose sessions will end, then the rotation itself
// and the one-time passwords to hand out (temporary ones, if chosen, that expire
// after a set number of hours when unused).

#include "api/WindowMessages.h"

#include <QWizard>
#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace keyward::console {

class AdminActions;
class SessionModel;
class UserModel;

class RotationWizard : public QWizard
{
    Q_OBJECT

public:
    // `selected`: users chosen on the Users page; `window`: a planned window being
    // carried out (or empty).
    RotationWizard(AdminActions *actions, UserModel *users, SessionModel *sessions,
                   const QStringList &selected, const std::optional<api::ChangeWindow> &window,
                   QWidget *parent = nullptr);

    // Who would be rotated, as far as the console can tell (a group is resolved by
    // the server); and how many of their sessions are live.
    QStringList affectedUsers() const;
    int liveSessionsOfAffected() const;
    bool plansForLater() const;

    bool validateCurrentPage() override;
    void accept() override;

signals:
    // The outcome, for the page that opened the wizard to show.
    void finishedWith(bool ok, const QString &message);

private:
    void updateSummary();

    AdminActions *m_actions;
    UserModel *m_users;
    SessionModel *m_sessions;
    QStringList m_selected;
    std::optional<api::ChangeWindow> m_window;
    QRadioButton *m_bySelection;
    QRadioButton *m_byGroup;
    QRadioButton *m_byAge;
    QLineEdit *m_group;
    QSpinBox *m_age;
    QCheckBox *m_temporary;
    QSpinBox *m_expiresHours;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QLabel *m_summary;
    QCheckBox *m_confirm;
};

} // namespace keyward::console
