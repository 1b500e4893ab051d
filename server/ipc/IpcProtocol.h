#pragma once

// The admin API's wire vocabulary, shared by keywardd, keywardctl and the console.
//
//   request  {"id": N, "method": "user.list", "params": {...}}
//   reply    {"id": N, "result": {...}}  or  {"id": N, "error": {"code": "...", "message": "..."}}
//   event    {"event": "session.up", "data": {...}}          (no id; to subscribers)
//
// The first request on a connection must be "hello" with {"major", "minor"}; a
// different major version is refused with a message naming both versions.

#include "common/Result.h"

#include <QString>

namespace keyward::ipc {

constexpr int ProtocolMajor = 1;
// 1.1: "subscribe" takes {"events": [...]} for the events sent only on request
// (session.delta) and answers with those it will send.
constexpr int ProtocolMinor = 1;

namespace ErrorCode {
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString HelloRequired = QStringLiteral("hello-required");
inline const QString VersionMismatch = QStringLiteral("version-mismatch");
inline const QString BadRequest = QStringLiteral("bad-request");
inline const QString UnknownMethod = QStringLiteral("unknown-method");
inline const QString InvalidParams = QStringLiteral("invalid-params");
inline const QString NotFound = QStringLiteral("not-found");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString RateLimited = QStringLiteral("rate-limited");
inline const QString Unavailable = QStringLiteral("unavailable");
inline const QString Internal = QStringLiteral("internal");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Disconnected = QStringLiteral("disconnected");
} // namespace ErrorCode

// The one place where an error's kind becomes the admin API's error code. Nothing
// derives a code from an error's message.
inline QString errorCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return ErrorCode::InvalidParams;
    case ErrorKind::NotFound:
        return ErrorCode::NotFound;
    case ErrorKind::Conflict:
        return ErrorCode::Conflict;
    case ErrorKind::Forbidden:
        return ErrorCode::Forbidden;
    case ErrorKind::Unavailable:
        return ErrorCode::Unavailable;
    case ErrorKind::Internal:
        return ErrorCode::Internal;
    }
    return ErrorCode::Internal;
}

} // namespace keyward::ipc
