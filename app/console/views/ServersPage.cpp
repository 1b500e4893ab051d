#include "views/ServersPage.h"

#include "client/ProfileStore.h"
#include "models/ServerFleet.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::console {

ServersPage::ServersPage(ServerFleet *fleet, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent), m_fleet(fleet), m_profiles(profiles), m_table(new QTableView(this)),
      m_details(new QLabel(this)), m_watch(new QListWidget(this))
{
    setObjectName(QStringLiteral("serversPage"));
    m_table->setObjectName(QStringLiteral("serversTable"));
    m_table->setModel(fleet);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServerFleet::SignIn, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("serverDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_watch->setObjectName(QStringLiteral("watchedServers"));
    auto *watchBox = new QGroupBox(tr("Watch these servers too"), this);
    auto *watchLayout = new QVBoxLayout(watchBox);
    auto *watchHint = new QLabel(
        tr("The console stays connected to every server ticked here, besides the current one: "
           "their sessions show in the Sessions page's \"All servers\" view. Add servers with "
           "Server > Connect to…"),
        watchBox);
    watchHint->setWordWrap(true);
    watchLayout->addWidget(watchHint);
    watchLayout->addWidget(m_watch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Servers</b>"), this));
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details, 1);
    layout->addWidget(watchBox, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServersPage::showDetails);
    connect(fleet, &ServerFleet::fleetChanged, this, &ServersPage::showDetails);
    connect(m_watch, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(Qt::UserRole).toString();
        for (const ConnectionProfile &p : m_profiles->profiles()) {
            if (p.key() == key)
                m_profiles->setWatched(p, item->checkState() == Qt::Checked);
        }
        m_fleet->setWatched(m_profiles->watched());
    });
    reloadProfiles();
    showDetails();
}

void ServersPage::reloadProfiles()
{
    const QSignalBlocker quiet(m_watch);
    m_watch->clear();
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(
            p.label() == p.where() ? p.label() : tr("%1 (%2)").arg(p.label(), p.where()), m_watch);
        item->setData(Qt::UserRole, p.key());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_profiles->isWatched(p) ? Qt::Checked : Qt::Unchecked);
    }
}

void ServersPage::showEvent(QShowEvent *event)
{
    reloadProfiles();
    QWidget::showEvent(event);
}

void ServersPage::showDetails()
{
    int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_fleet->count())
        row = 0;
    const QString name = m_fleet->label(row).toHtmlEscaped();
    const QString html = m_fleet->health(row).detailsHtml(QDateTime::currentDateTimeUtc());
    m_details->setText(
        QStringLiteral("<p><b>%1</b> — %2</p>").arg(name, m_fleet->stateText(row).toHtmlEscaped()) +
        (html.isEmpty() ? tr("<p>This server signs users in with its own user store only (or "
                             "does not report its sign-in health).</p>")
                        : html));
}

} // namespace keyward::console
