// The console's pure pieces: the expiry forecast behind the policy preview and
// the timeline, what counts as weak, profile checks, the audit report's escaping
// and verdict, and the clipboard guard for one-time passwords.

#include "Localization.h"
#include "client/ConnectionProfile.h"
#include "models/DisplayFormat.h"
#include "models/ExpiryForecast.h"
#include "models/PolicyDocument.h"
#include "models/UserModel.h"
#include "reports/AuditReport.h"
#include "secrets/ClipboardGuard.h"
#include "secrets/ProcessHardening.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <numeric>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace keyward::console;

class TestConsoleModels : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

private slots:
    void initTestCase()
    {
        QCOMPARE(Localization::install(*QCoreApplication::instance(), "en"), QString("en"));
    }

    void theForecastSaysWhoExpiresWhen()
    {
        const ExpiryForecast::Changes changes{{"old", m_now.addDays(-100)},
                                              {"mid", m_now.addDays(-80)},
                                              {"new", m_now.addDays(-1)},
                                              {"never", QDateTime()}};
        const ExpiryForecast at90(changes, 90);
        QCOMPARE(at90.expiredAt(m_now), QStringList{"old"});
        QCOMPARE(at90.expiringWithin(m_now, 14), QStringList{"mid"});
        // Shortening the expiry to 60 days catches mid as well: the preview.
        const ExpiryForecast at60(changes, 60);
        QCOMPARE(at60.expiredAt(m_now), (QStringList{"mid", "old"}));
        const QList<int> weeks = at90.perWeek(m_now, 12);
        QCOMPARE(weeks.size(), 12);
        QCOMPARE(weeks[0], 1); // old, already expired
        QCOMPARE(weeks[1], 1); // mid, in 10 days
        QCOMPARE(weeks[12 - 1], 0);
        QCOMPARE(std::accumulate(weeks.begin(), weeks.end(), 0), 2); // new is 89 days out
    }

    void weakSettingsAreNamed()
    {
        keyward::api::PolicySettings strong; // keywardd's defaults
        strong.allowMppe128 = true;
        strong.allowMppe56 = false;
        strong.allowMppe40 = false;
        strong.allowStatefulMppe = false;
        strong.passwordMinLength = 12;
        strong.passwordMinClasses = 3;
        strong.passwordHistory = 5;
        strong.maxSessionHours = 8;
        strong.authMethods = {"mschapv2"};
        QVERIFY(PolicyDocument::weaknessesOf(strong).isEmpty());
        keyward::api::PolicySettings weak = strong;
        weak.allowMppe40 = true;
        weak.allowStatefulMppe = true;
        weak.passwordMinLength = 8;
        weak.authMethods = {"mschapv2", "pap"};
        const QStringList w = PolicyDocument::weaknessesOf(weak);
        QCOMPARE(w.size(), 4);
        QVERIFY(w.join(' ').contains("40-bit"));
        QVERIFY(w.join(' ').contains("MS-CHAPv2"));
        keyward::api::PolicySettings hours = strong;
        hours.maxSessionHours = 13;
        QVERIFY(PolicyDocument::isWeak("maxSessionHours", hours));
        hours.maxSessionHours = 12;
        QVERIFY(!PolicyDocument::isWeak("maxSessionHours", hours));
        // A pending change (as the policy page sends it) is judged the same way.
        QVERIFY(PolicyDocument::isWeak("allowMppe56", strong.with({{"allowMppe56", true}})));
    }

    void remoteProfilesNeedAProperFingerprint()
    {
        const QString fp = QString("AB:").repeated(31) + "CD";
        QVERIFY(ConnectionProfile::remote("office", "192.0.2.1", 8443, fp).problem().isEmpty());
        QVERIFY(ConnectionProfile::remote("office", "192.0.2.1", 8443, fp.toLower())
                    .problem()
                    .isEmpty()); // case does not matter
        QVERIFY(ConnectionProfile::remote("office", "192.0.2.1", 8443, "AB:CD")
                    .problem()
                    .contains("fingerprint"));
        QVERIFY(!ConnectionProfile::remote("", "192.0.2.1", 8443, fp).problem().isEmpty());
        QVERIFY(!ConnectionProfile::remote("office", "", 8443, fp).problem().isEmpty());
        QVERIFY(ConnectionProfile::local().problem().isEmpty());
        // The keychain entry differs per server.
        QVERIFY(ConnectionProfile::remote("a", "h", 1, fp).keychainKey() !=
                ConnectionProfile::remote("b", "h", 1, fp).keychainKey());
    }

    void theAuditReportEscapesAndGivesTheVerdict()
    {
        const QList<keyward::api::AuditEntry> entries{
            {7, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC), "root (uid 0)", "user.add",
             "=cmd|' /C calc'!A0", "ok", QJsonObject{{"note", "a \"quoted\" <b>"}}}};
        AuditModel::Verification broken{true, false, 12, 7, "entry 7 was altered"};
        AuditReport report(entries, broken, "office:8443");
        const QString csv = QString::fromUtf8(report.toCsv());
        QVERIFY(csv.startsWith("id,at,actor,action,target,outcome,details\n"));
        QVERIFY2(csv.contains("\"7\",\"2026-11-27T10:00:00.000Z\",\"root (uid 0)\""),
                 qPrintable(csv)); // as the server sent them
        QVERIFY2(csv.contains("\"'=cmd|' /C calc'!A0\""), qPrintable(csv)); // no formula
        QVERIFY2(csv.contains("\"{\"\"note\"\":"), qPrintable(csv));        // quotes doubled
        const QString html = QString::fromUtf8(report.toHtml());
        QVERIFY(html.contains("BROKEN at entry 7"));
        QVERIFY(html.contains("class=\"bad\""));
        QVERIFY(!html.contains("<b>\""));
        QVERIFY(html.contains("&lt;b&gt;"));
        AuditModel::Verification intact{true, true, 12, 0, {}};
        QVERIFY(QString::fromUtf8(AuditReport(entries, intact, "x").toHtml()).contains("verified"));
        QVERIFY(!AuditReport(entries, intact, "x").save("/nonexistent-dir/r.html").isEmpty());
    }

    void theClipboardGuardClearsOnlyItsOwnSecret()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        ClipboardGuard guard;
        guard.copy("Temp-Pass-123456", 100);
        QCOMPARE(clipboard->text(), QString("Temp-Pass-123456"));
        QTRY_VERIFY(clipboard->text().isEmpty());
        QVERIFY(!guard.holdsSecret());
        // Something the admin copied since is left alone.
        guard.copy("Temp-Pass-654321", 100);
        clipboard->setText("meeting notes");
        QTest::qWait(200);
        QCOMPARE(clipboard->text(), QString("meeting notes"));
    }

    void aUserRefreshKeepsTheAdminsSelection()
    {
        UserModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto user = [](const QString &name, bool mustChange = false) {
            keyward::api::UserSummary u;
            u.name = name;
            u.state = keyward::api::UserState::Active;
            u.mustChange = mustChange;
            u.passwordChanged = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
            u.expires = QDateTime(QDate(2027, 1, 30), QTime(10, 0), Qt::UTC);
            return u;
        };
        model.applyUsers({user("alice"), user("bob"), user("carol")});
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex carol(model.index(2, 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // bob is deleted elsewhere and carol must change her password.
        model.applyUsers({user("alice"), user("carol", true)});
        QCOMPARE(reset.size(), 0);
        QVERIFY(carol.isValid());
        QCOMPARE(carol.data(UserModel::NameRole).toString(), QString("carol"));
        QCOMPARE(carol.data(UserModel::StateRole).toString(), QString("must-change"));
        QCOMPARE(model.index(carol.row(), UserModel::State).data().toString(),
                 QString("Must change password"));
    }

    void theConsoleKeepsSecretsOutOfCoreFiles()
    {
        QCOMPARE(ProcessHardening::forbidCoreDumps(), QString());
#ifdef Q_OS_LINUX
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
#endif
    }

    void durationsAndDaysReadNaturally()
    {
        QCOMPARE(DisplayFormat::duration(45), QString("45 s"));
        QCOMPARE(DisplayFormat::duration(12 * 60 + 5), QString("12 min 05 s"));
        QCOMPARE(DisplayFormat::duration(3 * 3600 + 7 * 60), QString("3 h 07 min"));
        QCOMPARE(DisplayFormat::duration(2 * 86400 + 4 * 3600), QString("2 d 4 h"));
        QCOMPARE(DisplayFormat::daysFromNow(0), QString("today"));
        QCOMPARE(DisplayFormat::daysFromNow(1), QString("in 1 day"));
        QCOMPARE(DisplayFormat::daysFromNow(-3), QString("3 days ago"));
        QCOMPARE(DisplayFormat::dateTime(QDateTime()), QString("never"));
    }
};

QTEST_MAIN(TestConsoleModels)
#include "TestConsoleModels.moc"
