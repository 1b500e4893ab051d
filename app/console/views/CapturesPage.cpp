#include "views/CapturesPage.h"

#include "client/CaptureClient.h"
#include "crypto/CryptoLibrary.h"
#include "dissect/CaptureAnalysis.h"
#include "dissect/CaptureDecryptor.h"
#include "dissect/PacketDissector.h"
#include "file/PcapFileReader.h"
#include "file/PcapngWriter.h"
#include "models/CapturePacketModel.h"
#include "views/EmptyState.h"
#include "views/MessageBanner.h"
#include "views/PacketListDelegate.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward::console {

namespace {

constexpr int OffsetRole = Qt::UserRole + 1;
constexpr int LengthRole = Qt::UserRole + 2;
constexpr int CodeRole = Qt::UserRole + 3;
constexpr int UserNameRole = Qt::UserRole + 4;
// A hex line: "0000  " + 16 * "xx " + " " + 16 ASCII characters.
constexpr int HexStart = 6;
constexpr int AsciiStart = HexStart + 16 * 3 + 1;
constexpr int LineLength = AsciiStart + 16 + 1; // with the newline

QString hexDump(const QByteArray &bytes)
{
    QString out;
    out.reserve(int(bytes.size() / 16 + 1) * LineLength);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        QString hex, ascii;
        for (int i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto c = static_cast<unsigned char>(bytes[line + i]);
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QChar(c) : QChar('.');
            } else {
                hex += QStringLiteral("   ");
                ascii += QLatin1Char(' ');
            }
        }
        out += QStringLiteral("%1  %2 %3\n").arg(line, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

void addFields(QStandardItem *parent, const QList<capture::FieldNode> &fields)
{
    for (const capture::FieldNode &f : fields) {
        auto *item = new QStandardItem(
            f.value.isEmpty() ? f.name : QStringLiteral("%1: %2").arg(f.name, f.value));
        item->setEditable(false);
        item->setData(f.offset, OffsetRole);
        item->setData(f.length, LengthRole);
        addFields(item, f.children);
        parent->appendRow(item);
    }
}

struct Loaded
{
    QList<capture::PacketRecord> records;
    QList<api::CapturePacketSummary> rows;
    QJsonObject analysis;
    QString error;
};

// Reads and analyses a capture; runs in a worker thread.
Loaded readCapture(const QByteArray &bytes)
{
    Loaded out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    capture::CaptureAnalysis analysis;
    qint64 number = 0;
    auto read = capture::PcapFileReader::forEach(buffer, [&](capture::PacketRecord &&p) {
        analysis.add(p);
        const capture::DissectedPacket d = capture::PacketDissector::dissect(p);
        out.rows.append({++number, p.timestampNs, d.source, d.destination, d.protocol, d.info,
                         p.originalLength});
        out.records.append(std::move(p));
        return true;
    });
    if (!read)
        out.error = QString::fromStdString(read.message());
    out.analysis = analysis.toJson();
    return out;
}

} // namespace

CapturesPage::CapturesPage(CaptureClient *client, CapturePacketModel *model, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(model), m_banner(new MessageBanner(this)),
      m_filter(new QLineEdit(api::CaptureStartParams::DefaultFilter, this)),
      m_start(new QPushButton(tr("Start"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_save(new QPushButton(tr("Save as pcapng…"), this)),
      m_wireshark(new QPushButton(tr("Open in Wireshark"), this)),
      m_decrypt(new QPushButton(tr("Decrypt…"), this)),
      m_rotate(new QPushButton(tr("Rotate this user's password"), this)),
      m_status(new QLabel(this)), m_table(new QTableView(this)), m_detail(new QTreeView(this)),
      m_detailModel(new QStandardItemModel(this)), m_hex(new QPlainTextEdit(this)),
      m_findings(new QTreeWidget(this)), m_clients(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("capturesPage"));
    m_filter->setObjectName(QStringLiteral("captureFilter"));
    m_filter->setToolTip(tr("BPF filter, as tcpdump takes it"));
    auto *open = new QPushButton(tr("Open capture…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Filter:"), this));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addSpacing(12);
    bar->addWidget(open);
    bar->addWidget(m_save);
    bar->addWidget(m_wireshark);
    bar->addWidget(m_decrypt);

    m_empty = new EmptyState(m_table, m_model, this);
    m_empty->setMessage(tr("No packets yet"),
                        tr("Start a capture on the server (the filter above takes PPTP control "
                           "and GRE by default), or open a pcap or pcapng file to audit a "
                           "network before Keyward runs on it."));
    m_emptyStart = m_empty->addButton(tr("Start a capture"));
    QPushButton *openHere = m_empty->addButton(tr("Open a capture file…"));
    connect(m_emptyStart, &QPushButton::clicked, this, &CapturesPage::startCapture);
    connect(openHere, &QPushButton::clicked, this, &CapturesPage::chooseFile);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("packetList"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    // Cells drawn as cached glyph runs: a live list repaints a screenful of new rows.
    m_table->setItemDelegate(new PacketListDelegate(m_table));
    // Uniform row heights: the view never measures a row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CapturePacketModel::Info,
                                                      QHeaderView::Stretch);

    m_detail->setModel(m_detailModel);
    m_detail->setHeaderHidden(true);
    m_detail->setUniformRowHeights(true);
    m_detail->setObjectName(QStringLiteral("packetDetail"));
    m_hex->setReadOnly(true);
    m_hex->setObjectName(QStringLiteral("packetBytes"));
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding"), tr("User")});
    m_findings->setRootIsDecorated(false);
    m_findings->setObjectName(QStringLiteral("captureFindings"));
    m_clients->setColumnCount(5);
    m_clients->setHeaderLabels(
        {tr("Client"), tr("Version"), tr("Address"), tr("Legacy"), tr("Evidence")});
    m_clients->setRootIsDecorated(false);
    m_clients->setObjectName(QStringLiteral("captureClients"));
    m_rotate->setEnabled(false);

    auto *findingsTab = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsTab);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findings, 1);
    findingsLayout->addWidget(m_rotate, 0, Qt::AlignLeft);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(findingsTab, tr("Findings"));
    tabs->addTab(m_clients, tr("Clients"));

    auto *detailSplit = new QSplitter(Qt::Horizontal, this);
    detailSplit->addWidget(m_detail);
    detailSplit->addWidget(m_hex);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(detailSplit);
    lower->addWidget(tabs);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_empty);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    m_wiresharkPath = QStandardPaths::findExecutable(QStringLiteral("wireshark"));
    m_wireshark->setVisible(!m_wiresharkPath.isEmpty());

    connect(m_start, &QPushButton::clicked, this, &CapturesPage::startCapture);
    connect(m_stop, &QPushButton::clicked, this, &CapturesPage::stopCapture);
    connect(open, &QPushButton::clicked, this, &CapturesPage::chooseFile);
    connect(m_save, &QPushButton::clicked, this, &CapturesPage::saveAs);
    connect(m_wireshark, &QPushButton::clicked, this, &CapturesPage::openInWireshark);
    connect(m_decrypt, &QPushButton::clicked, this, &CapturesPage::decrypt);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CapturesPage::onRowSelected);
    connect(m_detail->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CapturesPage::highlightField);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_rotate->setEnabled(
            item && item->data(0, CodeRole).toString() == QLatin1String("mschapv2-exposed") &&
            !item->data(0, UserNameRole).toString().isEmpty());
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_findings->currentItem())
            emit rotateRequested({item->data(0, UserNameRole).toString()});
    });
    connect(m_model, &CapturePacketModel::flushed, this, &CapturesPage::updateState);
    if (m_client) {
        connect(m_client, &CaptureClient::packetsArrived, this, &CapturesPage::onPackets);
        connect(m_client, &CaptureClient::captureChanged, this, &CapturesPage::onCaptureChanged);
    }
    updateState();
}

void CapturesPage::updateState()
{
    const bool haveRecords = !m_records.isEmpty();
    m_start->setEnabled(m_client && !m_running);
    m_emptyStart->setVisible(m_client != nullptr);
    m_emptyStart->setEnabled(m_start->isEnabled());
    m_stop->setEnabled(m_client && m_running);
    m_filter->setEnabled(!m_running);
    m_save->setEnabled(haveRecords);
    m_wireshark->setEnabled(haveRecords);
    m_decrypt->setEnabled(haveRecords);
    m_empty->refresh();
}

void CapturesPage::startCapture()
{
    api::CaptureStartParams params;
    params.filter = m_filter->text().trimmed();
    QPointer<CapturesPage> self(this);
    m_start->setEnabled(false);
    m_client->start(params, [self](const Result<api::CaptureInfo> &info) {
        if (!self)
            return;
        if (!info) {
            self->m_banner->showProblem(QString::fromStdString(info.message()));
            self->updateState();
            return;
        }
        self->onCaptureChanged(*info);
        if (!self->m_client->feedAvailable())
            self->m_banner->showProblem(
                tr("The capture runs, but this connection gets no live packet list (it needs "
                   "the admin role). Stop it to see what it caught."));
    });
}

void CapturesPage::stopCapture()
{
    QPointer<CapturesPage> self(this);
    m_client->stop([self](const Result<api::CaptureInfo> &info) {
        if (!self)
            return;
        if (!info)
            return self->m_banner->showProblem(QString::fromStdString(info.message()));
        self->onCaptureChanged(*info);
    });
}

void CapturesPage::onCaptureChanged(const api::CaptureInfo &info)
{
    const bool running = info.state == api::CaptureInfo::Running;
    if (running && !m_running) {
        m_model->clear();
        m_records.clear();
        m_findings->clear();
        m_clients->clear();
        m_detailModel->clear();
        m_hex->clear();
    }
    const bool stoppedNow = m_running && !running && info.id == m_liveId;
    m_liveId = info.id;
    m_running = running;
    m_status->setText(running ? tr("Capture %1 running on %2: %3 packets, %4 left out of the "
                                   "list, %5 dropped by the kernel")
                                    .arg(info.id)
                                    .arg(info.interface)
                                    .arg(info.packets)
                                    .arg(info.feedDropped)
                                    .arg(info.kernelDropped)
                              : tr("Capture %1 %2: %3 packets, %4 dropped by the kernel")
                                    .arg(info.id)
                                    .arg(info.state)
                                    .arg(info.packets)
                                    .arg(info.kernelDropped));
    if (!info.error.isEmpty())
        m_banner->showProblem(info.error);
    updateState();
    if (stoppedNow && m_client) {
        // The whole capture, to analyse, save or decrypt here.
        QPointer<CapturesPage> self(this);
        const int id = info.id;
        m_client->download(id, [self, id](const Result<QByteArray> &bytes) {
            if (!self)
                return;
            if (!bytes)
                return self->m_banner->showProblem(QString::fromStdString(bytes.message()));
            self->load(*bytes, tr("capture %1").arg(id));
        });
    }
}

void CapturesPage::onPackets(const api::CapturePacketsEvent &event)
{
    if (event.id != m_liveId || !m_running)
        return;
    m_model->append(event.packets);
    m_status->setText(tr("Capture %1 running: %2 packets, %3 left out of the list, %4 dropped by "
                         "the kernel")
                          .arg(event.id)
                          .arg(event.received)
                          .arg(event.feedDropped)
                          .arg(event.kernelDropped));
}

void CapturesPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open capture"), QString(), tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void CapturesPage::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showProblem(tr("Cannot open %1: %2").arg(path, file.errorString()));
        emit loaded(file.errorString());
        return;
    }
    if (file.size() > CaptureClient::MaxDownload) {
        m_banner->showProblem(tr("%1 is too large to open here; analyse it with keywardctl "
                                 "capture analyze")
                                  .arg(path));
        emit loaded(QStringLiteral("too large"));
        return;
    }
    load(file.readAll(), QFileInfo(path).fileName());
}

void CapturesPage::load(const QByteArray &bytes, const QString &name)
{
    m_status->setText(tr("Reading %1…").arg(name));
    auto result = std::make_shared<Loaded>();
    QThread *worker = QThread::create([bytes, result] { *result = readCapture(bytes); });
    QPointer<CapturesPage> self(this);
    connect(worker, &QThread::finished, this, [self, worker, result, name] {
        worker->deleteLater();
        if (!self)
            return;
        self->m_running = false;
        self->m_model->clear();
        self->m_model->append(result->rows);
        self->m_model->flush();
        self->m_records = std::move(result->records);
        self->showAnalysis(result->analysis);
        self->m_status->setText(tr("%1: %2 packets").arg(name).arg(self->m_records.size()));
        if (!result->error.isEmpty())
            self->m_banner->showProblem(tr("%1 is damaged: %2").arg(name, result->error));
        self->updateState();
        emit self->loaded(result->error);
    });
    worker->start();
}

void CapturesPage::showAnalysis(const QJsonObject &analysis)
{
    m_findings->clear();
    for (const QJsonValue &v : analysis.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        auto *item =
            new QTreeWidgetItem(m_findings, {f.value(QStringLiteral("severity")).toString(),
                                             f.value(QStringLiteral("message")).toString(),
                                             f.value(QStringLiteral("user")).toString()});
        item->setData(0, CodeRole, f.value(QStringLiteral("code")).toString());
        item->setData(0, UserNameRole, f.value(QStringLiteral("user")).toString());
        if (f.value(QStringLiteral("severity")).toString() == QLatin1String("critical"))
            item->setForeground(0, QColor(Qt::red));
    }
    m_clients->clear();
    for (const QJsonValue &v : analysis.value(QStringLiteral("clients")).toArray()) {
        const QJsonObject c = v.toObject();
        QStringList evidence;
        for (const QJsonValue &e : c.value(QStringLiteral("evidence")).toArray())
            evidence << e.toString();
        QStringList legacy;
        for (const QJsonValue &e : c.value(QStringLiteral("legacyReasons")).toArray())
            legacy << e.toString();
        new QTreeWidgetItem(m_clients, {c.value(QStringLiteral("name")).toString(),
                                        c.value(QStringLiteral("version")).toString(),
                                        c.value(QStringLiteral("address")).toString(),
                                        c.value(QStringLiteral("legacy")).toBool()
                                            ? legacy.join(QStringLiteral("; "))
                                            : tr("no"),
                                        evidence.join(QStringLiteral("; "))});
    }
}

void CapturesPage::onRowSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 number = m_model->summary(current.row()).number;
    if (!m_records.isEmpty() && number >= 1 && number <= m_records.size())
        return showPacket(m_records[number - 1]);
    if (!m_client || m_liveId == 0)
        return;
    // A live packet's bytes stay on the server until asked for.
    QPointer<CapturesPage> self(this);
    m_client->packet(m_liveId, number, [self](const Result<api::CapturePacketData> &p) {
        if (!self)
            return;
        if (!p) {
            self->m_detailModel->clear();
            self->m_hex->setPlainText(QString::fromStdString(p.message()));
            return;
        }
        capture::PacketRecord record;
        record.timestampNs = p->timestampNs;
        record.originalLength = p->originalLength;
        record.linkType = p->linkType;
        record.data = p->data;
        self->showPacket(record);
    });
}

void CapturesPage::showPacket(const capture::PacketRecord &record)
{
    const capture::DissectedPacket d = capture::PacketDissector::dissect(record);
    m_detailModel->clear();
    addFields(m_detailModel->invisibleRootItem(), d.tree);
    m_detail->expandToDepth(0);
    m_shownBytes = record.data;
    m_hex->setPlainText(hexDump(record.data));
}

void CapturesPage::highlightField()
{
    const QModelIndex index = m_detail->currentIndex();
    QList<QTextEdit::ExtraSelection> selections;
    const int offset = index.data(OffsetRole).toInt();
    const int length = index.data(LengthRole).toInt();
    if (index.isValid() && offset >= 0 && length > 0) {
        QTextCharFormat format;
        format.setBackground(palette().highlight());
        format.setForeground(palette().highlightedText());
        for (int b = offset; b < offset + length && b < m_shownBytes.size(); ++b) {
            const int line = b / 16, column = b % 16;
            for (int start : {HexStart + column * 3, AsciiStart + column}) {
                QTextEdit::ExtraSelection s;
                s.format = format;
                s.cursor = QTextCursor(m_hex->document());
                s.cursor.setPosition(line * LineLength + start);
                s.cursor.setPosition(line * LineLength + start + (start < AsciiStart ? 2 : 1),
                                     QTextCursor::KeepAnchor);
                selections << s;
            }
        }
    }
    m_hex->setExtraSelections(selections);
}

void CapturesPage::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save capture"), QString(), tr("pcapng (*.pcapng)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return m_banner->showProblem(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    capture::PcapngWriter writer(&file);
    for (const capture::PacketRecord &r : std::as_const(m_records)) {
        if (auto written = writer.write(r); !written)
            return m_banner->showProblem(QString::fromStdString(written.message()));
    }
    m_banner->showSuccess(tr("Saved %1 packets to %2").arg(m_records.size()).arg(path));
}

Result<QString> CapturesPage::writeTemporary()
{
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("keyward-XXXXXX.pcapng")));
    file.setAutoRemove(false);
    if (!file.open())
        return fail(ErrorKind::Unavailable, file.errorString().toStdString());
    capture::PcapngWriter writer(&file);
    for (const capture::PacketRecord &r : std::as_const(m_records)) {
        if (auto written = writer.write(r); !written)
            return written.error();
    }
    return file.fileName();
}

void CapturesPage::openInWireshark()
{
    auto path = writeTemporary();
    if (!path)
        return m_banner->showProblem(QString::fromStdString(path.message()));
    if (!QProcess::startDetached(m_wiresharkPath, {*path}))
        m_banner->showProblem(tr("Could not start %1").arg(m_wiresharkPath));
}

void CapturesPage::decrypt()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decrypt a session"));
    auto *user = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The password is used for this decryption only; it is neither "
                               "stored nor sent anywhere."),
                            &dialog));
    form->addRow(tr("User:"), user);
    form->addRow(tr("Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QByteArray secret = password->text().toUtf8();
    password->clear();
    if (!accepted) {
        secret.fill('\0');
        return;
    }
    auto crypto = protocol::crypto::CryptoLibrary::load();
    if (!crypto) {
        secret.fill('\0');
        return m_banner->showProblem(QString::fromStdString(crypto.message()));
    }
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    capture::CaptureDecryptor decryptor(*crypto);
    auto summary = decryptor.decrypt(m_records, user->text().trimmed(), secret, output);
    secret.fill('\0'); // the decryptor wiped it too
    if (!summary)
        return m_banner->showProblem(
            summary.kind() == ErrorKind::Forbidden
                ? tr("Wrong password for %1: %2")
                      .arg(user->text().trimmed(), QString::fromStdString(summary.message()))
                : QString::fromStdString(summary.message()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save decrypted packets"), QString(),
                                                      tr("pcapng (*.pcapng)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return m_banner->showProblem(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(output.data());
    m_banner->showSuccess(tr("Decrypted %1 packets of %2 session(s); %3 IPv4 checksums did not "
                             "verify")
                              .arg(summary->ipPackets)
                              .arg(summary->sessions)
                              .arg(summary->badIpChecksums));
}

} // namespace keyward::console
