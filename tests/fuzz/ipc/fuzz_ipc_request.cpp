// Fuzzes what keywardd and its clients read from an admin connection: the frame
// reader over arbitrary chunking (a frame it hands out is a JSON object no larger
// than the maximum, an error is final and says why), then every admin API message's
// fromJson on each frame and on its "params" and "result", with a round trip on
// success (what was decoded encodes to something that decodes to the same value).
// The input's last octet chooses which message each frame is decoded as: decoding every
// frame as all fifty messages made one execution cost milliseconds under ASan, and
// the campaign's ten million executions out of reach; chosen by the input, every
// message is still reached, each in its own executions.

#include "api/AuditMessages.h"
#include "api/PolicyMessages.h"
#include "api/SessionMessages.h"
#include "api/StatusMessages.h"
#include "api/TokenMessages.h"
#include "api/UserMessages.h"
#include "api/WindowMessages.h"
#include "ipc/IpcFrameReader.h"

#include <QJsonDocument>
#include <cstdlib>

using namespace keyward;
using namespace keyward::api;

namespace {

template <typename Message> void checkMessage(const QJsonObject &json)
{
    auto decoded = Message::fromJson(json);
    if (!decoded) {
        if (decoded.message().empty())
            std::abort(); // a refusal must say what was wrong
        return;
    }
    auto again = Message::fromJson(decoded->toJson());
    if (!again || !(*again == *decoded))
        std::abort();
}

template <typename... Messages> void checkOne(const QJsonObject &json, std::size_t which)
{
    std::size_t index = 0;
    ((index++ == which % sizeof...(Messages) ? checkMessage<Messages>(json) : void()), ...);
}

void checkObject(const QJsonObject &json, std::size_t which)
{
    checkOne<AuditListParams, AuditEntry, AuditListResult, AuditVerifyResult, PolicySettings,
             PolicyBound, PolicyGetResult, PolicySetParams, PolicySetResult, SessionInfo,
             SessionListEntry, SessionListResult, SessionChangedEvent, SessionEndedEvent,
             SessionRef, SessionRevokeResult, SessionRekeyResult, SessionHistoryParams,
             EndedSession, SessionHistoryResult, LoginFailure, Alert, StatusResult, TokenRef,
             TokenCreateResult, TokenInfo, TokenListResult, UserRef, UserAddParams, UserAddResult,
             UserSummary, UserListResult, UserDetail, UserStateResult, UserDeleteResult,
             UserResetResult, UserGroups, OneTimePassword, UserImportParams, UserImportResult,
             UserRotateParams, UserRotateResult, UserExpiringParams, ExpiringUser,
             UserExpiringResult, ChangeWindow, ChangeWindowList, WindowPlanParams, WindowRef>(
        json, which);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first octet chooses how the stream is cut into reads (1 to 256 octets), the
    // rest is the stream, whose last octet also chooses which message its frames are
    // decoded as; a small maximum frame size makes the size limit reachable.
    const std::size_t chunk = std::size_t(data[0]) + 1;
    const std::size_t which = data[size - 1];
    ipc::IpcFrameReader reader(4096);
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const std::size_t length = size - 1;
    for (std::size_t offset = 0; offset < length; offset += chunk) {
        reader.append(QByteArray(stream + offset, qsizetype(std::min(chunk, length - offset))));
        for (;;) {
            QJsonObject frame;
            const auto status = reader.next(&frame);
            if (status == ipc::IpcFrameReader::Status::NeedMore)
                break;
            if (status == ipc::IpcFrameReader::Status::Error) {
                if (reader.errorString().isEmpty())
                    std::abort();
                // Once broken the reader stays broken and never grows past one frame.
                reader.append(QByteArray(8, '\0'));
                if (reader.next(&frame) != ipc::IpcFrameReader::Status::Error)
                    std::abort();
                return 0;
            }
            if (QJsonDocument(frame).toJson(QJsonDocument::Compact).size() > 4096 * 6)
                std::abort();
            checkObject(frame, which);
            checkObject(frame.value("params").toObject(), which);
            checkObject(frame.value("result").toObject(), which);
        }
        if (reader.buffered() > 4096 + 4 + 256)
            std::abort();
    }
    return 0;
}
