// Report signatures: a signed report verifies, with the key in its line and with the
// server's exported key; any one byte changed anywhere in the file (or its .sig), a
// byte added, or another server's key fails.

#include "core/ReportKey.h"
#include "core/ReportSignature.h"

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace keyward::core;

class TestReportSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ReportKey key(const QString &name = QStringLiteral("report.key"))
    {
        auto k = ReportKey::loadOrCreate(m_dir.filePath(name));
        if (!k)
            qFatal("%s", k.message().c_str());
        return *k;
    }

private slots:
    void theKeyIsMadeOnceAndKeptPrivate()
    {
        const ReportKey first = key();
        const ReportKey again = key();
        QCOMPARE(first.publicKey(), again.publicKey());
        QCOMPARE(first.publicKey().size(), 32);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_dir.filePath("report.key")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto fromPem = ReportSignature::publicKeyFromPem(first.publicKeyPem().toLatin1());
        QVERIFY2(fromPem.ok(), fromPem.message().c_str());
        QCOMPARE(*fromPem, first.publicKey());
        QCOMPARE(first.keyId().size(), 16);
    }

    void everyByteOfAnEmbeddedSignatureMatters_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("html") << "html";
        QTest::newRow("pdf") << "pdf";
    }

    void everyByteOfAnEmbeddedSignatureMatters()
    {
        QFETCH(QString, format);
        const ReportKey k = key();
        const QByteArray content =
            format == "pdf" ? QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
                            : QByteArrayLiteral("<html><body><h1>Accounts</h1>7</body></html>\n");
        auto line = ReportSignature::line(k, content);
        QVERIFY(line.ok());
        const QByteArray file = ReportSignature::embed(format, content, *line);
        auto ok = ReportSignature::verify(file, {}, k.publicKey());
        QVERIFY2(ok.ok(), ok.message().c_str());
        QCOMPARE(ok->keyId, k.keyId());
        for (qsizetype i = 0; i < file.size(); ++i) {
            QByteArray changed = file;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY2(!ReportSignature::verify(changed, {}, {}).ok(),
                     qPrintable(QString("byte %1 changed and it still verifies").arg(i)));
        }
        QVERIFY(!ReportSignature::verify(file + "\n", {}, {}).ok());
        QVERIFY(!ReportSignature::verify(file.chopped(1), {}, {}).ok());
        QVERIFY(!ReportSignature::verify(content, {}, {}).ok()); // the line removed
    }

    void aCsvCarriesItsSignatureBeside()
    {
        const ReportKey k = key();
        const QByteArray csv = QByteArrayLiteral("section,subject,field,value,at,actor\r\n"
                                                 "summary,,accounts,7,,\r\n");
        QVERIFY(ReportSignature::detached("csv"));
        auto line = ReportSignature::line(k, csv);
        QVERIFY(line.ok());
        QCOMPARE(ReportSignature::embed("csv", csv, *line), csv); // the CSV stays plain data
        const QByteArray sig = ReportSignature::detachedFile(*line);
        QVERIFY(ReportSignature::verify(csv, sig, k.publicKey()).ok());
        for (qsizetype i = 0; i < csv.size(); ++i) {
            QByteArray changed = csv;
            changed[i] = static_cast<char>(changed[i] ^ 0x20);
            QVERIFY2(!ReportSignature::verify(changed, sig, {}).ok(),
                     qPrintable(QString::number(i)));
        }
        for (qsizetype i = 0; i < sig.size(); ++i) {
            QByteArray changed = sig;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY2(!ReportSignature::verify(csv, changed, {}).ok(),
                     qPrintable(QString::number(i)));
        }
        // Without its .sig a CSV says where the signature would be.
        auto missing = ReportSignature::verify(csv, {}, {});
        QVERIFY(!missing.ok());
        QVERIFY(QString::fromStdString(missing.message()).contains(".sig"));
    }

    void anotherServersKeyIsRefusedByName()
    {
        const ReportKey ours = key();
        const ReportKey theirs = key(QStringLiteral("other.key"));
        const QByteArray content = QByteArrayLiteral("<html>report</html>\n");
        auto line = ReportSignature::line(theirs, content);
        QVERIFY(line.ok());
        const QByteArray file = ReportSignature::embed("html", content, *line);
        QVERIFY(ReportSignature::verify(file, {}, {}).ok());                 // intact...
        auto wrongKey = ReportSignature::verify(file, {}, ours.publicKey()); // ...but not ours
        QVERIFY(!wrongKey.ok());
        QVERIFY(QString::fromStdString(wrongKey.message()).contains(ours.keyId()));
        // A line re-signed by another key over changed content does not pass as ours.
        const QByteArray forged = ReportSignature::embed(
            "html", QByteArrayLiteral("<html>forged</html>\n"),
            *ReportSignature::line(theirs, QByteArrayLiteral("<html>forged</html>\n")));
        QVERIFY(!ReportSignature::verify(forged, {}, ours.publicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestReportSignature)
#include "TestReportSignature.moc"
