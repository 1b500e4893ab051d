// Offline dissection rate against a plain libpcap read of the same file, in the
// same run.
//
// The file: a generated pcapng of 240,000 packets (Ethernet): 200 PPTP sessions,
// each with its control connection, LCP, MS-CHAPv2 and CCP, then MPPE data both ways
// (60 to 1400 octets), as a busy server's capture looks.
// Baseline: pcap_open_offline + pcap_next_ex over the file (libpcap reads pcapng).
// Ours: PcapFileReader::forEach over the same file feeding CaptureAnalysis::add,
// then report(); and, for the packet list, PacketDissector::dissect of every packet.
// Ratio = libpcap's time / ours (1.0: as fast as only reading the file). Goal
// (issue): CaptureAnalysis at least 200,000 packets/s on one core.

#include "CaptureBuilder.h"
#include "dissect/CaptureAnalysis.h"
#include "dissect/PacketDissector.h"
#include "file/PcapFileReader.h"
#include "file/PcapngWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <pcap/pcap.h>

using namespace keyward::capture;
using namespace keyward::capture::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int Sessions = 200;
constexpr int DataPacketsPerSession = 1170;
constexpr int Rounds = 3;

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

quint64 generate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    PcapngWriter writer(&file);
    quint64 written = 0;
    for (int s = 0; s < Sessions; ++s) {
        CaptureBuilder b;
        b.m_clientCallId = static_cast<quint16>(100 + s);
        b.m_serverCallId = static_cast<quint16>(5000 + s);
        b.openCall(QStringLiteral("Microsoft"), QStringLiteral("host-%1").arg(s), 7601);
        b.greToServer(ppp(0xc021, control(1, 1,
                                          option(1, be16(1400)) + option(5, be32(0x11223344)) +
                                              option(7, {}) + option(8, {}))));
        b.greToClient(ppp(
            0xc021,
            control(1, 1, option(3, QByteArray("\xc2\x23\x81", 3)) + option(5, be32(0x55667788)))));
        b.greToServer(ppp(0xc021, control(12, 2, be32(0x11223344) + "MSRASV5.20")));
        b.greToClient(chapChallenge(1, QByteArray(16, 'c'), QStringLiteral("server")));
        b.greToServer(chapResponse(1, QByteArray(49, '\0'), QStringLiteral("user%1").arg(s % 37)));
        b.greToClient(
            ppp(0xc223, control(3, 1, "S=0123456789ABCDEF0123456789ABCDEF01234567 M=OK")));
        b.greToServer(ppp(0x80fd, control(1, 1, mppeOption(0x01000040))));
        b.greToClient(ppp(0x80fd, control(2, 1, mppeOption(0x01000040))));
        for (int i = 0; i < DataPacketsPerSession; ++i) {
            const QByteArray mppe = be16(static_cast<quint16>(0x9000 | (i & 0x0fff))) +
                                    QByteArray(60 + (i * 131) % 1340, char(i));
            if (i % 2)
                b.greToClient(ppp(0x00fd, mppe));
            else
                b.greToServer(ppp(0x00fd, mppe));
        }
        for (const PacketRecord &p : b.packets()) {
            if (!writer.write(p).ok())
                return 0;
            ++written;
        }
    }
    return written;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pcapng"));
    const quint64 packets = generate(path);
    if (packets < 200000) {
        std::fprintf(stderr, "bench: could not write the capture\n");
        return 1;
    }
    double bestPcap = 1e9, bestAnalysis = 1e9, bestDissect = 1e9;
    quint64 sessions = 0;
    for (int round = 0; round < Rounds; ++round) {
        char error[PCAP_ERRBUF_SIZE];
        auto t0 = Clock::now();
        pcap_t *pcap = pcap_open_offline(path.toLocal8Bit().constData(), error);
        if (!pcap) {
            std::fprintf(stderr, "bench: libpcap: %s\n", error);
            return 1;
        }
        quint64 n = 0;
        pcap_pkthdr *header = nullptr;
        const u_char *bytes = nullptr;
        while (pcap_next_ex(pcap, &header, &bytes) == 1)
            ++n;
        pcap_close(pcap);
        bestPcap = std::min(bestPcap, since(t0));
        if (n != packets) {
            std::fprintf(stderr, "bench: libpcap read %llu of %llu packets\n",
                         (unsigned long long)n, (unsigned long long)packets);
            return 1;
        }

        t0 = Clock::now();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        CaptureAnalysis analysis;
        quint64 m = 0;
        const keyward::Status read = PcapFileReader::forEach(file, [&](PacketRecord &&p) {
            analysis.add(p);
            ++m;
            return true;
        });
        const CaptureReport report = analysis.report();
        bestAnalysis = std::min(bestAnalysis, since(t0));
        if (!read.ok() || m != packets)
            return 1;
        sessions = static_cast<quint64>(report.sessions.size());

        t0 = Clock::now();
        QFile again(path);
        if (!again.open(QIODevice::ReadOnly))
            return 1;
        quint64 rows = 0;
        (void)PcapFileReader::forEach(again, [&](PacketRecord &&p) {
            const DissectedPacket d = PacketDissector::dissect(p);
            rows += d.tree.isEmpty() ? 0 : 1;
            return true;
        });
        bestDissect = std::min(bestDissect, since(t0));
    }
    if (sessions != Sessions) {
        std::fprintf(stderr, "bench: the analysis found %llu sessions, not %d\n",
                     (unsigned long long)sessions, Sessions);
        return 1;
    }
    const double pcapRate = packets / bestPcap;
    const double analysisRate = packets / bestAnalysis;
    const double dissectRate = packets / bestDissect;
    std::printf("bench: %llu packets (%d sessions), best of %d runs, one thread\n",
                (unsigned long long)packets, Sessions, Rounds);
    std::printf("bench: libpcap read (pcap_next_ex)        %10.0f packets/s\n", pcapRate);
    std::printf("bench: CaptureAnalysis (read + analyse)   %10.0f packets/s\n", analysisRate);
    std::printf("bench: PacketDissector (read + tree)      %10.0f packets/s\n", dissectRate);
    std::printf("bench: ratio = libpcap time / our time: analysis %.2f, full dissection %.2f\n",
                bestPcap / bestAnalysis, bestPcap / bestDissect);
    std::printf("bench: dissection analysis rate=%.0f goal=200000 %s\n", analysisRate,
                analysisRate >= 200000 ? "met" : "NOT MET");
    return 0;
}
