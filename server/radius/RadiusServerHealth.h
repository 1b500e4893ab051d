#pragma once

// What keywardd knows of one RADIUS server's health, for `status`: whether it answers,
// since when it does not, its last answer and how long that took, and what it said.
// Read from RadiusClient::health(); no secret here.

#include "radius/RadiusServerConfig.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace keyward::radius {

struct RadiusServerHealth
{
    enum class State
    {
        Untried, // no answer and no timeout yet
        Up,      // its last request was answered
        Dead,    // a request went unanswered, and none since
    };

    QString address; // "192.0.2.10:1812"
    State state = State::Untried;
    qint64 deadForSeconds = 0;      // while Dead: since the request it did not answer
    QDateTime lastAnswer;           // UTC; invalid: never
    std::optional<int> roundTripMs; // the last answer's, from the first send of its request
    qint64 accepts = 0;             // Access-Accept
    qint64 rejects = 0;             // Access-Reject
    qint64 timeouts = 0;            // requests it left unanswered
    RadiusServerConfig::MessageAuthenticator messageAuthenticator =
        RadiusServerConfig::MessageAuthenticator::Require;
};

} // namespace keyward::radius
