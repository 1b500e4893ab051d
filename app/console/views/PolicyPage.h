#pragma once

// Rotation schedules: the policy editor (expiry, lockout, session limits,
// encryption and sign-in settings) with bounds from the server, weak choices in
// red and a preview of whose passwords the change would expire; the timeline of
// expiries and planned change windows; and the windows themselves.

#include "api/WindowMessages.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace keyward::console {

class AdminActions;
class EmptyState;
class ExpiryTimelineChart;
class MessageBanner;
class PolicyDocument;
class ServerOverview;
class UserModel;

class PolicyPage : public QWidget
{
    Q_OBJECT

public:
    PolicyPage(PolicyDocument *policy, UserModel *users, ServerOverview *overview,
               AdminActions *actions, QWidget *parent = nullptr);

    // The settings the admin changed and not yet applied.
    QJsonObject pendingChanges() const;
    QSpinBox *spinBox(const QString &key) const { return m_spins.value(key); }
    QCheckBox *checkBox(const QString &key) const { return m_checks.value(key); }
    QString preview() const;
    ExpiryTimelineChart *chart() const { return m_chart; }
    MessageBanner *banner() const { return m_banner; }
    // When the server signs users in through RADIUS, the page says that its password
    // rules apply to the local store only.
    void setRadiusInUse(bool inUse);
    QLabel *radiusNote() const { return m_radiusNote; }

    void applyChanges();
    void revert();

signals:
    // The admin wants to start (or plan) a rotation; a window to carry out, or none.
    void rotationRequested(const std::optional<keyward::api::ChangeWindow> &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    // Keeps the editor's scroll area as wide as the editor needs (no sideways scrolling).
    void fitEditor();
    void edited();
    void updateTimeline();
    void updateWindows();
    void cancelWindow();
    // The planned window the admin has selected, if any.
    std::optional<api::ChangeWindow> selectedWindow() const;

    PolicyDocument *m_policy;
    UserModel *m_users;
    ServerOverview *m_overview;
    AdminActions *m_actions;
    QHash<QString, QSpinBox *> m_spins;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QObject *, QCheckBox *> m_checkLabels; // the words beside each box
    QHash<QString, QLabel *> m_labels;
    QLabel *m_weak;
    QLabel *m_radiusNote;
    QLabel *m_preview;
    QPushButton *m_apply;
    QPushButton *m_revert;
    ExpiryTimelineChart *m_chart;
    QLabel *m_noExpiry;
    QWidget *m_editor = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    QListWidget *m_windows;
    EmptyState *m_windowsEmpty = nullptr;
    QPushButton *m_cancelWindow;
    MessageBanner *m_banner;
    bool m_loading = false;
};

} // namespace keyward::console
