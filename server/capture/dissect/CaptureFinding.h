#pragma once

// Something an admin should know about a capture: a stable code tools can branch on,
// a severity, and a sentence an admin reads. A finding about a user's password
// names the user so the console can start a rotation.

#include <QString>

namespace keyward::capture {

enum class FindingSeverity
{
    Info,
    Warning,
    Critical,
};

QString toString(FindingSeverity severity);

struct CaptureFinding
{
    QString code; // e.g. "mschapv2-exposed", "mppe-weak-offered"
    FindingSeverity severity = FindingSeverity::Info;
    QString message;  // one sentence for an admin
    QString user;     // set when the finding is about one user's credential
    int session = -1; // index into CaptureReport::sessions, -1 for the capture
    qint64 timestampNs = 0;
};

// The stable finding codes.
namespace FindingCode {
inline constexpr char WeakMppeOffered[] = "mppe-weak-offered";
inline constexpr char WeakMppeAgreed[] = "mppe-weak-agreed";
inline constexpr char StatefulMppe[] = "mppe-stateful";
inline constexpr char MsChapV2Exposed[] = "mschapv2-exposed";
inline constexpr char PapAttempt[] = "pap-attempt";
inline constexpr char ChapMd5Attempt[] = "chap-md5-attempt";
inline constexpr char MsChapV1Attempt[] = "mschapv1-attempt";
inline constexpr char PlaintextAfterCcp[] = "plaintext-after-ccp";
inline constexpr char NonPptpTraffic[] = "non-pptp-traffic";
inline constexpr char LegacyClient[] = "legacy-client";
inline constexpr char NoEncryption[] = "no-encryption";
} // namespace FindingCode

} // namespace keyward::capture
