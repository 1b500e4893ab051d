#pragma once

// The servers this console follows: each one's connection, version, live sessions
// and sign-in health (RADIUS servers up or not answering, accounting waiting), the
// selected one's details below, and the saved servers to watch besides the current
// one.

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace keyward::console {

class ProfileStore;
class ServerFleet;

class ServersPage : public QWidget
{
    Q_OBJECT

public:
    ServersPage(ServerFleet *fleet, ProfileStore *profiles, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLabel *details() const { return m_details; }
    QListWidget *watchList() const { return m_watch; }
    // Lists the saved profiles again (one may have been added or removed).
    void reloadProfiles();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDetails();

    ServerFleet *m_fleet;
    ProfileStore *m_profiles;
    QTableView *m_table;
    QLabel *m_details;
    QListWidget *m_watch;
};

} // namespace keyward::console
