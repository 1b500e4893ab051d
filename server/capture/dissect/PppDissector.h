#pragma once

// One PPP frame as carried in enhanced GRE: the HDLC address and control octets
// when present, the protocol field (compressed or not), then LCP (all codes and
// options, Identification, Protocol-Reject), PAP, CHAP with MD5, MS-CHAPv1 and
// MS-CHAPv2 (challenge, response with peer challenge, NT-Response and flags,
// success S=/M=, failure E= R= C= V= M=, Change-Password), CCP with the MPPE option
// spelled out, IPCP (addresses, DNS, NBNS), IPV6CP, and the MPPE header of
// compressed/encrypted data. PAP passwords are not shown, only their length.

#include "dissect/FieldNode.h"
#include "dissect/PppSummary.h"

namespace keyward::capture {

class PppDissector
{
public:
    // frame/length: the PPP frame; offset: where it starts in the captured packet.
    // chapAlgorithm: what LCP agreed (0x81 MS-CHAPv2, 0x80 MS-CHAPv1, 0x05 MD5), or
    // -1 to decide from the frame. tree and info may be null (fast path).
    static void dissect(const uchar *frame, int length, int offset, int chapAlgorithm,
                        PppSummary &summary, FieldNode *tree, QString *info);

    static QString protocolName(quint16 protocol);
    static QString controlCodeName(quint16 protocol, int code);
    // "H M S L D C" bits of the MPPE option, spelled out.
    static QString mppeBitsText(quint32 bits);
    static QString lcpOptionName(quint8 type);
    static QString authProtocolText(const QByteArray &data);

private:
    static void controlProtocol(const uchar *p, int length, int offset, quint16 protocol,
                                PppSummary &s, FieldNode *tree, QString *info);
    static void options(const uchar *p, int length, int offset, quint16 protocol, PppSummary &s,
                        FieldNode *tree, QStringList *brief);
    static void chap(const uchar *p, int length, int offset, int algorithm, PppSummary &s,
                     FieldNode *tree, QString *info);
    static void pap(const uchar *p, int length, int offset, PppSummary &s, FieldNode *tree,
                    QString *info);
};

} // namespace keyward::capture
