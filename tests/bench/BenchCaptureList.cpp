// The Captures page's packet list fed 5,000 packets a second for a few seconds,
// offscreen: the share of the UI thread spent on the list (model and view, the
// painting included) and the longest single update, with the rows inserted in
// batches on a timer as the page does, against the same view fed one insertion per
// packet, measured in the same run. The list is the page's own (CapturesPage with
// its table, delegate and model), shown before the feed starts, and scrolled to the
// newest row after each update: the most a live list repaints (every visible row is
// new). Goal: busy under 10% and no update over 16 ms with batching; the ratio to the
// unbatched feed is what holds on a slower machine. Each update's CPU time is
// reported beside its wall time: on a loaded machine the difference is time the
// scheduler gave to other processes.

#include "models/CapturePacketModel.h"
#include "views/CapturesPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using keyward::api::CapturePacketSummary;
using keyward::console::CapturePacketModel;
using keyward::console::CapturesPage;

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs the event loop for `ms` as the console's does: asleep between events. (Spinning
// on processEvents() instead keeps the thread busy, and a busy thread is what the
// scheduler preempts in the middle of an update when the machine is loaded.)
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Run
{
    double busyFraction = 0;
    double longestMs = 0;
    double longestCpuMs = 0; // the CPU time of that longest update
    double medianMs = 0;     // of the flushes (batched) or ticks (unbatched)
    int rows = 0;
    double flushMs = 0; // batched: inserting the rows
    double paintMs = 0; // batched: scrolling and painting
};

Run feed(bool batching, int packetsPerSecond, int seconds)
{
    // The page's model flushes on its own 100 ms timer; here the bench drives the same
    // flush() from a timer of its own, so that it can time it with the repaint.
    CapturePacketModel model(nullptr, 200000, 1000000000);
    CapturesPage page(nullptr, &model);
    page.resize(1000, 1000);
    page.show();
    auto *found = page.findChild<QTableView *>(QStringLiteral("packetList"));
    if (!found)
        return {};
    QTableView &view = *found;
    // The page is on screen before a capture starts.
    runEventLoop(200);
    // Packets arrive as events every 10 ms (several IPC frames per 100 ms batch).
    constexpr int TickMs = 10;
    const int perTick = packetsPerSecond * TickMs / 1000;
    qint64 number = 0;
    double busyMs = 0, longest = 0, longestCpu = 0, flushMs = 0, paintMs = 0;
    std::vector<double> updates;
    auto timed = [&](const std::function<void()> &work) {
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        work();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        busyMs += ms;
        if (ms > longest) {
            longest = ms;
            longestCpu = threadCpuMs() - cpu;
        }
        return ms;
    };
    QTimer source;
    source.setInterval(TickMs);
    QObject::connect(&source, &QTimer::timeout, [&] {
        QList<CapturePacketSummary> rows;
        rows.reserve(perTick);
        for (int i = 0; i < perTick; ++i) {
            ++number;
            rows.append({number, number * 200000, QStringLiteral("192.0.2.10:40000"),
                         QStringLiteral("198.51.100.1:1723"), QStringLiteral("MPPE"),
                         QStringLiteral("coherency count %1, encrypted").arg(number % 4096), 1400});
        }
        const double ms = timed([&] {
            if (batching) {
                model.append(rows); // queued only
                return;
            }
            // Without batching: one insertion per packet, and the view follows each tick.
            for (const CapturePacketSummary &row : std::as_const(rows)) {
                model.append({row});
                model.flush();
            }
            view.scrollToBottom();
            view.viewport()->repaint();
        });
        if (!batching)
            updates.push_back(ms);
    });
    QTimer flusher;
    flusher.setInterval(100);
    QObject::connect(&flusher, &QTimer::timeout, [&] {
        updates.push_back(timed([&] {
            QElapsedTimer part;
            part.start();
            model.flush();
            flushMs += double(part.nsecsElapsed()) / 1e6;
            part.restart();
            view.scrollToBottom();
            view.viewport()->repaint();
            paintMs += double(part.nsecsElapsed()) / 1e6;
        }));
    });
    QElapsedTimer wall;
    wall.start();
    source.start();
    if (batching)
        flusher.start();
    runEventLoop(seconds * 1000);
    source.stop();
    flusher.stop();
    Run run;
    run.busyFraction = busyMs / double(wall.elapsed());
    run.longestMs = longest;
    run.longestCpuMs = longestCpu;
    if (!updates.empty()) {
        std::nth_element(updates.begin(), updates.begin() + updates.size() / 2, updates.end());
        run.medianMs = updates[updates.size() / 2];
    }
    run.rows = model.rowCount();
    run.flushMs = flushMs;
    run.paintMs = paintMs;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int Rate = 5000, Seconds = 4;
    const Run batched = feed(true, Rate, Seconds);
    const Run unbatched = feed(false, Rate, Seconds);
    std::printf("BenchCaptureList: %d packets/s for %d s, offscreen\n", Rate, Seconds);
    std::printf("  batched    UI busy %5.1f%%, longest update %6.2f ms (CPU %.2f ms), median "
                "flush %.2f ms, %d rows\n",
                batched.busyFraction * 100, batched.longestMs, batched.longestCpuMs,
                batched.medianMs, batched.rows);
    std::printf("  batched    of which model insertion %.0f ms, view scroll and paint %.0f ms\n",
                batched.flushMs, batched.paintMs);
    std::printf("  unbatched  UI busy %5.1f%%, longest update %6.2f ms (CPU %.2f ms), median "
                "tick %.2f ms, %d rows\n",
                unbatched.busyFraction * 100, unbatched.longestMs, unbatched.longestCpuMs,
                unbatched.medianMs, unbatched.rows);
    std::printf("  ratio busy batched/unbatched %.2f\n",
                batched.busyFraction / std::max(1e-9, unbatched.busyFraction));
    const bool met = batched.busyFraction < 0.10 && batched.longestMs <= 16.0;
    std::printf("  goal (busy < 10%%, no update over 16 ms): %s\n", met ? "met" : "NOT met");
    // The goal is reported, like every bench's (it depends on the machine); what fails
    // is batching that no longer saves the UI thread a good part of its work, or rows
    // lost. The ratio moves between machines and runs (0.17 in one CI run, 0.37-0.56 on
    // the next machine, where a batched flush's repaint took 5-7 ms instead of 1.6 ms);
    // a feed that lost its batching measures about 1.
    const bool batchingHelps = batched.busyFraction < 0.75 * unbatched.busyFraction;
    const bool rowsKept = batched.rows > 0 && unbatched.rows > 0;
    if (!batchingHelps || !rowsKept)
        std::printf("  FAIL: batched inserts must keep the UI thread at most three quarters as "
                    "busy as one insert a packet, with every row shown\n");
    return batchingHelps && rowsKept ? 0 : 1;
}
