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
//           (simpler, but the admin loses selection and scroll position);
//   merge:  the whole list merged each second (what the console does with a
//           keywardd that sends no deltas).
// The console with a keywardd that sends deltas gets, each second, the same
// changes as `session.delta` events of at most 1,000 sessions' counters each (as
// SessionEventPublisher sends them), and moves its clock on once. Each event, and
// the clock, is one update of the UI thread: decode, apply, let the proxy and the
// table catch up and repaint.
// Goals: no update of the UI thread over 16 ms at the 95th percentile (one frame at
// 60 Hz; set where the whole-list merge took 85 ms at the 95th percentile, so on a
// busier machine the ratio to the merge in the same run decides), and the busy time
// under 100 ms per second (10% of the period). New counters are shown at the
// model's once-a-second tick, so the clock's update is the one that re-sorts.

#include "api/SessionMessages.h"
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

// The same update as the deltas keywardd sends: every session's counters changed.
QList<QByteArray> deltaFrames(int tick, qint64 &seq)
{
    QList<QByteArray> frames;
    const int chunk = qEnvironmentVariableIsSet("KEYWARD_BENCH_CHUNK")
                          ? qEnvironmentVariableIntValue("KEYWARD_BENCH_CHUNK")
                          : keyward::api::SessionDeltaEvent::MaxItems;
    keyward::api::SessionDeltaEvent delta;
    auto flush = [&] {
        delta.seq = ++seq;
        frames << QJsonDocument(QJsonObject{{"event", "session.delta"}, {"data", delta.toJson()}})
                      .toJson(QJsonDocument::Compact);
        delta = {};
    };
    for (int i = 0; i < Sessions; ++i) {
        const qint64 traffic = qint64(i) * 7919 + qint64(tick) * (i % 97 + 1) * 1500;
        delta.counters.append(keyward::api::SessionCounters{
            i + 1, {(i + tick) % 120, traffic, traffic / 3, traffic / 1400, traffic / 4200}});
        if (delta.items() >= chunk)
            flush();
    }
    if (delta.items() > 0)
        flush();
    return frames;
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

    // The delta path: a whole list with its revision, then the deltas after it.
    qint64 seq = 0;
    QList<QList<QByteArray>> deltas;
    for (int u = 1; u <= Updates; ++u)
        deltas << deltaFrames(u, seq);
    {
        auto list =
            keyward::api::SessionListResult::fromJson(QJsonObject{{"sessions", decode(frames[0])}});
        list->revision = 0;
        model.applyList(*list);
        QApplication::processEvents();
    }
    view.selectRow(10);
    const int deltaSelectedId =
        view.selectionModel()->selectedRows().first().data(SessionModel::SessionIdRole).toInt();
    // A view repaints only when its model said something changed: a delta whose
    // counters wait for the tick costs its decoding and applying alone.
    bool announced = false;
    QObject::connect(&proxy, &QAbstractItemModel::dataChanged, [&announced] { announced = true; });
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged,
                     [&announced] { announced = true; });
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, [&announced] { announced = true; });
    QObject::connect(&proxy, &QAbstractItemModel::rowsRemoved, [&announced] { announced = true; });
    auto catchUp = [&] {
        QApplication::processEvents();
        if (announced)
            view.viewport()->repaint();
        announced = false;
    };
    QList<double> deltaMs, deltaSecondMs;
    bool followed = true;
    for (int u = 1; u <= Updates; ++u) {
        double second = 0;
        for (const QByteArray &frame : deltas[u - 1]) {
            t.start();
            const QJsonObject data =
                QJsonDocument::fromJson(frame).object().value("data").toObject();
            followed = model.applyDelta(data) && followed;
            catchUp();
            deltaMs << t.nsecsElapsed() / 1e6;
            second += deltaMs.last();
        }
        t.start();
        model.tick();
        catchUp();
        deltaMs << t.nsecsElapsed() / 1e6;
        deltaSecondMs << second + deltaMs.last();
    }
    const auto deltaRows = view.selectionModel()->selectedRows();
    const bool deltaKept =
        deltaRows.size() == 1 &&
        deltaRows.first().data(SessionModel::SessionIdRole).toInt() == deltaSelectedId;
    // The deltas brought the rows to the last full list's figures.
    bool same = model.revision() == seq;
    {
        const QJsonArray last = decode(frames[Updates]);
        for (int i = 0; i < Sessions && same; i += 997) {
            const int row = model.rowOfSession(i + 1);
            same = row >= 0 &&
                   model.index(row, SessionModel::Received)
                           .data(SessionModel::SortRole)
                           .toLongLong() == last[i].toObject().value("bytesIn").toInteger();
        }
    }

    const double busy = median(mergeMs);
    const double deltaP95 = p95(deltaMs);
    std::printf("BenchConsoleSessions: %d sessions, %d updates, all rows changing each update\n",
                Sessions, Updates);
    std::printf("  decode baseline      median %7.1f ms\n", median(decodeMs));
    std::printf("  reset baseline       median %7.1f ms\n", median(resetMs));
    std::printf("  merge (whole list)   median %7.1f ms, p95 %7.1f ms per update\n", busy,
                p95(mergeMs));
    std::printf("  ratio merge/decode   %.2f\n", busy / median(decodeMs));
    std::printf("  ratio merge/reset    %.2f\n", busy / median(resetMs));
    std::printf("  deltas               median %7.1f ms, p95 %7.1f ms per update (%lld events of "
                "<= %d sessions, and the clock, each second)\n",
                median(deltaMs), deltaP95, static_cast<long long>(deltas.first().size()),
                keyward::api::SessionDeltaEvent::MaxItems);
    std::printf("  deltas per second    median %7.1f ms busy\n", median(deltaSecondMs));
    std::printf("  ratio p95 delta/merge %.2f\n", deltaP95 / p95(mergeMs));
    // The goal was set where the whole-list merge took 85 ms at the 95th percentile;
    // on a slower or busier machine the same ratio to the merge measured here holds.
    const double goalRatio = 16.0 / 85.0;
    std::printf("  UI thread update p95 %.1f ms with deltas (goal < 16 ms where the merge's p95 is "
                "85 ms: ratio %.2f, goal < %.2f): %s\n",
                deltaP95, deltaP95 / p95(mergeMs), goalRatio,
                deltaP95 < 16 || deltaP95 / p95(mergeMs) < goalRatio ? "met" : "MISSED");
    std::printf("  UI thread busy       %.1f%% of each 1 s period with deltas, %.1f%% with whole "
                "lists (goal < 10%%): %s\n",
                median(deltaSecondMs) / 10.0, busy / 10.0,
                median(deltaSecondMs) < 100 ? "met" : "MISSED");
    std::printf("  selection kept       %s (whole lists), %s (deltas)\n", kept ? "yes" : "NO",
                deltaKept ? "yes" : "NO");
    std::printf("  deltas followed      %s, rows as in the last whole list: %s\n",
                followed ? "yes" : "NO", same ? "yes" : "NO");
    std::printf(
        "  memory               %ld KiB for %d rows (%.2f KiB per session, view included)\n",
        loaded - before, Sessions, double(loaded - before) / Sessions);
    return kept && deltaKept && followed && same ? 0 : 1;
}
