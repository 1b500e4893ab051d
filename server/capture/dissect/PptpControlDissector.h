#pragma once

// One PPTP control message (RFC 2637 §2): the header (length, message type, magic
// cookie, control message type) checked first, then the fields of all 15 messages
// by name with result, error and reason codes spelled out.

#include "dissect/FieldNode.h"
#include "dissect/PptpControlSummary.h"

namespace keyward::capture {

class PptpControlDissector
{
public:
    // message: one whole message (its length field says how long); offset: where it
    // starts in the captured packet, or -1 when it was reassembled from several.
    [[nodiscard]] static FieldNode dissect(const uchar *message, int length, int offset,
                                           PptpControlSummary &summary, QString *info);
    static QString typeName(quint16 type);
    static QString longTypeName(quint16 type);
};

} // namespace keyward::capture
