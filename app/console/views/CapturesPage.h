#pragma once

// The Captures page: start and stop a capture on the server with a BPF filter, the
// live packet list (summaries from the server's rate-limited feed, inserted in
// batches), and for the selected packet its detail tree and hex view (the bytes
// come from the server on request: capture.packet). A stopped capture, or a file
// opened here (Open capture…, read and analysed in a worker thread with the same
// library keywardd uses), shows its findings and client inventory; it can be saved
// as pcapng, opened in Wireshark when that is installed, and decrypted with a
// user's password, given for that moment only.

#include "api/CaptureMessages.h"
#include "file/PacketRecord.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace keyward::console {

class CaptureClient;
class EmptyState;
class CapturePacketModel;
class MessageBanner;

class CapturesPage : public QWidget
{
    Q_OBJECT

public:
    CapturesPage(CaptureClient *client, CapturePacketModel *model, QWidget *parent = nullptr);

    // Opens a pcap or pcapng file; returns at once, the result arrives via loaded().
    void openFile(const QString &path);
    // The packets of the capture on show (a file, or a stopped capture downloaded).
    const QList<capture::PacketRecord> &records() const { return m_records; }
    QTableView *packetView() const { return m_table; }
    QTreeView *detailView() const { return m_detail; }
    QPlainTextEdit *hexView() const { return m_hex; }
    QTreeWidget *findingsView() const { return m_findings; }
    QTreeWidget *clientsView() const { return m_clients; }

signals:
    // A capture was read and analysed (or could not be: `error`).
    void loaded(const QString &error);
    // The admin asked to rotate the passwords of these users (an exposed MS-CHAPv2
    // exchange); the main window opens the rotation wizard.
    void rotateRequested(const QStringList &users);

private:
    void startCapture();
    void stopCapture();
    void chooseFile();
    void saveAs();
    void openInWireshark();
    void decrypt();
    void load(const QByteArray &bytes, const QString &name);
    void showRecords(const QList<capture::PacketRecord> &records, const QJsonObject &analysis);
    void showAnalysis(const QJsonObject &analysis);
    void onRowSelected();
    void showPacket(const capture::PacketRecord &record);
    void highlightField();
    void onPackets(const api::CapturePacketsEvent &event);
    void onCaptureChanged(const api::CaptureInfo &info);
    void updateState();
    Result<QString> writeTemporary();

    CaptureClient *m_client;
    CapturePacketModel *m_model;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_save;
    QPushButton *m_wireshark;
    QPushButton *m_decrypt;
    QPushButton *m_rotate;
    QLabel *m_status;
    EmptyState *m_empty = nullptr;
    QPushButton *m_emptyStart = nullptr;
    QTableView *m_table;
    QTreeView *m_detail;
    QStandardItemModel *m_detailModel;
    QPlainTextEdit *m_hex;
    QTreeWidget *m_findings;
    QTreeWidget *m_clients;
    QString m_wiresharkPath;

    int m_liveId = 0; // the capture running or last shown from the server
    bool m_running = false;
    QList<capture::PacketRecord> m_records; // the capture on show, when local
    QByteArray m_shownBytes;                // the selected packet's bytes
};

} // namespace keyward::console
