#include "capture/live/LiveCapture.h"

#include <pcap/pcap.h>

namespace keyward::capture::live {

namespace {

struct ReadContext
{
    const LiveCapture::Sink *sink;
    bool nano;
};

void onPacket(u_char *user, const pcap_pkthdr *header, const u_char *bytes)
{
    const auto *context = reinterpret_cast<const ReadContext *>(user);
    const std::int64_t fraction = context->nano ? header->ts.tv_usec : header->ts.tv_usec * 1000;
    const std::int64_t ns = static_cast<std::int64_t>(header->ts.tv_sec) * 1000000000 + fraction;
    (*context->sink)(ns, header->len, ByteView(bytes, header->caplen));
}

} // namespace

LiveCapture::~LiveCapture()
{
    close();
}

Status LiveCapture::open(const CaptureStartRequest &request)
{
    close();
    char errors[PCAP_ERRBUF_SIZE] = {};
    pcap *p = pcap_create(request.interface.c_str(), errors);
    if (!p)
        return fail(ErrorKind::Unavailable,
                    "cannot capture on " + request.interface + ": " + errors);
    pcap_set_snaplen(p, static_cast<int>(request.snaplen));
    pcap_set_promisc(p, 0);
    pcap_set_timeout(p, 100);
    pcap_set_immediate_mode(p, 1);
    pcap_set_buffer_size(p, 8 * 1024 * 1024);
    (void)pcap_set_tstamp_precision(p, PCAP_TSTAMP_PRECISION_NANO);
    const int activated = pcap_activate(p);
    if (activated < 0) {
        std::string why = pcap_geterr(p);
        if (why.empty())
            why = pcap_statustostr(activated);
        pcap_close(p);
        return fail(activated == PCAP_ERROR_NO_SUCH_DEVICE ? ErrorKind::NotFound
                    : activated == PCAP_ERROR_PERM_DENIED  ? ErrorKind::Forbidden
                                                           : ErrorKind::Unavailable,
                    "cannot capture on " + request.interface + ": " + why);
    }
    bpf_program program{};
    if (pcap_compile(p, &program, request.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) < 0) {
        const std::string why = pcap_geterr(p);
        pcap_close(p);
        return fail(ErrorKind::Invalid, "the filter \"" + request.filter + "\": " + why);
    }
    const int set = pcap_setfilter(p, &program);
    pcap_freecode(&program);
    if (set < 0) {
        const std::string why = pcap_geterr(p);
        pcap_close(p);
        return fail(ErrorKind::Unavailable, "cannot set the filter: " + why);
    }
    if (pcap_setnonblock(p, 1, errors) < 0) {
        pcap_close(p);
        return fail(ErrorKind::Unavailable,
                    std::string("cannot make the capture non-blocking: ") + errors);
    }
    m_fd = pcap_get_selectable_fd(p);
    if (m_fd < 0) {
        pcap_close(p);
        return fail(ErrorKind::Unavailable,
                    "the capture on " + request.interface + " has no descriptor to wait on");
    }
    m_nano = pcap_get_tstamp_precision(p) == PCAP_TSTAMP_PRECISION_NANO;
    m_pcap = p;
    return {};
}

int LiveCapture::linkType() const
{
    return m_pcap ? pcap_datalink(m_pcap) : -1;
}

int LiveCapture::descriptor() const
{
    return m_fd;
}

Result<int> LiveCapture::read(int limit, const Sink &sink)
{
    if (!m_pcap)
        return 0;
    ReadContext context{&sink, m_nano};
    const int n = pcap_dispatch(m_pcap, limit, onPacket, reinterpret_cast<u_char *>(&context));
    if (n < 0)
        return fail(ErrorKind::Unavailable,
                    std::string("the capture failed: ") + pcap_geterr(m_pcap));
    return n;
}

CaptureStats LiveCapture::stats() const
{
    CaptureStats stats;
    pcap_stat s{};
    if (m_pcap && pcap_stats(m_pcap, &s) == 0) {
        stats.received = s.ps_recv;
        stats.dropped = s.ps_drop;
        stats.interfaceDropped = s.ps_ifdrop;
    }
    return stats;
}

void LiveCapture::close()
{
    if (m_pcap)
        pcap_close(m_pcap);
    m_pcap = nullptr;
    m_fd = -1;
}

} // namespace keyward::capture::live
