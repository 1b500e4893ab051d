#pragma once

// One line of a packet's detail tree: a field by name, its value spelled out for a
// reader, where its bytes are in the captured packet (offset -1 when the field has
// no bytes of its own, e.g. a reassembled message), and its sub-fields. key is a
// stable machine name ("pptp.type", "chap.code", "ccp.mppe.s") for tests and tools.

#include <QList>
#include <QString>

namespace keyward::capture {

struct FieldNode
{
    QString name;
    QString value;
    int offset = -1;
    int length = 0;
    QList<FieldNode> children;
    QString key;
};

} // namespace keyward::capture
