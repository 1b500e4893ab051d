#pragma once

// window.validate: keywardd runs keyward-probe against its own PPTP address with a
// test account made for the moment (a random password, given to the probe on stdin
// and never logged; the account is deleted afterwards; both audited). A 128-bit
// session must come up, and a 40-bit-only attempt must be refused. The reply comes
// once both probes ended.
//
// keywardd drops every capability once started, so the probe cannot open a raw GRE
// socket of its own: keywardd opens one for it while still privileged (a
// net::GreReservedSocket) and hands it to each probe as descriptor 3 (`--gre-fd 3`).
// The probe needs no TUN device to check that a session comes up. One validation runs
// at a time; after each probe the socket is reserved again.

#include "admin/AdminService.h"
#include "api/WindowStepMessages.h"
#include "common/Result.h"
#include "net/GreReservedSocket.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::admin {

class WindowValidateService : public QObject, public AdminService
{
    Q_OBJECT

public:
    struct Settings
    {
        QString probeProgram;  // keyward-probe
        QString serverAddress; // keywardd's PPTP address as the probe reaches it
        quint16 port = 1723;
        int timeoutSeconds = 20; // for each probe
    };

    // `gre`: the socket opened for validation while keywardd had CAP_NET_RAW, or why
    // it could not be (then validate refuses with that reason).
    WindowValidateService(AdminContext &context, Settings settings,
                          Result<net::GreReservedSocket> gre);

    void registerMethods(ipc::MethodRegistry &registry) override;

    // Reads one probe run (its --json report and exit status) as a check: `expectUp`
    // says whether the session should have come up.
    static api::ValidationCheck judge(const QString &name, bool expectUp, const QByteArray &json,
                                      int exitCode, const QString &failure);

private:
    void validate(const Request &request, const Responder &reply);
    // Runs the probe offering `mppeBits`; `done` gets the check.
    void runProbe(const QString &user, const QString &password, int mppeBits, const QString &name,
                  bool expectUp, std::function<void(api::ValidationCheck)> done);
    void finish(const QString &actor, const QString &account, api::ValidationResult result,
                const Responder &reply);

    AdminContext &m_context;
    Settings m_settings;
    std::optional<net::GreReservedSocket> m_gre;
    QString m_noGre; // why there is no m_gre
    bool m_running = false;
};

} // namespace keyward::admin
