// The console's sessions page with 10,000 live sessions, updated once a second:
// how long the UI thread is busy per update, and the memory the rows take.
//
// One update is what the console does when a `session.list` answer arrives: parse
// the JSON reply (as it comes off the socket), merge it into SessionModel, let the
// sorting proxy and the table (offscreen, 1200x800, sorted by traffic so every
// update re-sorts) catch up and repaint. Every session's figures change on every
// update, as they do on a busy server.
//
// Baselines measured in the same run:
//   decode: parsing the same reply alone, the floor any console pays;
//   reset:  the same update done by resetting the model instead of merging it
//           (simpler, but the admin loses selection and scroll position).
// Goal: the busy time stays under 100 ms per update (10% of the 1 s period), so
// the console stays responsive with 10,000 sessions.

#include "models/SessionModel.h"
#include "views/MppeBadgeDelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>
#include <cstdio>

using namespace keyward::console;

namespace {

constexpr int Sessions = 10000;
constexpr int Updates = 20;

QByteArray reply(int tick)
{
    QJsonArray list;
    for (int i = 0; i < Sessions; ++i) {
        const qint64 traffic = qint64(i) * 7919 + qint64(tick) * (i % 97 + 1) * 1500;
        list.append(QJsonObject{
            {"id", i + 1},
            {"user", QString("user%1").arg(i)},
            {"peerAddress", QString("198.51.%1.%2").arg(i / 250).arg(i % 250 + 1)},
            {"tunnelAddress",
             QString("10.%1.%2.%3").arg(75 + i / 65000).arg(i / 250 % 256).arg(i % 250 + 2)},
            {"state", "up"},
            {"auth", "MS-CHAPv2"},
            {"mppe", i % 50 == 0 ? "40-bit" : "128-bit"},
            {"mppeMode", "stateless"},
            {"started", "2026-11-27T08:00:00Z"},
            {"durationSeconds", 3600 + tick},
            {"idleSeconds", (i + tick) % 120},
            {"bytesIn", traffic},
            {"bytesOut", traffic / 3},
            {"packetsIn", traffic / 1400},
            {"packetsOut", traffic / 4200}});
    }
    return QJsonDocument(QJsonObject{{"id", 42}, {"result", QJsonObject{{"sessions", list}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonArray decode(const QByteArray &frame)
{
    return QJsonDocument::fromJson(frame)
        .object()
        .value("result")
        .toObject()
        .value("sessions")
        .toArray();
}

long rssKiB()
{
    QFile status("/proc/self/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, v.size() * 95 / 100)];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QList<QByteArray> frames;
    for (int t = 0; t <= Updates; ++t)
        frames << reply(t);

    const long before = rssKiB();
    SessionModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SessionModel::SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(SessionModel::Received, Qt::DescendingOrder);
    view.setItemDelegateForColumn(SessionModel::Mppe, new MppeBadgeDelegate(&view));
    view.verticalHeader()->hide();
    view.resize(1200, 800);
    view.show();
    model.applySnapshot(decode(frames[0]));
    QApplication::processEvents();
    const long loaded = rssKiB();
    if (model.rowCount() != Sessions) {
        std::fprintf(stderr, "expected %d rows, have %d\n", Sessions, model.rowCount());
        return 1;
    }

    // Select a row: it must stay selected (and the same session) across updates.
    view.selectRow(10);
    const int selectedId =
        view.selectionModel()->selectedRows().first().data(SessionModel::SessionIdRole).toInt();

    QList<double> decodeMs, mergeMs, resetMs;
    QElapsedTimer t;
    for (int u = 1; u <= Updates; ++u) {
        t.start();
        const QJsonArray parsed = decode(frames[u]);
        decodeMs << t.nsecsElapsed() / 1e6;

        t.start();
        model.applySnapshot(decode(frames[u]));
        QApplication::processEvents();
        view.viewport()->repaint();
        mergeMs << t.nsecsElapsed() / 1e6;
    }
    const auto rows = view.selectionModel()->selectedRows();
    const bool kept =
        rows.size() == 1 && rows.first().data(SessionModel::SessionIdRole).toInt() == selectedId;

    // The reset alternative, on the same data: clear and reload each time.
    for (int u = 1; u <= Updates; ++u) {
        t.start();
        model.applySnapshot({});
        model.applySnapshot(decode(frames[u]));
        QApplication::processEvents();
        view.viewport()->repaint();
        resetMs << t.nsecsElapsed() / 1e6;
    }

    const double busy = median(mergeMs);
    std::printf("BenchConsoleSessions: %d sessions, %d updates, all rows changing each update\n",
                Sessions, Updates);
    std::printf("  decode baseline      median %7.1f ms\n", median(decodeMs));
    std::printf("  reset baseline       median %7.1f ms\n", median(resetMs));
    std::printf("  merge (the console)  median %7.1f ms, p95 %7.1f ms\n", busy, p95(mergeMs));
    std::printf("  ratio merge/decode   %.2f\n", busy / median(decodeMs));
    std::printf("  ratio merge/reset    %.2f\n", busy / median(resetMs));
    std::printf("  UI thread busy       %.1f%% of each 1 s update period (goal < 10%%): %s\n",
                busy / 10.0, busy < 100 ? "met" : "MISSED");
    std::printf("  selection kept       %s\n", kept ? "yes" : "NO");
    std::printf(
        "  memory               %ld KiB for %d rows (%.2f KiB per session, view included)\n",
        loaded - before, Sessions, double(loaded - before) / Sessions);
    return kept ? 0 : 1;
}
