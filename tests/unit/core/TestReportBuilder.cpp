// Reports of a seeded store: the figures are right (accounts, credential age and
// expiry, dormant and privileged accounts, sessions by MPPE strength, lockouts, the
// admin actions with who made them, the audit head), the PDF's text as pdftotext reads
// it holds every section and those figures, the CSV parses into rows of six fields,
// and the HTML carries its charts. Names in Cyrillic, Greek, Polish and Turkish letters
// come back from the PDF exactly (embedded font subsets with a ToUnicode map), a CJK name
// the fonts lack is drawn as U+FFFD without losing the rest, the PDF stays small, and a
// server without its fonts still writes the report and says that characters may be missing.

#include "core/AccountRules.h"
#include "core/AuditLog.h"
#include "core/CredentialStore.h"
#include "core/Database.h"
#include "core/PdfDocument.h"
#include "core/Policy.h"
#include "core/ReportBuilder.h"
#include "core/ReportRenderer.h"
#include "core/SecretBox.h"
#include "crypto/CryptoLibrary.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward::core;

namespace {

// RFC 4180: fields separated by commas, quoted when they hold a comma, quote or newline.
QList<QStringList> parseCsv(const QString &text, QString *problem)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            if (!field.isEmpty())
                *problem = QString("a quote inside an unquoted field at %1").arg(i);
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted)
        *problem = "an unterminated quote";
    if (!field.isEmpty() || !row.isEmpty())
        *problem = "the last row has no line end";
    return rows;
}

// The text pdftotext reads from a PDF, or a reason it could not.
QString pdfText(const QByteArray &pdf, const QString &path, QString *problem)
{
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *problem = "cannot write " + path;
        return {};
    }
    file.close();
    QProcess p;
    p.start(pdftotext, {"-layout", "-enc", "UTF-8", path, "-"});
    if (!p.waitForFinished(30000)) {
        *problem = "pdftotext did not finish";
        return {};
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0 || !err.isEmpty())
        *problem = "pdftotext: " + err;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AuditLog> m_audit;
    Policy m_policy;
    QDateTime m_now;
    ReportData m_data;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void initTestCase()
    {
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        const qint64 now = m_now.toSecsSinceEpoch();
        constexpr qint64 day = 86400;
        auto crypto = keyward::protocol::crypto::CryptoLibrary::load();
        QVERIFY(crypto.ok());
        m_db = std::move(Database::open(m_dir.filePath("keyward.db"))).value();
        m_credentials = std::make_unique<CredentialStore>(
            *m_db, std::move(SecretBox::create(m_dir.filePath("credentials.key"))).value());
        auto audit = AuditLog::open(*m_db, m_dir.filePath("audit.key"), m_dir.filePath("anchors"));
        QVERIFY(audit.ok());
        m_audit = std::move(audit).value();
        auto hash = AccountRules::hashPassword(**crypto, "Correct-horse-42");
        // alice: an admin, signed in two days ago, credential 10 days old.
        QVERIFY(m_credentials->addUser("alice", *hash, now - 10 * day, false).ok());
        QVERIFY(m_credentials->setGroups("alice", {"admins", "office"}).ok());
        // bob: never signed in, made 100 days ago: dormant, and expired under 90 days.
        QVERIFY(m_credentials->addUser("bob", *hash, now - 100 * day, false).ok());
        // carol: disabled, with 3 failed sign-ins counted.
        QVERIFY(m_credentials->addUser("carol", *hash, now - 20 * day, false).ok());
        exec(
            QString("UPDATE users SET last_login_at = %1 WHERE name = 'alice'").arg(now - 2 * day));
        exec(QString("UPDATE users SET created_at = %1 WHERE name = 'bob'").arg(now - 100 * day));
        exec("UPDATE users SET state = 'disabled', failed_logins = 3 WHERE name = 'carol'");
        for (int i = 0; i < 4; ++i)
            exec(QString("INSERT INTO session_history (user, peer_address, tunnel_address, mppe, "
                         "started_at, ended_at, end_reason, bytes_in, bytes_out) VALUES ('alice', "
                         "'192.0.2.7', '10.75.0.2', '%1', %2, %3, 'user hung up', 10, 10)")
                     .arg(i == 3 ? "128-bit stateful" : "128-bit stateless")
                     .arg(now - i * day - 3600)
                     .arg(now - i * day));
        const qint64 ms = now * 1000;
        QVERIFY(m_audit
                    ->append("root (uid 0)", "user.reset", "bob", "ok", {{"mustChange", true}},
                             ms - 5000)
                    .ok());
        QVERIFY(m_audit
                    ->append("ops (uid 1001)", "session.revoke", "alice", "ok", {{"session", 7}},
                             ms - 4000)
                    .ok());
        QVERIFY(
            m_audit->append("system", "user.lockout", "carol", "ok", {{"failures", 5}}, ms - 3000)
                .ok());
        QVERIFY(m_audit
                    ->append("root (uid 0)", "window.plan", "Q4 rotation", "ok",
                             {{"start", m_now.addDays(-1).toString(Qt::ISODate)}, {"id", 1}},
                             ms - 2000)
                    .ok());
        QVERIFY(m_policy.apply({{"allowMppe40", true}}).ok()); // one deviation

        ReportBuilder::Options options;
        options.kind = "full";
        options.periodDays = 30;
        options.dormantDays = 45;
        options.privilegedGroups = {"admins"};
        options.generatedBy = "root (uid 0)";
        auto data = ReportBuilder::gather(*m_db, *m_audit, m_policy, options, m_now);
        QVERIFY2(data.ok(), data.message().c_str());
        m_data = *data;
    }

    void theFiguresAreRight()
    {
        QCOMPARE(m_data.accounts.size(), 3);
        QCOMPARE(m_data.count(&ReportData::Account::dormant), 1);
        QCOMPARE(m_data.count(&ReportData::Account::privileged), 1);
        QCOMPARE(m_data.count(&ReportData::Account::expired), 1);
        const auto &bob = m_data.accounts[1];
        QCOMPARE(bob.name, QString("bob"));
        QVERIFY(bob.dormant && bob.expired && !bob.privileged);
        QCOMPARE(bob.credentialAgeDays, 100);
        QVERIFY(m_data.accounts[0].privileged);
        QCOMPARE(m_data.accounts[0].credentialAgeDays, 10);
        QCOMPARE(m_data.accounts[0].expires.date(), m_now.addDays(80).date());
        QVERIFY(!m_data.accounts[2].dormant); // disabled accounts are not counted as dormant
        QCOMPARE(m_data.sessionsTotal, 4);
        QCOMPARE(m_data.sessionsByMppe.value("128-bit stateless"), 3);
        QCOMPARE(m_data.sessionsByMppe.value("128-bit stateful"), 1);
        QCOMPARE(m_data.failedSignInsNow, 3);
        QCOMPARE(m_data.lockouts.size(), 1);
        QCOMPARE(m_data.adminActions.size(), 2);
        QCOMPARE(m_data.adminActions[0].actor, QString("root (uid 0)"));
        QCOMPARE(m_data.adminActions[1].action, QString("session.revoke"));
        QCOMPARE(m_data.windows.size(), 1);
        QVERIFY2(m_data.windows[0].outcome.startsWith("held"),
                 qPrintable(m_data.windows[0].outcome));
        QCOMPARE(m_data.deviations.size(), 1);
        QVERIFY(m_data.chainIntact);
        QCOMPARE(m_data.headHash, QString::fromLatin1(m_audit->head()->hash.toHex()));
        QCOMPARE(m_data.signInsPerDay.size(), 30);
        // Today holds the sign-in made an hour ago, unless the test runs in the first hour
        // of the day (UTC), when that sign-in fell on yesterday.
        const QDate lastDay = m_data.signInsPerDay.last().first;
        QCOMPARE(lastDay, m_now.date());
        const int today = m_now.addSecs(-3600).date() == lastDay ? 1 : 0;
        QCOMPARE(m_data.signInsPerDay.last().second, today);
        // alice's credential expires in 80 days: week 11 of the forecast; bob's has expired
        // and carol is disabled, so neither is forecast.
        QCOMPARE(m_data.expiryForecast.size(), 12);
        for (int week = 0; week < 12; ++week)
            QCOMPARE(m_data.expiryForecast[week].second, week == 11 ? 1 : 0);
    }

    void thePdfTextHoldsTheSectionsAndFigures()
    {
        const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is missing (poppler-utils; tests/install-deps.sh installs it)");
        const QByteArray pdf = ReportRenderer::pdf(m_data);
        QVERIFY(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
        QFile file(m_dir.filePath("report.pdf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess p;
        p.start(pdftotext, {"-layout", file.fileName(), "-"});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0 && err.isEmpty(), qPrintable(err));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *section :
             {"Keyward security report", "Policy in force", "Deviations from the safe defaults",
              "Accounts", "Dormant accounts", "Privileged accounts", "Sessions by MPPE strength",
              "Failed sign-ins and lockouts", "Revocations, rekeys and resets", "Change windows",
              "Audit chain", "Sign-ins per day", "Expiry forecast"})
            QVERIFY2(text.contains(section), section);
        QVERIFY(text.contains("Summary: 3 accounts, 1 dormant, 1 privileged, 1 expired"));
        QVERIFY(text.contains("4 sessions"));
        QVERIFY(text.contains(QRegularExpression("128-bit stateless\\s+3")));
        QVERIFY(text.contains(QRegularExpression("bob\\s+active\\s+100")));
        QVERIFY(text.contains("user.reset") && text.contains("root (uid 0)"));
        QVERIFY(text.contains("WEAKER"));
        QVERIFY(text.contains(m_data.headHash));
    }

    void namesInEveryScriptTheFontsHaveComeBackExactly()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext is missing (poppler-utils; tests/install-deps.sh installs it)");
        if (!PdfDocument(QString()).fontProblem().isEmpty())
            QSKIP(
                "the DejaVu fonts are missing (fonts-dejavu-core; installer/debian/install-deps.sh "
                "installs it)");
        // A store of its own, with users named in several scripts.
        QTemporaryDir dir;
        auto crypto = keyward::protocol::crypto::CryptoLibrary::load();
        QVERIFY(crypto.ok());
        auto db = std::move(Database::open(dir.filePath("keyward.db"))).value();
        CredentialStore credentials(
            *db, std::move(SecretBox::create(dir.filePath("credentials.key"))).value());
        auto audit = AuditLog::open(*db, dir.filePath("audit.key"), dir.filePath("anchors"));
        QVERIFY(audit.ok());
        auto hash = AccountRules::hashPassword(**crypto, "Correct-horse-42");
        const QStringList names{
            QString::fromUtf8("Марта Ковальчук"), // Cyrillic
            QString::fromUtf8("Пётр"),
            QString::fromUtf8("Ελένη Νικολάου"), // Greek
            QString::fromUtf8("Łukasz Żółć"),    // Polish
            QString::fromUtf8("Şükrü Çağlayan"), // Turkish, with dotted and dotless i:
            QString::fromUtf8("İlkay Işık"),
        };
        const QString cjk = QString::fromUtf8("王伟");
        const qint64 now = m_now.toSecsSinceEpoch();
        for (const QString &name : names + QStringList{cjk})
            QVERIFY(credentials.addUser(name, *hash, now - 86400, false).ok());
        QVERIFY((*audit)
                    ->append(QString::fromUtf8("Γιώργος (uid 1002)"), "user.reset", names[0], "ok",
                             {{"mustChange", true}}, now * 1000 - 1000)
                    .ok());
        ReportBuilder::Options options;
        options.kind = "full";
        options.periodDays = 30;
        options.generatedBy = "root (uid 0)";
        auto data = ReportBuilder::gather(*db, **audit, m_policy, options, m_now);
        QVERIFY2(data.ok(), data.message().c_str());
        const QByteArray pdf = ReportRenderer::pdf(*data);

        // The fonts are subsets: three DejaVu files are about 1.8 MB whole.
        qInfo("the report PDF is %lld bytes", static_cast<long long>(pdf.size()));
        QVERIFY2(pdf.size() < 200 * 1024, qPrintable(QString::number(pdf.size())));
        QVERIFY(pdf.contains("/FontFile2") && pdf.contains("/ToUnicode"));

        QString problem;
        const QString text = pdfText(pdf, dir.filePath("scripts.pdf"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &name : names)
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QString::fromUtf8("Γιώργος (uid 1002)")));
        // The CJK name comes from the fallback font when it is installed; otherwise it is
        // two replacement characters, and its row is still read.
        if (QFile::exists(PdfDocument::defaultFallbackFonts().value(0)))
            QVERIFY(text.contains(QRegularExpression(cjk + "\\s+active")));
        else
            QVERIFY(text.contains(QRegularExpression("\\x{FFFD}\\x{FFFD}\\s+active")));
        QVERIFY(text.contains("Keyward security report"));
        QVERIFY(!text.contains("Some characters may be missing"));
    }

    void aCharacterNoFontHasIsAReplacementCharacter()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext is missing (poppler-utils; tests/install-deps.sh installs it)");
        PdfDocument pdf("CJK", PdfDocument::defaultFontDirectory(), {});
        if (!pdf.fontProblem().isEmpty())
            QSKIP("the DejaVu fonts are missing (fonts-dejavu-core)");
        pdf.paragraph(QString::fromUtf8("Users: 王伟, Пётр"));
        pdf.table({"Account", "State"}, {{QString::fromUtf8("王伟"), "active"}}, {18, 9});
        QString problem;
        const QString text = pdfText(pdf.finish(), m_dir.filePath("cjk.pdf"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(text.contains(QString::fromUtf8("Users: \uFFFD\uFFFD, Пётр")), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression("\\x{FFFD}\\x{FFFD}\\s+active")));
    }

    void cjkComesFromTheFallbackFontWhenInstalled()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext is missing (poppler-utils; tests/install-deps.sh installs it)");
        const QStringList fallback = PdfDocument::defaultFallbackFonts();
        if (!QFile::exists(fallback.value(0)))
            QSKIP("no CJK fallback font (fonts-droid-fallback; install-deps.sh installs it)");
        PdfDocument pdf("CJK", PdfDocument::defaultFontDirectory(), fallback);
        if (!pdf.fontProblem().isEmpty())
            QSKIP("the DejaVu fonts are missing (fonts-dejavu-core)");
        const QString names = QString::fromUtf8("王伟, 佐藤 さくら, Пётр");
        pdf.paragraph("Users: " + names);
        pdf.table({"Account", "State"}, {{QString::fromUtf8("王伟"), "active"}}, {18, 9});
        const QByteArray file = pdf.finish();
        QVERIFY(file.size() < 60 * 1024); // the fallback is a subset too (the font is 4 MB)
        QString problem;
        const QString text = pdfText(file, m_dir.filePath("cjk-fallback.pdf"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(text.contains("Users: " + names), qPrintable(text));
        QVERIFY(text.contains(QRegularExpression(QString::fromUtf8("王伟\\s+active"))));
    }

    void withoutItsFontsTheReportSaysCharactersMayBeMissing()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("pdftotext is missing (poppler-utils; tests/install-deps.sh installs it)");
        const QString missing = m_dir.filePath("no-fonts-here");
        // Logged once for the server's life, not once per report.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("report PDFs use the standard fonts"));
        QTest::failOnWarning(QRegularExpression("report PDFs use the standard fonts"));
        ReportData data = m_data;
        data.accounts[1].name = QString::fromUtf8("Марта");
        const QByteArray pdf = ReportRenderer::pdf(data, missing);
        QVERIFY(!ReportRenderer::pdf(data, missing).isEmpty());
        QVERIFY(!pdf.contains("/FontFile2"));
        QString problem;
        const QString text = pdfText(pdf, m_dir.filePath("standard.pdf"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(text.contains("Some characters may be missing from this report"));
        QVERIFY(text.contains("Summary: 3 accounts, 1 dormant, 1 privileged, 1 expired"));
        QVERIFY(text.contains(QRegularExpression("\\?\\?\\?\\?\\?\\s+active\\s+100")));
        QVERIFY(text.contains(m_data.headHash));
    }

    void theCsvParses()
    {
        QString problem;
        const auto rows = parseCsv(QString::fromUtf8(ReportRenderer::csv(m_data)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.first(),
                 (QStringList{"section", "subject", "field", "value", "at", "actor"}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 6);
        QVERIFY(rows.contains(QStringList{"summary", "", "accounts", "3", "", ""}));
        QVERIFY(rows.contains(QStringList{"account", "bob", "dormant", "yes", "", ""}));
        QVERIFY(rows.contains(QStringList{"account", "alice", "privileged", "yes", "", ""}));
        QVERIFY(rows.contains(QStringList{"sessions", "128-bit stateless", "count", "3", "", ""}));
        QVERIFY(rows.contains(
            QStringList{"audit", QString::number(m_data.headId), "head", m_data.headHash, "", ""}));
    }

    void theHtmlHasEverySectionAndItsCharts()
    {
        const QString html = QString::fromUtf8(ReportRenderer::html(m_data));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QCOMPARE(html.count("<svg"), 2);
        QVERIFY(html.contains("<h2>Revocations, rekeys and resets</h2>"));
        QVERIFY(html.contains("class=\"weak\""));
    }

    void anAccountReviewLeavesOutTheActivity()
    {
        ReportData review = m_data;
        review.kind = "account-review";
        const QString html = QString::fromUtf8(ReportRenderer::html(review));
        QVERIFY(html.contains("Keyward account review"));
        QVERIFY(html.contains("Dormant accounts") && html.contains("Expiry forecast"));
        QVERIFY(!html.contains("Sessions by MPPE strength"));
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "TestReportBuilder.moc"
