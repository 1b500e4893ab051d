// The sign-in backend per group: the first signin-backend-group line naming one of the
// groups the local store gives the user chooses the backend, else the default; group
// names compare without case; the name as the client sent it is looked up as the
// local store looks names up; the backend that judged names itself in the grant; a
// store that cannot answer leaves the default; an unknown backend name is refused
// when the routes are set; lockouts of every backend are announced once.

#include "core/CredentialStore.h"
#include "core/Database.h"
#include "signin/SignInRouter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;
using namespace keyward::protocol::mschapv2;

namespace {

// A backend that refuses everyone with a code of its own and names itself, later.
class NamedBackend : public signin::SignInBackend
{
public:
    NamedBackend(QString name, std::uint32_t code) : m_name(std::move(name)), m_code(code) {}
    QString name() const override { return m_name; }
    void verify(const signin::SignInRequest &request, Done done) override
    {
        ++asked;
        lastUser = std::get<MsChapV2ResponseCheck>(request.check).user;
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            signin::SignInGrant grant;
            grant.backend = m_name;
            done(MsChapV2Refused{m_code, "test", {}}, grant);
        });
    }
    void lockOut() { emit lockedOut(QStringLiteral("gina"), 5, QStringLiteral("192.0.2.2")); }

    int asked = 0;
    std::string lastUser;

private:
    QString m_name;
    std::uint32_t m_code;
};

signin::SignInRequest request(const std::string &user)
{
    MsChapV2ResponseCheck check;
    check.user = user;
    return {check, QStringLiteral("192.0.2.5"), 7};
}

} // namespace

class TestSignInRouter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_groups.clear();
        m_lookupFails = false;
        m_router = std::make_unique<signin::SignInRouter>(
            [this](const std::string &name) -> Result<QStringList> {
                if (m_lookupFails)
                    return fail(ErrorKind::Internal, "the store is locked");
                return m_groups.value(QString::fromStdString(name));
            });
        m_local = std::make_unique<NamedBackend>("local", 647);
        m_radius = std::make_unique<NamedBackend>("radius", 691);
        m_fallback = std::make_unique<NamedBackend>("radius-then-local", 649);
        m_router->addBackend("local", m_local.get());
        m_router->addBackend("radius", m_radius.get());
        m_router->addBackend("radius-then-local", m_fallback.get());
    }

    void theFirstLineNamingOneOfTheUsersGroupsChooses()
    {
        QVERIFY(m_router
                    ->setRoutes("radius", {{"office", "local"},
                                           {"contractors", "radius-then-local"},
                                           {"staff", "radius"}})
                    .ok());
        QCOMPARE(m_router->name(), QString("radius"));
        // In both: the office line comes first in the file, whatever the user's order.
        QCOMPARE(m_router->choiceFor({"contractors", "office"}), QString("local"));
        QCOMPARE(m_router->choiceFor({"contractors"}), QString("radius-then-local"));
        QCOMPARE(m_router->choiceFor({"staff", "contractors"}), QString("radius-then-local"));
        // Group names compare without case, as the store's do.
        QCOMPARE(m_router->choiceFor({"OFFICE"}), QString("local"));
        // No group named by a line, or none at all: the default.
        QCOMPARE(m_router->choiceFor({"sales"}), QString("radius"));
        QCOMPARE(m_router->choiceFor({}), QString("radius"));

        QVERIFY(m_router->setRoutes("local", {}).ok());
        QCOMPARE(m_router->choiceFor({"office"}), QString("local"));
        QVERIFY(m_router->setRoutes("local", {{"contractors", "radius"}}).ok());
        QCOMPARE(m_router->choiceFor({"contractors"}), QString("radius"));
        QCOMPARE(m_router->choiceFor({"office"}), QString("local"));
    }

    void theChosenBackendJudgesAndNamesItself()
    {
        QVERIFY(m_router->setRoutes("radius", {{"office", "local"}}).ok());
        m_groups.insert("OFFICE\\bob", {"office"});
        auto judged = [&](const std::string &user) {
            std::optional<std::pair<std::uint32_t, QString>> answer;
            m_router->verify(request(user),
                             [&](const MsChapV2Verdict &verdict, const signin::SignInGrant &grant) {
                                 answer = {std::get<MsChapV2Refused>(verdict).code, grant.backend};
                             });
            // Never inside verify().
            if (answer)
                return std::pair<std::uint32_t, QString>{0, "answered inside verify"};
            return QTest::qWaitFor([&] { return answer.has_value(); }, 2000)
                       ? *answer
                       : std::pair<std::uint32_t, QString>{0, "no answer"};
        };
        // The name goes to the lookup as the client sent it, and on to the backend.
        QCOMPARE(judged("OFFICE\\bob"), (std::pair<std::uint32_t, QString>{647, "local"}));
        QCOMPARE(m_local->lastUser, std::string("OFFICE\\bob"));
        // A user the store does not know (RADIUS only): the default.
        QCOMPARE(judged("alice"), (std::pair<std::uint32_t, QString>{691, "radius"}));
        QCOMPARE(m_local->asked, 1);
        QCOMPARE(m_radius->asked, 1);
        QCOMPARE(m_fallback->asked, 0);
        // A store that cannot say: the default judges.
        m_lookupFails = true;
        QCOMPARE(judged("OFFICE\\bob"), (std::pair<std::uint32_t, QString>{691, "radius"}));
    }

    void aBackendThatIsNotThereIsRefusedWhenRoutesAreSet()
    {
        signin::SignInRouter router([](const std::string &) { return QStringList(); });
        NamedBackend local("local", 691);
        router.addBackend("local", &local);
        QVERIFY(router.setRoutes("local", {}).ok());
        const Status noDefault = router.setRoutes("radius", {});
        QVERIFY(!noDefault.ok());
        QVERIFY(noDefault.kind() == ErrorKind::Invalid);
        const Status noGroup = router.setRoutes("local", {{"contractors", "radius"}});
        QVERIFY(!noGroup.ok());
        QVERIFY2(noGroup.message().find("'contractors'") != std::string::npos,
                 noGroup.message().c_str());
        // The routes before the refusal still hold.
        QCOMPARE(router.choiceFor({"contractors"}), QString("local"));
    }

    void lockoutsOfEveryBackendAreAnnouncedOnce()
    {
        // The local store is registered under its own name and is also RADIUS's
        // fallback elsewhere: registered twice, announced once.
        m_router->addBackend("local-again", m_local.get());
        QSignalSpy spy(m_router.get(), &signin::SignInBackend::lockedOut);
        m_local->lockOut();
        m_radius->lockOut();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QString("gina"));
        QCOMPARE(spy.at(0).at(1).toInt(), 5);
    }

    void theStoreIsAskedForTheNameItKnows()
    {
        QTemporaryDir dir;
        auto database = std::move(core::Database::open(dir.filePath("keyward.db"))).value();
        core::CredentialStore store(
            *database, std::move(core::SecretBox::create(dir.filePath("k.key"))).value());
        const core::NtHash hash{};
        QVERIFY(store.addUser("bob", hash, 1, false).ok());
        QVERIFY(store.setGroups("bob", {"Office"}).ok());
        QVERIFY(store.addUser("carol@example.org", hash, 1, false).ok());
        QVERIFY(store.setGroups("carol@example.org", {"contractors"}).ok());
        QVERIFY(store.addUser("carol", hash, 1, false).ok());
        const auto groups = signin::SignInRouter::storeGroups(store);
        QCOMPARE(groups("bob").value(), QStringList{"Office"});
        QCOMPARE(groups("OFFICE\\bob").value(), QStringList{"Office"});
        QCOMPARE(groups("BOB@office.example").value(), QStringList{"Office"});
        // An account named with its realm is that account, as the local store has it.
        QCOMPARE(groups("carol@example.org").value(), QStringList{"contractors"});
        QCOMPARE(groups("carol").value(), QStringList());
        QCOMPARE(groups("carol@elsewhere.example").value(), QStringList());
        // Unknown to the store: no groups, not an error.
        QCOMPARE(groups("alice").value(), QStringList());

        signin::SignInRouter router(groups);
        NamedBackend local("local", 691), radius("radius", 691);
        router.addBackend("local", &local);
        router.addBackend("radius", &radius);
        QVERIFY(router.setRoutes("radius", {{"office", "local"}}).ok());
        QCOMPARE(router.choiceForUser("OFFICE\\bob"), QString("local"));
        QCOMPARE(router.choiceForUser("alice"), QString("radius"));
    }

private:
    QHash<QString, QStringList> m_groups;
    bool m_lookupFails = false;
    std::unique_ptr<signin::SignInRouter> m_router;
    std::unique_ptr<NamedBackend> m_local, m_radius, m_fallback;
};

QTEST_GUILESS_MAIN(TestSignInRouter)
#include "TestSignInRouter.moc"
