#include "views/AuditPage.h"

#include "api/AdminMethod.h"
#include "client/ServerConnection.h"
#include "models/AuditModel.h"
#include "reports/AuditReport.h"
#include "views/EmptyState.h"
#include "views/MessageBanner.h"
#include "views/MethodGate.h"
#include "views/TableColumns.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::console {

AuditPage::AuditPage(AuditModel *model, ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_model(model), m_connection(connection),
      m_proxy(new QSortFilterProxyModel(this)), m_kind(new QComboBox(this)),
      m_target(new QLineEdit(this)), m_search(new QLineEdit(this)), m_verdict(new QLabel(this)),
      m_table(new QTableView(this)), m_more(new QPushButton(tr("Load older entries"), this)),
      m_detailsButton(new QPushButton(tr("&Details"), this)), m_details(new QPlainTextEdit(this)),
      m_empty(nullptr), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_kind->addItem(tr("All actions"), QString());
    m_kind->addItem(tr("Users"), QStringLiteral("user."));
    m_kind->addItem(tr("Sessions"), QStringLiteral("session."));
    m_kind->addItem(tr("Policy"), QStringLiteral("policy."));
    m_kind->addItem(tr("Change windows"), QStringLiteral("window."));
    m_kind->addItem(tr("API tokens"), QStringLiteral("token."));
    m_target->setPlaceholderText(tr("Target, e.g. a user name"));
    m_target->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search the loaded entries (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);

    auto serverFilter = [this] {
        m_model->setServerFilter(m_kind->currentData().toString(), m_target->text().trimmed());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, serverFilter);
    connect(m_target, &QLineEdit::editingFinished, this, serverFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    // The sentence says who did what to whom; the raw fields stay one click away.
    for (int column :
         {AuditModel::Actor, AuditModel::Action, AuditModel::Target, AuditModel::Details})
        m_table->setColumnHidden(column, true);
    m_columns = new TableColumns(m_table, QStringLiteral("auditPage/columns"));
    // Right-click the header to show the raw fields as columns too.
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = AuditModel::Actor; column < AuditModel::ColumnCount; ++column) {
        auto *show = new QAction(model->headerData(column, Qt::Horizontal).toString(), header);
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(column));
        connect(show, &QAction::toggled, this,
                [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        connect(header, &QHeaderView::sectionResized, show,
                [this, show, column] { show->setChecked(!m_table->isColumnHidden(column)); });
        header->addAction(show);
    }
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *verify = new QPushButton(tr("&Verify chain"), this);
    verify->setToolTip(tr("Check on the server that no entry was altered, removed or inserted"));
    verify->setObjectName(QStringLiteral("verifyChain"));
    MethodGate::require(verify, api::Method::AuditVerify);
    auto *exportButton = new QPushButton(tr("&Export report…"), this);
    auto *reload = new QPushButton(tr("&Reload"), this);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportReport);
    connect(reload, &QPushButton::clicked, m_model, &AuditModel::reload);
    connect(m_more, &QPushButton::clicked, m_model, &AuditModel::loadMore);

    m_detailsButton->setCheckable(true);
    m_detailsButton->setObjectName(QStringLiteral("auditDetailsButton"));
    m_detailsButton->setToolTip(tr("Show the selected entry in full: its fields and details"));
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->hide();
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_detailsButton, &QPushButton::toggled, this, &AuditPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);

    m_empty = new EmptyState(m_table, m_model, this);
    m_empty->setMessage(tr("Nothing recorded yet"),
                        tr("Every change an admin makes (users added, passwords reset, sessions "
                           "ended, policy changed) and every lockout is written here, chained so "
                           "that no entry can be altered unnoticed."));

    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_target);
    filters->addWidget(m_search, 1);
    filters->addWidget(reload);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_more);
    bottom->addWidget(m_detailsButton);
    bottom->addStretch();
    bottom->addWidget(verify);
    bottom->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_verdict);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_empty);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_model, &AuditModel::loaded, this,
            [this] { m_more->setEnabled(m_model->canLoadMore()); });
    connect(m_model, &AuditModel::verified, this, &AuditPage::showVerdict);
    connect(m_model, &AuditModel::failed, m_banner, &MessageBanner::showProblem);
    m_more->setEnabled(false);
    m_verdict->hide();
}

void AuditPage::showDetails()
{
    if (!m_details->isVisible() && !m_detailsButton->isChecked())
        return;
    const QModelIndex current = m_table->currentIndex();
    m_details->setPlainText(current.isValid() ? current.data(AuditModel::DetailsRole).toString()
                                              : tr("Select an entry to see it in full."));
}

void AuditPage::verify()
{
    m_verdict->setText(tr("Verifying…"));
    m_verdict->setStyleSheet({});
    m_verdict->show();
    m_model->verify();
}

void AuditPage::showVerdict()
{
    const AuditModel::Verification &v = m_model->verification();
    if (v.intact) {
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold"));
        m_verdict->setText(
            tr("The audit chain is intact: %n entries checked.", nullptr, v.checked));
        return;
    }
    m_verdict->setStyleSheet(QStringLiteral("color: #b03020; font-weight: bold"));
    m_verdict->setText(tr("The audit chain is broken at entry %1: %2. Someone changed or removed "
                          "records in the server's database; keep a copy of it for "
                          "investigation.")
                           .arg(v.firstBadId)
                           .arg(v.problem));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex at = m_proxy->index(row, 0);
        if (at.data(AuditModel::BrokenRole).toBool()) {
            m_table->scrollTo(at, QAbstractItemView::PositionAtCenter);
            m_table->selectRow(row);
            break;
        }
    }
}

QString AuditPage::exportTo(const QString &path) const
{
    return AuditReport(m_model->entries(), m_model->verification(), m_connection->profile().where())
        .save(path);
}

void AuditPage::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit report"),
        QStringLiteral("keyward-audit-%1.html").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Web page (*.html);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = exportTo(path);
    problem.isEmpty() ? m_banner->showSuccess(tr("The report was saved to %1.").arg(path))
                      : m_banner->showProblem(problem);
}

void AuditPage::saveState() const
{
    m_columns->save();
}

void AuditPage::restoreState()
{
    m_columns->restore();
}

} // namespace keyward::console
