#pragma once

// The notice for users before a change window. window.notice renders the template
// keywardd keeps for a planned window (or the times given) as text and as HTML (the
// template's text and every value escaped); window.notice.set stores a new template,
// audited. A template names values by {placeholder}; an unknown one is refused, and
// there is none for a password: a notice never carries one.

#include "admin/AdminService.h"
#include "api/WindowStepMessages.h"
#include "common/Result.h"

#include <QMap>

namespace keyward::admin {

class WindowNoticeService : public AdminService
{
public:
    explicit WindowNoticeService(AdminContext &context) : m_context(context) {}

    void registerMethods(ipc::MethodRegistry &registry) override;

    // The template a new installation starts with.
    static api::NoticeTemplate defaultTemplate();
    // The placeholders a template may use.
    static QStringList placeholders();
    // Refuses an unknown placeholder (naming it), an empty body, and a template over
    // 8 KiB.
    [[nodiscard]] static Status check(const api::NoticeTemplate &notice);
    // Fills the placeholders: as they are (text), or escaped for HTML.
    static QString render(const QString &text, const QMap<QString, QString> &values, bool html);

private:
    void notice(const Request &request, const Responder &reply);
    void set(const Request &request, const Responder &reply);
    Result<api::NoticeTemplate> load() const;

    AdminContext &m_context;
};

} // namespace keyward::admin
