#pragma once

// How keywardctl prints the policy (policy show, policy set): "key = value", one
// setting a line by key, then each weak setting as "WEAK: ...".

#include "api/PolicyMessages.h"

#include <QString>

namespace keyward::cli {

class PolicyText
{
public:
    static QString text(const api::PolicySettings &policy, const QStringList &weaknesses);
};

} // namespace keyward::cli
