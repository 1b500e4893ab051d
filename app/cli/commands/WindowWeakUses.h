#pragma once

// How keywardctl prints who uses settings weaker than the baseline (window inventory,
// window baseline): a table, or "none".

#include "api/WindowInventoryMessages.h"

#include <QString>

namespace keyward::cli {

class WindowWeakUses
{
public:
    static QString text(const QList<api::WeakUse> &uses);
};

} // namespace keyward::cli
